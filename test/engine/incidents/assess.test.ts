import { assessIncidents } from '../../../src/engine/incidents';
import type { Incident, LedgerEntry } from '../../../src/engine/model';
import { fen } from '../../../src/engine/money';
import { ecommercePreset } from '../../../src/engine/policy';
import type { Policy } from '../../../src/engine/policy/types';
import { incident, rows } from './helpers';

const names = ['张三', '李四'];
const assess = (incidents: Incident[], policy: Policy = ecommercePreset, month = '2026-10') =>
  assessIncidents({ month, names, incidents, policy });
const pointsOf = (ledger: LedgerEntry[], rule: string): number[] =>
  ledger.filter((e) => e.rule === rule).map((e) => e.points);
const total = (ledger: LedgerEntry[], rule: string): number => pointsOf(ledger, rule).reduce((a, b) => a + b, 0);

describe('Q3 service-attitude complaints: 1 each, reaching 3 → 5, reaching 5 → 10', () => {
  it('Q3: 2 complaints are 1 point each', () => {
    expect(pointsOf(assess(rows('张三', '服务态度投诉', 2)).ledger, 'Q3')).toEqual([1, 1]);
  });
  it('Q3: the 3rd complaint reaches 5, its row carries 3 (5 − 2)', () => {
    expect(pointsOf(assess(rows('张三', '服务态度投诉', 3)).ledger, 'Q3')).toEqual([1, 1, 3]);
  });
  it('Q3: the 4th complaint stays at 5 (max(4, 5))', () => {
    const { ledger } = assess(rows('张三', '服务态度投诉', 4));
    expect(pointsOf(ledger, 'Q3')).toEqual([1, 1, 3, 0]);
    expect(total(ledger, 'Q3')).toBe(5);
  });
  it('Q3: the 5th complaint reaches 10, the 6th stays at 10', () => {
    expect(total(assess(rows('张三', '服务态度投诉', 5)).ledger, 'Q3')).toBe(10);
    expect(pointsOf(assess(rows('张三', '服务态度投诉', 6)).ledger, 'Q3')).toEqual([1, 1, 3, 0, 5, 0]);
  });
  it('Q3: the note gives the count and the running total, and each row keeps its cell', () => {
    const complaints = rows('张三', '服务态度投诉', 3);
    const q3 = assess(complaints).ledger.filter((e) => e.rule === 'Q3');
    expect(q3[2]?.note).toEqual({ code: 'incidents.note.countTier', params: { type: '服务态度投诉', nth: 3, total: 5 } });
    expect(q3.map((e) => e.source)).toEqual(complaints.map((c) => c.source));
  });
  it('Q3: counts are per person', () => {
    const { ledger } = assess([...rows('张三', '服务态度投诉', 2), ...rows('李四', '服务态度投诉', 1)]);
    expect(total(ledger.filter((e) => e.name === '张三'), 'Q3')).toBe(2);
    expect(total(ledger.filter((e) => e.name === '李四'), 'Q3')).toBe(1);
  });
});

describe('Q2 slow response: 3 or more → 5, 5 or more → 10', () => {
  it('Q2: 2 slow responses cost nothing', () => {
    const { ledger } = assess(rows('张三', '未及时响应', 2));
    expect(pointsOf(ledger, 'Q2')).toEqual([0, 0]);
  });
  it('Q2: the 3rd costs 5', () => {
    expect(pointsOf(assess(rows('张三', '回复不及时', 3)).ledger, 'Q2')).toEqual([0, 0, 5]);
  });
  it('Q2: 4 stay at 5; the 5th reaches 10', () => {
    expect(total(assess(rows('张三', '响应超时', 4)).ledger, 'Q2')).toBe(5);
    expect(pointsOf(assess(rows('张三', '响应超时', 5)).ledger, 'Q2')).toEqual([0, 0, 5, 0, 5]);
  });
});

describe('Q1 Qianniu offline without a special reason, 3 or more → 5 once', () => {
  it('Q1: 3 times without reason → 5, and a 4th adds nothing', () => {
    expect(pointsOf(assess(rows('张三', '千牛未登录', 3)).ledger, 'Q1')).toEqual([0, 0, 5]);
    expect(total(assess(rows('张三', '千牛未登录', 4)).ledger, 'Q1')).toBe(5);
  });
  it('Q1: a row with a reason is excused (0 points, not counted), so 3 rows with one excused stay at 0', () => {
    const log = [incident('张三', 1, '千牛未登录'), incident('张三', 2, '千牛未登录', { reason: '停电' }), incident('张三', 3, '千牛未登录')];
    const { ledger } = assess(log);
    expect(pointsOf(ledger, 'Q1')).toEqual([0, 0, 0]);
    expect(ledger[1]?.note).toEqual({ code: 'incidents.note.excused', params: { type: '千牛未登录', reason: '停电' } });
  });
  it('Q1: a blank reason does not excuse', () => {
    const log = [1, 2, 3].map((d) => incident('张三', d, '千牛未登录', { reason: '  ' }));
    expect(total(assess(log).ledger, 'Q1')).toBe(5);
  });
});

describe('Q4 daily work not finished: the row points, 0.5–1, default 0.5', () => {
  it('Q4: blank points → 0.5; 0.8 kept', () => {
    const { ledger, problems } = assess([incident('张三', 1, '未完成当日工作'), incident('张三', 2, '工作未完成', { points: 0.8 })]);
    expect(pointsOf(ledger, 'Q4')).toEqual([0.5, 0.8]);
    expect(problems).toEqual([]);
  });
  it('Q4: 2 points is outside 0.5–1: clamped to 1 with a warning at the points cell', () => {
    const row = incident('张三', 1, '未完成当日工作', { points: 2, pointsCol: 3 });
    const pointsCell = { sheet: '事件', row: row.source.row, col: 3 };
    const { ledger, problems } = assess([row]);
    expect(pointsOf(ledger, 'Q4')).toEqual([1]);
    expect(problems).toEqual([{ severity: 'warning', code: 'incidents.pointsOutOfRange',
      params: { rule: 'Q4', points: 2, min: 0.5, max: 1, used: 1 }, cell: pointsCell }]);
  });
});

describe('A4 absenteeism from the log', () => {
  it('A4: 擅离岗位 costs the absenteeism points (5) each', () => {
    expect(pointsOf(assess([incident('张三', 3, '擅离岗位'), incident('张三', 9, '私自离岗')]).ledger, 'A4')).toEqual([5, 5]);
  });
});

describe('the ledger reads like the log', () => {
  it('Q3/F1: one complaint row gives a Q3 row then an F1 row at the same cell; rows in date order', () => {
    const later = incident('张三', 20, '服务态度投诉');
    const earlier = incident('张三', 5, '交接未录入');
    const { ledger } = assess([later, earlier]);
    expect(ledger.map((e) => [e.rule, e.source])).toEqual([['F2', earlier.source], ['Q3', later.source], ['F1', later.source]]);
  });
});
