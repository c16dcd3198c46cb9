/**
 * Preset 物业客服 (POLICY.md §3) through the whole engine (closeMonth): each B rule at its
 * boundaries, worked out by hand from the table. Base 100.
 */
import { closeMonth } from '../../../src/engine/close';
import type { AttendanceDay, Incident, MonthInput, MonthResult, Person, RotaDay } from '../../../src/engine/model';
import { fen } from '../../../src/engine/money';
import { presetFor } from '../../../src/engine/policy/presets';
import { propertyPreset } from '../../../src/engine/policy/property';
import type { Policy } from '../../../src/engine/policy/types';
import { incident } from '../incidents/helpers';
import { hm, oct, punch, rotaDay } from '../attendance/fixtures';
import { SalesOrders } from '../../../src/engine/orders';

const person = (name: string): Person => ({ name, aliases: [], id: null, role: '前台', level: null, baseFen: fen(300000),
  group: null, expressRevenueFen: null, source: null });

function close(args: { rota?: RotaDay[]; attendance?: AttendanceDay[]; incidents?: Incident[]; policy?: Policy }): MonthResult {
  const input: MonthInput = { month: '2026-10', people: [person('王芳'), person('刘强')], rota: args.rota ?? [],
    attendance: args.attendance ?? [], salesFigures: [], salesOrders: new SalesOrders(), incidents: args.incidents ?? [], history: [] };
  return closeMonth(input, args.policy ?? propertyPreset);
}

const wang = (result: MonthResult) => result.people.find((p) => p.name === '王芳')!;
const rulesOf = (result: MonthResult, name = '王芳') =>
  result.ledger.filter((e) => e.name === name).map((e) => [e.rule, e.points, e.amountFen, e.action]);

/** 王芳 on the 早班 (08:00) of 12 October, clocking in at `clockIn`, out at 17:30. */
function arriving(clockIn: string): MonthResult {
  return close({ rota: [rotaDay('王芳', 12, '早')], attendance: [punch('王芳', 12, clockIn, '17:30')] });
}

describe('物业客服 preset', () => {
  it('is registered under its name and scores out of 100', () => {
    expect(presetFor('物业客服')).toBe(propertyPreset);
    expect(close({}).people.map((p) => [p.baseScore, p.score, p.verdict])).toEqual([[100, 100, 'ok'], [100, 100, 'ok']]);
  });
});

describe('B1–B3 late bands (篇十三 4.2.2(3))', () => {
  it('B1: 1 minute late is 1 point', () => {
    expect(rulesOf(arriving('08:01'))).toEqual([['B1', 1, null, null]]);
  });
  it('B1: 5 minutes late is still B1, 1 point (score 99)', () => {
    const result = arriving('08:05');
    expect(rulesOf(result)).toEqual([['B1', 1, null, null]]);
    expect(wang(result).score).toBe(99);
  });
  it('B2: 6 minutes late is 5 points (score 95)', () => {
    const result = arriving('08:06');
    expect(rulesOf(result)).toEqual([['B2', 5, null, null]]);
    expect(wang(result).score).toBe(95);
  });
  it('B2: 10 minutes late is still B2, 5 points', () => {
    expect(rulesOf(arriving('08:10'))).toEqual([['B2', 5, null, null]]);
  });
  it('B3: 11 minutes late is an absence: 10 points and a 40 yuan fine in the fund', () => {
    const result = arriving('08:11');
    expect(rulesOf(result)).toEqual([['B3', 10, 4000, null]]);
    expect(result.fines.map((f) => [f.name, f.rule, f.nth, f.amountFen])).toEqual([['王芳', 'B3', 1, 4000]]);
    expect(result.fundFen).toBe(4000);
    expect([wang(result).score, wang(result).finesFen]).toEqual([90, 4000]);
    // Pay = base 3000 + meal 300 − the 40 yuan (POLICY.md §2 pay, fines deducted).
    expect(wang(result).payFen).toBe(326000);
  });
  it('B1: seconds are dropped, so 08:05:59 is 5 minutes (B1)', () => {
    const row = { ...punch('王芳', 12, null, '17:30'), inMinute: hm('08:05') + 59 / 60 };
    expect(rulesOf(close({ rota: [rotaDay('王芳', 12, '早')], attendance: [row] }))).toEqual([['B1', 1, null, null]]);
  });
});

