import fc from 'fast-check';
import { closeMonth } from '../../src/engine/close';
import type { AttendanceDay, HistoryRecord, Incident, MonthInput, Person, RotaDay, SalesFigures, Verdict } from '../../src/engine/model';
import { fen } from '../../src/engine/money';
import { ecommercePreset } from '../../src/engine/policy';
import type { Policy } from '../../src/engine/policy/types';
import { daySerialFromYmd } from '../../src/engine/time';
import { SalesOrders } from '../../src/engine/orders';

let row = 1;
const cell = (sheet: string) => ({ sheet, row: row++, col: 1 });
const day = (d: number, month = 10) => daySerialFromYmd(2026, month, d);
const person = (name: string, baseYuan: number): Person => ({ name, aliases: [], id: null, role: '售前', level: 'senior',
  baseFen: fen(baseYuan * 100), group: null, expressRevenueFen: null, source: cell('员工') });
const shift = (name: string, d: number, month = 10): RotaDay => ({ name, daySerial: day(d, month), code: '早班', source: cell('排班') });
const punch = (name: string, d: number, inMinute: number | null, leave: string | null = null): AttendanceDay => {
  const source = cell('考勤');
  return { name, daySerial: day(d), inMinute, outMinute: leave ? null : 17 * 60 + 30, leave, leaveApproved: leave ? true : null,
    shiftCode: null, source, inCol: null, outCol: null, leaveCol: null };
};
const event = (name: string, d: number, type: string, month = 10): Incident => ({
  name, daySerial: day(d, month), type, points: null, amountFen: null, reason: null, source: cell('事件'),
});
const sales = (name: string, inquiries: number, buyers: number, yuan: number): SalesFigures => ({
  name, daySerial: null, inquiries, buyers, amountFen: fen(yuan * 100), source: cell('销售'),
});
const record = (month: string, name: string, score: number, extra: Partial<HistoryRecord> = {}): HistoryRecord => ({
  month, name, score, verdict: 'ok' as Verdict, salesRank: null, firstStreak: 0, preset: '电商客服', ...extra,
});
const empty: MonthInput = { month: '2026-10', people: [], rota: [], attendance: [], salesFigures: [], salesOrders: new SalesOrders(), incidents: [], history: [] };

