import { fen } from '../../src/engine/money';
import type { MonthResult, PersonResult } from '../../src/engine/model';
import { failedSummary, summarize, yuanText } from '../../src/taskpane/summary';
import { problem } from '../../src/engine/result';

const commission = {
  inquiries: null, buyers: null, conversion: null, salesFen: fen(0), excludedOrders: 0, rateBp: 100,
  commissionFen: fen(0), rank: null, firstStreak: 0, awardFen: fen(0),
};
const person = (name: string, verdict: PersonResult['verdict'], actions: PersonResult['actions']): PersonResult => ({
  name, group: null, baseScore: 10, points: {}, deducted: 0, score: 10, verdict, commission,
  finesFen: fen(0), baseFen: fen(0), mealFen: fen(0), payFen: fen(0), actions,
});

const result: MonthResult = {
  month: '2026-10', preset: '电商客服',
  people: [
    person('张三', 'ok', []),
    person('李四', 'warning', ['warning']),
    person('王五', 'penalty', ['withhold-pay']),
    person('赵六', 'severe', ['withhold-pay', 'dismissal']),
  ],
  fines: [
    { name: '王五', daySerial: 46300, rule: 'F2', nth: 1, amountFen: fen(3000), action: null, source: { sheet: '事件', row: 1, col: 0 } },
    { name: '王五', daySerial: 46301, rule: 'F2', nth: 4, amountFen: null, action: 'withhold-pay', source: { sheet: '事件', row: 2, col: 0 } },
    { name: '赵六', daySerial: 46302, rule: 'F1', nth: 1, amountFen: fen(10000), action: null, source: { sheet: '事件', row: 3, col: 0 } },
  ],
  ledger: [], fundFen: fen(13000), problems: [], history: [],
};

describe('close summary', () => {
  test('V1: warnings count 口头警告; penalties count 处罚 and 严厉处罚', () => {
    const s = summarize(result, ['计分表'], []);
    expect(s).toMatchObject({ ok: true, month: '2026-10', people: 4, warnings: 1, penalties: 2 });
  });

  test('F2/F1: withhold-pay and dismissal flags are counted, a verbal warning is not', () => {
    expect(summarize(result, [], []).payActions).toBe(3);
  });

  test('篇十五 16: fines add up their amounts (an action step has none) and the fund is the result’s', () => {
    const s = summarize(result, [], []);
    expect(s.finesFen).toBe(13000);
    expect(s.fundFen).toBe(13000);
  });

  test('an error among the problems makes the close not ok', () => {
    expect(summarize(result, [], [problem('error', 'x')]).ok).toBe(false);
    expect(summarize(result, [], [problem('warning', 'x')]).ok).toBe(true);
    expect(failedSummary('2026-10', [problem('error', 'x')])).toMatchObject({ ok: false, people: 0 });
  });

  test('money shows as yuan with two decimals, from integer fen', () => {
    expect(yuanText(123456)).toBe('1,234.56');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(-1050)).toBe('-10.50');
  });
});