describe('B4 three absences in a month (篇十三 4.2.2(3))', () => {
  const days = [5, 12, 19];
  const rota = days.map((d) => rotaDay('王芳', d, '早'));
  it('B4: the 2nd absence calls for nothing; the 3rd is a dismissal flag on its day', () => {
    const two = close({ rota: rota.slice(0, 2), attendance: days.slice(0, 2).map((d) => punch('王芳', d, '08:20', '17:30')) });
    expect(rulesOf(two).map((r) => r[0])).toEqual(['B3', 'B3']);
    const three = close({ rota, attendance: days.map((d) => punch('王芳', d, '08:20', '17:30')) });
    const limit = three.ledger.filter((e) => e.rule === 'B4');
    expect(limit.map((e) => [e.daySerial, e.points, e.action])).toEqual([[oct(19), 0, 'dismissal']]);
    expect(wang(three).actions).toEqual(['dismissal']);
    expect([wang(three).score, wang(three).finesFen]).toEqual([70, 12000]);
  });
  it('B4: a rostered day with no punch is an absence too (B3, 10 points, no money)', () => {
    const result = close({ rota, attendance: [punch('王芳', 5, '08:20', '17:30'), punch('王芳', 12, '08:30', '17:30')] });
    expect(rulesOf(result)).toEqual([['B3', 10, 4000, null], ['B3', 10, 4000, null], ['B3', 10, null, null], ['B4', 0, null, 'dismissal']]);
    expect(wang(result).score).toBe(70);
  });
});

describe('B5, B6, B9, B10 row points', () => {
  it('B5: a missing uniform, badge or tie costs 1 each row; a row may say 2 for two items', () => {
    const result = close({ incidents: [incident('王芳', 3, '未穿制服'), incident('王芳', 4, '没戴工牌'),
      incident('王芳', 5, '未系领带'), incident('王芳', 6, '工牌和领带都没戴', { points: 2 })] });
    expect(rulesOf(result).map((r) => [r[0], r[1]])).toEqual([['B5', 1], ['B5', 1], ['B5', 1], ['B5', 2]]);
    expect(wang(result).score).toBe(95);
  });
  it('B6: sleeping is 1 point; a serious case takes the row\'s 3–5', () => {
    const result = close({ incidents: [incident('王芳', 3, '上班睡觉'), incident('王芳', 4, '打瞌睡', { points: 4 })] });
    expect(rulesOf(result).map((r) => [r[0], r[1]])).toEqual([['B6', 1], ['B6', 4]]);
  });
  it('B9: an owner complaint is 5 by default and the row\'s points within 5–10; 12 is clamped to 10 with a warning', () => {
    const result = close({ incidents: [incident('王芳', 3, '业主投诉'), incident('王芳', 4, '业主投诉', { points: 8 }),
      incident('王芳', 5, '业主投诉', { points: 12 })] });
    expect(rulesOf(result).map((r) => r[1])).toEqual([5, 8, 10]);
    expect(result.problems.map((p) => p.code)).toEqual(['incidents.pointsOutOfRange']);
    expect(wang(result).score).toBe(77);
  });
  it('B10: praise adds 5 by default and lifts the score above 100 (no ceiling)', () => {
    const result = close({ incidents: [incident('王芳', 3, '业主表扬')] });
    expect(rulesOf(result)).toEqual([['B10', -5, null, null]]);
    expect([wang(result).deducted, wang(result).score]).toEqual([-5, 105]);
  });
  it('B10: praise of 8 written as +8 or −8 adds 8; it offsets a B2 deduction', () => {
    const result = close({ rota: [rotaDay('王芳', 12, '早')], attendance: [punch('王芳', 12, '08:07', '17:30')],
      incidents: [incident('王芳', 3, '业主表扬', { points: 8 }), incident('刘强', 3, '表扬信', { points: -8 })] });
    expect(wang(result).points).toEqual({ B2: 5, B10: -8 });
    expect(wang(result).score).toBe(103);
    expect(result.people.find((p) => p.name === '刘强')!.score).toBe(108);
  });
  it('B10: a team that caps the score at 100 (score.ceiling) keeps praise from passing it', () => {
    const capped: Policy = { ...propertyPreset, score: { ...propertyPreset.score, ceiling: 100 } };
    expect(wang(close({ incidents: [incident('王芳', 3, '业主表扬')], policy: capped })).score).toBe(100);
  });
});

describe('B7 personal phone calls: 5; 3rd → warning + 10; 5th → dismissal', () => {
  const calls = (n: number) => Array.from({ length: n }, (_, i) => incident('王芳', i + 1, '打私人电话'));
  it('B7: the 2nd call is 5 more; the 3rd is a warning and 10 points (20 in all)', () => {
    expect(wang(close({ incidents: calls(2) })).score).toBe(90);
    const result = close({ incidents: calls(3) });
    expect(rulesOf(result)).toEqual([['B7', 5, null, null], ['B7', 5, null, null], ['B7', 10, null, 'warning']]);
    expect([wang(result).score, wang(result).actions]).toEqual([80, ['warning']]);
    // A points-and-action step reaches the fines sheet as an action, with no money.
    expect(result.fines.map((f) => [f.rule, f.nth, f.amountFen, f.action])).toEqual([['B7', 3, null, 'warning']]);
  });
  it('B7: the 4th call is an ordinary 5; the 5th is the dismissal flag', () => {
    const result = close({ incidents: calls(5) });
    expect(rulesOf(result).map((r) => [r[1], r[3]])).toEqual([[5, null], [5, null], [10, 'warning'], [5, null], [0, 'dismissal']]);
    expect([wang(result).score, wang(result).actions]).toEqual([75, ['warning', 'dismissal']]);
  });
});