describe('closeMonth: a small team month worked by hand (电商客服)', () => {
  const people = [person('张三', 5000), person('李四', 3000), person('王五', 4000)];
  const input: MonthInput = {
    ...empty,
    people,
    rota: [...[1, 2, 3, 4, 5, 6, 7].map((d) => shift('张三', d)), shift('李四', 1), shift('王五', 1)],
    attendance: [
      punch('张三', 1, 8 * 60 + 12), // A1: 12 minutes late → 0.5
      punch('张三', 2, 8 * 60 + 45), // A2: 45 minutes late → one absence, 2
      ...[3, 4, 5, 6, 7].map((d) => punch('张三', d, null, '事假')), // A5: the 5th leave → 2
      punch('李四', 1, 8 * 60), punch('王五', 1, 7 * 60 + 55),
    ],
    incidents: [
      ...[10, 11, 12].map((d) => event('张三', d, '服务态度投诉')), // Q3 1+1+3; F1 100, 200, dismissal
      ...[3, 8, 15, 20, 25].map((d) => event('李四', d, '交接未录入')), // F2 30, 50, 80, withhold, dismissal
      event('李四', 9, '未完成当日工作'), // Q4 0.5
      event('王五', 14, '擅离岗位'), // A4 5
      event('王五', 15, '迟交发票'), // unknown type: a warning, not counted
    ],
    salesFigures: [sales('张三', 100, 80, 10000), sales('李四', 100, 50, 5000)],
    history: [
      record('2026-08', '王五', 4), record('2026-09', '王五', 3),
      record('2026-09', '张三', 9, { salesRank: 1, firstStreak: 1 }),
      record('2026-10', '张三', 1, { finesFen: fen(99900) }), // an earlier close of October: replaced, fines and all
    ],
  };
  const result = closeMonth(input, ecommercePreset);
  const byName = (name: string) => result.people.find((p) => p.name === name)!;

  it('people keep the staff sheet order', () => {
    expect(result.people.map((p) => p.name)).toEqual(['张三', '李四', '王五']);
  });
  it('A1/A2/A5/Q3: 张三 loses 0.5 + 2 + 2 + 5 = 9.5 → 0.5, a penalty (V1 ≤ 2)', () => {
    const z = byName('张三');
    expect(z.points).toEqual({ A1: 0.5, A2: 2, A5: 2, Q3: 5 });
    expect([z.deducted, z.score, z.verdict]).toEqual([9.5, 0.5, 'penalty']);
    expect(z.actions).toEqual(['dismissal']);
  });
  it('Q4/F2: 李四 loses 0.5 → 9.5, ok; the 4th and 5th handover misses are flags', () => {
    const l = byName('李四');
    expect([l.points, l.score, l.verdict]).toEqual([{ Q4: 0.5 }, 9.5, 'ok']);
    expect(l.actions).toEqual(['withhold-pay', 'dismissal']);
  });
  it('A4/V1: 王五 at 5 after 4 in August and 3 in September → severe', () => {
    expect([byName('王五').score, byName('王五').verdict]).toEqual([5, 'severe']);
  });
  it('F1/F2: fines per person, in date order, and the fund', () => {
    expect(result.fines.map((f) => [f.name, f.rule, f.nth, f.amountFen, f.action])).toEqual([
      ['李四', 'F2', 1, 3000, null], ['李四', 'F2', 2, 5000, null], ['张三', 'F1', 1, 10000, null],
      ['张三', 'F1', 2, 20000, null], ['张三', 'F1', 3, null, 'dismissal'], ['李四', 'F2', 3, 8000, null],
      ['李四', 'F2', 4, null, 'withhold-pay'], ['李四', 'F2', 5, null, 'dismissal'],
    ]);
    expect([byName('张三').finesFen, byName('李四').finesFen, byName('王五').finesFen]).toEqual([30000, 16000, 0]);
    expect(result.fundFen).toBe(46000);
  });
  it('K2/K4/P1/P2: commission, award and pay = base + meal + commission + award − fines', () => {
    const z = byName('张三');
    // 80 % conversion → 1.5 % of 10000 = 150; first again after September → streak 2, award 100.
    expect([z.commission.commissionFen, z.commission.rank, z.commission.firstStreak, z.commission.awardFen]).toEqual([15000, 1, 2, 10000]);
    expect(z.payFen).toBe(500000 + 30000 + 15000 + 10000 - 30000);
    // 50 % conversion → 1 % of 5000 = 50.
    expect(byName('李四').payFen).toBe(300000 + 30000 + 5000 - 16000);
    expect(byName('王五').payFen).toBe(400000 + 30000);
  });
  it('the unknown incident type is reported at its cell', () => {
    const unknown = result.problems.filter((p) => p.code === 'incidents.typeUnknown');
    expect(unknown).toEqual([expect.objectContaining({ severity: 'warning', params: { name: '王五', type: '迟交发票' } })]);
  });
  it('V1/K4/F1/F2 history: earlier months kept as they were (no fines), October replaced by this close with each person\'s fines', () => {
    expect(result.history.map((r) => [r.month, r.name, r.score, r.verdict, r.salesRank, r.firstStreak, r.finesFen])).toEqual([
      ['2026-08', '王五', 4, 'ok', null, 0, undefined], ['2026-09', '王五', 3, 'ok', null, 0, undefined], ['2026-09', '张三', 9, 'ok', 1, 1, undefined],
      // F1 100 + 200; F2 30 + 50 + 80; 王五 has none: 0, not blank.
      ['2026-10', '张三', 0.5, 'penalty', 1, 2, 30000], ['2026-10', '李四', 9.5, 'ok', 2, 0, 16000], ['2026-10', '王五', 5, 'severe', null, 0, 0],
    ]);
    expect(result.history.every((r) => r.preset === '电商客服')).toBe(true);
  });
  it('the ledger holds attendance and incident rows with their cells', () => {
    const rules = result.ledger.filter((e) => e.name === '张三').map((e) => e.rule);
    expect(rules).toEqual(expect.arrayContaining(['A1', 'A2', 'A5', 'Q3', 'F1']));
    expect(result.ledger.every((e) => e.rule.startsWith('K') || e.source !== null)).toBe(true);
  });
});

