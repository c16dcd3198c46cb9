import { monthClose } from '../../src/app/monthClose';
import { summaryJson } from '../../src/app/summary';
import { policyToRows } from '../../src/engine/policy/params';
import { ecommercePreset } from '../../src/engine/policy';
import { historyRows, type Grid } from '../../src/sheets';
import type { CellValue } from '../../src/engine/cells';

const oct1 = 46296; // 2026-10-01
const at = (h: number, m = 0): number => (h * 60 + m) / 1440;

/**
 * Two people, two rostered 早班 days. 张三 clocks in 08:12 on 10-02 (A1 0.5) and has 交接未录入 twice
 * (F2 30 + 50); sales: 张三 120/90/15230.50, 李四 100/50/8000.
 */
const team: Grid[] = [
  { name: '员工', rows: [['姓名', '底薪'], ['张三', 5000], ['李四', 3000]] },
  { name: '排班', rows: [['姓名', '日期', '班次'], ['张三', oct1, '早班'], ['张三', oct1 + 1, '早班'], ['李四', oct1, '早班'], ['李四', oct1 + 1, '早班']] },
  { name: '考勤', rows: [['姓名', '日期', '上班', '下班'],
    ['张三', oct1, at(8), at(17, 30)], ['张三', oct1 + 1, at(8, 12), at(17, 30)],
    ['李四', oct1, at(8), at(17, 30)], ['李四', oct1 + 1, at(7, 59), at(17, 30)]] },
  { name: '销售', rows: [['姓名', '询单人数', '成交人数', '销售额'], ['张三', 120, 90, 15230.5], ['李四', 100, 50, 8000]] },
  { name: '事件', rows: [['日期', '姓名', '类型'], [oct1 + 1, '张三', '交接未录入'], [oct1 + 2, '张三', '交接未录入']] },
];