describe('B8 idle chat or reading: 1; 3rd warning + 1–3; 4th demerit + 3–5; 5th dismissal', () => {
  it('B7/B8: 篇十三\'s 打电话聊天 is a call only; 上班聊天 is chat only', () => {
    const result = close({ incidents: [incident('王芳', 2, '打电话聊天'), incident('王芳', 3, '上班聊天'), incident('王芳', 4, '被业主投诉')] });
    expect(rulesOf(result).map((r) => r[0])).toEqual(['B7', 'B8', 'B9']);
  });
  it('B8: chat and reading share one count; the 3rd takes the lower bound 1 with a warning', () => {
    const result = close({ incidents: [incident('王芳', 2, '闲聊'), incident('王芳', 3, '看报纸'), incident('王芳', 4, '看书')] });
    expect(rulesOf(result)).toEqual([['B8', 1, null, null], ['B8', 1, null, null], ['B8', 1, null, 'warning']]);
  });
  it('B8: the row\'s own 扣分 within the range replaces the lower bound (3rd: 2, 4th: 5); the 5th is dismissal', () => {
    const result = close({ incidents: [incident('王芳', 2, '闲聊'), incident('王芳', 3, '闲聊'),
      incident('王芳', 4, '闲聊', { points: 2 }), incident('王芳', 5, '闲聊', { points: 5 }), incident('王芳', 6, '看杂志')] });
    expect(rulesOf(result).map((r) => [r[1], r[3]])).toEqual([[1, null], [1, null], [2, 'warning'], [5, 'demerit'], [0, 'dismissal']]);
    expect(wang(result).score).toBe(91);
  });
  it('B8: the 4th without points is the demerit\'s lower bound 3; 9 on the 3rd is clamped to 3 with a warning', () => {
    const result = close({ incidents: [incident('王芳', 2, '闲聊'), incident('王芳', 3, '闲聊'),
      incident('王芳', 4, '闲聊', { points: 9 }), incident('王芳', 5, '闲聊')] });
    expect(rulesOf(result).map((r) => r[1])).toEqual([1, 1, 3, 3]);
    expect(result.problems.map((p) => [p.code, p.params.used])).toEqual([['incidents.pointsOutOfRange', 3]]);
  });
});

describe('B11 early arrival for the handover (篇九 4.7)', () => {
  it('B11: clocking in 07:55 on an 08:00 shift is flagged, 0 points', () => {
    const result = arriving('07:55');
    expect(rulesOf(result)).toEqual([['B11', 0, null, null]]);
    expect(result.ledger[0]?.note.params).toEqual({ minutesBefore: 5, wanted: 10, shift: '早班', clockIn: '07:55' });
    expect(wang(result).score).toBe(100);
  });
  it('B11: exactly 10 minutes early (07:50) is not flagged; exactly on time (08:00) is', () => {
    expect(rulesOf(arriving('07:50'))).toEqual([]);
    expect(rulesOf(arriving('08:00'))).toEqual([['B11', 0, null, null]]);
  });
  it('B11: a late arrival is B1–B3 only, not B11 as well', () => {
    expect(rulesOf(arriving('08:03')).map((r) => r[0])).toEqual(['B1']);
  });
  it('B11: only on the property preset — the 电商客服 preset never flags it', () => {
    const ecommerce = presetFor('电商客服')!;
    expect(close({ rota: [rotaDay('王芳', 12, '早')], attendance: [punch('王芳', 12, '07:55', '17:30')], policy: ecommerce }).ledger).toEqual([]);
  });
});

describe('V1 on the 100-point scale', () => {
  it('V1: 50 is a verbal warning, 20 a penalty', () => {
    const sleeping = (n: number, points: number) => Array.from({ length: n }, (_, i) => incident('王芳', i + 1, '睡觉', { points }));
    expect(wang(close({ incidents: sleeping(10, 5) })).verdict).toBe('warning');
    expect(wang(close({ incidents: [...sleeping(10, 5), incident('王芳', 20, '睡觉', { points: 1 })] })).score).toBe(49);
    expect(wang(close({ incidents: sleeping(16, 5) })).verdict).toBe('penalty');
    expect(wang(close({ incidents: sleeping(15, 5) })).verdict).toBe('warning');
  });
});