describe('closeMonth: history across months', () => {
  const people = [person('李四', 3000)];
  const month = (key: string, incidents: Incident[], history: readonly HistoryRecord[]): MonthInput => ({ ...empty, month: key, people, incidents, history });

  it('closing September, October, then September again leaves October\'s record intact', () => {
    const sep = closeMonth(month('2026-09', [event('李四', 3, '未完成当日工作', 9)], []), ecommercePreset);
    const oct = closeMonth(month('2026-10', [event('李四', 3, '擅离岗位')], sep.history), ecommercePreset);
    const sepAgain = closeMonth(month('2026-09', [event('李四', 3, '擅离岗位', 9), event('李四', 4, '擅离岗位', 9)], oct.history), ecommercePreset);
    expect(sepAgain.history.map((r) => [r.month, r.score, r.verdict])).toEqual([['2026-09', 0, 'penalty'], ['2026-10', 5, 'warning']]);
    expect(sepAgain.history[1]).toEqual(oct.history[1]);
  });
  it('F2: closing September again replaces its record, fines included; October keeps its own', () => {
    const sep = closeMonth(month('2026-09', [event('李四', 3, '交接未录入', 9)], []), ecommercePreset);
    expect(sep.history.map((r) => [r.month, r.finesFen])).toEqual([['2026-09', 3000]]);
    const oct = closeMonth(month('2026-10', [event('李四', 3, '玩游戏')], sep.history), ecommercePreset);
    // F2 the 1st and 2nd time in September: 30 + 50; F4 50 in October.
    const sepAgain = closeMonth(month('2026-09', [event('李四', 3, '交接未录入', 9), event('李四', 4, '交接未录入', 9)], oct.history), ecommercePreset);
    expect(sepAgain.history.map((r) => [r.month, r.name, r.finesFen])).toEqual([['2026-09', '李四', 8000], ['2026-10', '李四', 5000]]);
  });
  it('V1: three months at or below 5 in a row, closed one after another → severe in the third', () => {
    let history: HistoryRecord[] = [];
    const verdicts: Verdict[] = [];
    for (const m of [8, 9, 10]) {
      const result = closeMonth(month(`2026-${String(m).padStart(2, '0')}`, [event('李四', 5, '擅离岗位', m)], history), ecommercePreset);
      history = [...result.history];
      verdicts.push(result.people[0]!.verdict);
    }
    expect(verdicts).toEqual(['warning', 'warning', 'severe']);
  });
  it('without a staff sheet the team is everyone on the rota, in rota order', () => {
    const result = closeMonth({ ...empty, rota: [shift('赵六', 1), shift('钱七', 1), shift('赵六', 2)],
      attendance: [punch('赵六', 1, 480), punch('赵六', 2, 480), punch('钱七', 1, 480)] }, ecommercePreset);
    expect(result.people.map((p) => [p.name, p.score])).toEqual([['赵六', 10], ['钱七', 10]]);
  });
  it('B3/B4: money and actions from attendance rules are fines too (fines sheet, fund, pay)', () => {
    const policy: Policy = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance,
      lateBands: [
        { fromMinutes: 1, toMinutes: 10, rule: 'B1', points: 1, fineFen: fen(0), countsAsAbsence: false },
        { fromMinutes: 11, toMinutes: null, rule: 'B3', points: 10, fineFen: fen(4000), countsAsAbsence: true },
      ],
      absenceLimit: { count: 2, rule: 'B4', action: 'dismissal' } } };
    const result = closeMonth({ ...empty, people, rota: [shift('李四', 1), shift('李四', 2)],
      attendance: [punch('李四', 1, 8 * 60 + 15), punch('李四', 2, 8 * 60 + 20)] }, policy);
    expect(result.fines.map((f) => [f.rule, f.nth, f.amountFen, f.action])).toEqual([
      ['B3', 1, 4000, null], ['B3', 2, 4000, null], ['B4', 1, null, 'dismissal'],
    ]);
    expect([result.fundFen, result.people[0]!.finesFen, result.people[0]!.payFen]).toEqual([8000, 8000, 300000 + 30000 - 8000]);
  });
  it('no people at all is an error, not a crash', () => {
    const result = closeMonth(empty, ecommercePreset);
    expect(result.people).toEqual([]);
    expect(result.problems.map((p) => [p.severity, p.code])).toContainEqual(['error', 'close.noPeople']);
  });
});

describe('closeMonth properties', () => {
  const types = ['服务态度投诉', '交接未录入', '周报未交', '千牛未登录', '未及时响应', '未完成当日工作', '擅离岗位', '看视频', '未催付', '别的事'];
  const team = [person('甲', 3000), person('乙', 3000)];
  const log = fc.array(fc.record({ who: fc.constantFrom('甲', '乙', '丙'), d: fc.integer({ min: 1, max: 31 }),
    m: fc.constantFrom(9, 10, 10, 10), type: fc.constantFrom(...types) }), { maxLength: 25 });
  it('fund = sum of everyone\'s fines = sum of the month\'s history fines; scores stay in [0, 10]; one history record per person for the month', () => {
    fc.assert(fc.property(log, (rowsDrawn) => {
      const incidents = rowsDrawn.map((r) => event(r.who, r.d, r.type, r.m));
      const result = closeMonth({ ...empty, people: team, incidents, history: [record('2026-09', '甲', 7), record('2026-11', '乙', 6)] }, ecommercePreset);
      const finesSum = result.people.reduce((sum, p) => sum + p.finesFen, 0);
      const octoberRecords = result.history.filter((r) => r.month === '2026-10');
      const october = octoberRecords.map((r) => r.name);
      return result.fundFen === finesSum
        && octoberRecords.reduce((sum, r) => sum + (r.finesFen ?? Number.NaN), 0) === finesSum
        && result.people.every((p) => p.score >= 0 && p.score <= 10)
        && october.join() === '甲,乙'
        && result.history.some((r) => r.month === '2026-09' && r.name === '甲' && r.score === 7)
        && result.history.some((r) => r.month === '2026-11' && r.name === '乙' && r.score === 6);
    }), { numRuns: 50 });
  });
});
