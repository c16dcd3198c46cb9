import {
  awardOf, commissionOf, conversionRate, fineOf, late, logisticsPayOf, payOf, verdict,
} from '../../src/functions/functions';
import { FunctionError } from '../../src/functions/errors';

/** The call throws the function error Excel shows as #VALUE!, with a Chinese / English message. */
function expectValueError(call: () => unknown, zhPart: string): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FunctionError);
  expect((caught as FunctionError).code).toBe('#VALUE!');
  expect((caught as FunctionError).message).toContain(zhPart);
  expect((caught as FunctionError).message).toContain(' / ');
}

const t = (h: number, m: number, s = 0): number => (h * 3600 + m * 60 + s) / 86400;

describe('CS.LATE', () => {
  it('A1: 30 minutes late (08:30:59 on an 08:00 shift, seconds dropped) is 0.5 point', () => {
    expect(late(t(8, 30, 59), t(8, 0))).toBe(0.5);
    expect(late('8:05', '8:00')).toBe(0.5);
  });
  it('A2: 31 minutes late is 2 points (one absence, not A1 as well)', () => expect(late(t(8, 31), t(8, 0))).toBe(2));
  it('A1: on time or early is 0', () => {
    expect(late(t(8, 0, 45), t(8, 0))).toBe(0);
    expect(late('7:50', '8:00')).toBe(0);
  });
  it('A2: on 晚班 16:00–01:00 a clock-in at 00:30 is after midnight, 510 minutes late, not early', () => {
    expect(late('0:30', '16:00', '1:00')).toBe(2);
    expect(late('15:50', '16:00', '1:00')).toBe(0);
  });
  it('#VALUE! for a clock-in that is not a time', () => expectValueError(() => late('迟到', '8:00'), '参数 clockIn 应是时间'));
  it('#VALUE! for a blank clock-in (a missing punch is A6, not lateness)', () => expectValueError(() => late('', '8:00'), 'clockIn'));
});

describe('CS.CONVERSION', () => {
  it('K1: 90 buyers of 120 inquiries is 0.75', () => expect(conversionRate(90, 120)).toBe(0.75));
  it('K1: no inquiries → blank', () => expect(conversionRate(0, 0)).toBe(''));
  it('#VALUE! for more buyers than inquiries, or a fraction of a person', () => {
    expectValueError(() => conversionRate(5, 3), '成交人数 5 大于询单人数 3');
    expectValueError(() => conversionRate(1.5, 3), '0 或正整数');
  });
});

describe('CS.COMMISSION', () => {
  it('K2: 15230.50 at 75 % is 1.5 % = 228.46 (half-up to the fen)', () => expect(commissionOf(15230.5, 0.75)).toBe(228.46));
  it('K2: exactly 70 % is not below 70 %: 1.5 %', () => expect(commissionOf(10000, 0.7)).toBe(150));
  it('K2: 139/199 (69.8 %) is below: 1 %', () => expect(commissionOf(10000, 139 / 199)).toBe(100));
  it('K1: blank conversion takes the lower rate', () => expect(commissionOf(10000, '')).toBe(100));
  it('#VALUE! for sales with three decimals, or a conversion written as 75', () => {
    expectValueError(() => commissionOf(100.005, 0.75), '最多两位小数');
    expectValueError(() => commissionOf(100, 75), '0 到 1 之间');
  });
});

describe('CS.AWARD', () => {
  it('K4: 0 → 0, 1 → 50, 2 → 100, 3 → 200, 5 → 200', () => {
    expect([0, 1, 2, 3, 5].map((n) => awardOf(n))).toEqual([0, 50, 100, 200, 200]);
  });
  it('#VALUE! for a negative streak', () => expectValueError(() => awardOf(-1), 'consecutiveFirsts'));
});

describe('CS.FINE', () => {
  it('F2: 交接未录入 costs 30, 50, 80, then 扣发当月工资, then 自动离职', () => {
    expect([1, 2, 3, 4, 5].map((n) => fineOf('交接未录入', n))).toEqual([30, 50, 80, '扣发当月工资', '自动离职']);
  });
  it('F1: 服务态度投诉 costs 100, 200, then 自动离职; by rule id too', () => {
    expect([1, 2, 3].map((n) => fineOf('服务态度投诉', n))).toEqual([100, 200, '自动离职']);
    expect(fineOf('F1', 2)).toBe(200);
  });
  it('F4, F6, F7: flat amounts each time (50, 150, 5)', () => {
    expect([fineOf('玩游戏', 3), fineOf('泄露客户信息', 1), fineOf('未催付', 7)]).toEqual([50, 150, 5]);
  });
  it('#VALUE! for a type without a fine (千牛未登录 is a Q1 point rule) and for nth 0', () => {
    expectValueError(() => fineOf('千牛未登录', 1), '没有对应的罚款规则');
    expectValueError(() => fineOf('F2', 0), '从 1 开始');
  });
});

describe('CS.PAY and CS.LOGISTICSPAY', () => {
  it('P1/P2: 3000 + 300 meal + 228.46 + 100 − 80 = 3548.46', () => expect(payOf(3000, 228.46, 100, 80)).toBe(3548.46));
  it('P2: blank parts are 0: base 1500 alone is 1800', () => expect(payOf(1500, '' as unknown as number, 0, 0)).toBe(1800));
  it('P3: senior, 28000 revenue → 8 % = 2240, topped up to 2500', () => expect(logisticsPayOf(28000, '老员工')).toBe(2500));
  it('P3: new, 25000 → 2000 (above the 1800 floor); blank level counts as new', () => {
    expect(logisticsPayOf(25000, '新员工')).toBe(2000);
    expect(logisticsPayOf(10000)).toBe(1800);
  });
  it('#VALUE! for a negative base and an unknown level', () => {
    expectValueError(() => payOf(-1, 0, 0, 0), 'base');
    expectValueError(() => logisticsPayOf(1000, '经理'), '级别“经理”');
  });
});

describe('CS.VERDICT', () => {
  it('V1: 9 → 正常, 5 → 口头警告, 2 → 处罚', () => {
    expect([verdict(9), verdict(5), verdict(2)]).toEqual(['正常', '口头警告', '处罚']);
  });
  it('V1: ≤ 5 three months running → 严厉处罚 (4.5 after 4 and 3)', () => expect(verdict(4.5, [[4, 3]])).toBe('严厉处罚'));
  it('V1: a blank month or a good month breaks the run', () => {
    expect(verdict(4.5, [[4, null]])).toBe('口头警告');
    expect(verdict(4.5, [[4], [8]])).toBe('口头警告');
  });
  it('#VALUE! for a score that is not a number', () => expectValueError(() => verdict('好' as unknown as number), 'score'));
});