describe('monthClose', () => {
  const closed = monthClose(team);

  it('closes the month the sheets are about and builds the eight sheets', () => {
    expect(closed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(closed.ok).toBe(true);
    expect(closed.month).toBe('2026-10');
    expect(closed.tables.map((t) => t.name)).toEqual(['计分表', '提成表', '罚款表', '明细', '制度参数', '月结历史', '个人月度报告', '看板']);
    expect(closed.detections.map((d) => d.role).sort()).toEqual(['attendance', 'incidents', 'rota', 'sales', 'staff']);
  });

  it('A1, K2, K4, F2, P1–P2: 张三 9.5; 228.46 commission, award 50, fines 80, pay 5498.46', () => {
    const summary = summaryJson(closed.result!);
    // 15230.50 × 1.5 % = 228.4575 → 228.46; first in the team, first month → 50; 30 + 50 = 80.
    expect(summary.people[0]).toMatchObject({
      name: '张三', score: 9.5, points: { A1: 0.5 }, conversion: 0.75, rate: 0.015, commission: 228.46,
      rank: 1, firstStreak: 1, award: 50, fines: 80, base: 5000, pay: 5498.46,
    });
    // 50 / 100 = 50 % < 70 % → 1 %: 80.00; 3000 + 300 + 80 = 3380.
    expect(summary.people[1]).toMatchObject({ name: '李四', score: 10, rate: 0.01, commission: 80, pay: 3380 });
    expect(summary.fines.map((f) => [f.date, f.amount, f.source])).toEqual([['2026-10-02', 30, '事件!B2'], ['2026-10-03', 50, '事件!B3']]);
    expect(summary.fund).toBe(80);
  });

  it('K4: the 月结历史 sheet carries the streak (first in September too → 100)', () => {
    const history: Grid = { name: '月结历史', rows: historyRows([
      { month: '2026-09', name: '张三', score: 10, verdict: 'ok', salesRank: 1, firstStreak: 1, preset: '电商客服' },
    ]) };
    const result = monthClose([...team, history]).result!;
    expect(result.people[0]!.commission).toMatchObject({ firstStreak: 2, awardFen: 10000 });
    expect(result.history.map((r) => r.month).sort()).toEqual(['2026-09', '2026-10', '2026-10']);
  });

  it('F1–F8 看板: September\'s fines come from the history sheet (50 + 0), October\'s from this close (80)', () => {
    const sep = (name: string, fines: number | null): CellValue[] => ['2026-09', name, 10, 'ok', null, 0, '电商客服', fines];
    const history: Grid = { name: '月结历史', rows: [['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度', '罚款'], sep('张三', 50), sep('李四', 0)] };
    const closedWithFines = monthClose([...team, history]);
    expect(closedWithFines.problems.filter((p) => p.code.startsWith('sheets.history'))).toEqual([]);
    const board = closedWithFines.tables.find((t) => t.name === '看板')!;
    const trend = board.rows.filter((row) => /^2026-\d\d$/.test(String(row[0]))).map((row) => [row[0], row[2]]);
    expect(trend).toEqual([['2026-09', { number: 50, format: 'yuan' }], ['2026-10', { number: 80, format: 'yuan' }]]);
    expect(board.rows.some((row) => String(row[0]).includes('罚款合计是空的'))).toBe(false);
    // The history written back: October with 张三's 80 and 李四's 0.
    const written = closedWithFines.tables.find((t) => t.name === '月结历史')!.rows;
    expect(written.filter((row) => row[0] === '2026-10').map((row) => [row[1], row[7]])).toEqual([['张三', 80], ['李四', 0]]);
  });

  it('F1–F8 看板: a history sheet from before the 罚款 column reads with no problem; September\'s fines are blank, with the note', () => {
    const history: Grid = { name: '月结历史', rows: [['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度'], ['2026-09', '张三', 10, 'ok', 1, 1, '电商客服']] };
    const older = monthClose([...team, history]);
    expect(older.problems.filter((p) => p.code.startsWith('sheets.history'))).toEqual([]);
    const board = older.tables.find((t) => t.name === '看板')!;
    expect(board.rows.filter((row) => /^2026-\d\d$/.test(String(row[0]))).map((row) => [row[0], row[2]]))
      .toEqual([['2026-09', null], ['2026-10', { number: 80, format: 'yuan' }]]);
    expect(board.rows.map((row) => row[0])).toContain('2026-09 的罚款合计是空的：那时的月结历史还不记罚款。这些月份的罚款请看当月的罚款表。');
  });

  it('P2: the 制度参数 sheet wins over the preset (meal 200 instead of 300)', () => {
    const rows = policyToRows(ecommercePreset).map((row): CellValue[] => (row[0] === 'pay.meal' ? [...row.slice(0, 4), 200, row[5] ?? null] : row));
    const result = monthClose([...team, { name: '制度参数', rows }]).result!;
    expect(result.people[1]!.mealFen).toBe(20000);
  });

  it('the month option picks the month; a bad one is an error', () => {
    expect(monthClose(team, { month: '2026-10' }).month).toBe('2026-10');
    const bad = monthClose(team, { month: '2026-13' });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.code)).toContain('report.badMonth');
  });

  it('a month the rota and attendance do not cover is an error naming the months they do', () => {
    const empty = monthClose(team, { month: '1999-01' });
    expect(empty.ok).toBe(false);
    expect(empty.tables).toEqual([]);
    const error = empty.problems.find((p) => p.code === 'report.noDataForMonth');
    expect(error).toMatchObject({ severity: 'error', params: { month: '1999-01', months: '2026-10' } });
  });

  it('tables: false gives the same figures without building the sheets (for the CS functions)', () => {
    const full = monthClose(team, { month: '2026-10' });
    const bare = monthClose(team, { month: '2026-10', tables: false });
    expect(bare.ok).toBe(true);
    expect(bare.tables).toEqual([]);
    expect(bare.result).toEqual(full.result);
    expect(full.tables.length).toBeGreaterThan(0);
  });

  it('no month to close: not ok, an error, no tables', () => {
    const undated = monthClose([{ name: '员工', rows: [['姓名', '底薪'], ['张三', 5000]] }]);
    expect(undated.ok).toBe(false);
    expect(undated.tables).toEqual([]);
    expect(undated.month).toBeNull();
    expect(undated.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['report.noMonth']);
  });

  it('any error stops the close: nothing to write', () => {
    const broken = team.map((g) => (g.name === '考勤' ? { ...g, rows: [['姓名', '备用', '上班', '下班'], ...g.rows.slice(1)] } : g));
    const closedBroken = monthClose(broken);
    expect(closedBroken.ok).toBe(false);
    expect(closedBroken.tables).toEqual([]);
    expect(closedBroken.problems.find((p) => p.severity === 'error')?.cell?.sheet).toBe('考勤');
  });

  it('English headers first with lang en', () => {
    expect(monthClose(team, { lang: 'en' }).tables[0]!.rows[0]![0]).toBe('Name 姓名');
  });
});
