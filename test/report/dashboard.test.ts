/** 看板: the figures behind the charts, worked by hand from the fixture result and a small history. */
import type { HistoryRecord, MonthResult } from '../../src/engine/model';
import { fen } from '../../src/engine/money';
import { dashboardTable, teamTrend } from '../../src/report/dashboard';
import { isNumberCell, type ReportCell, type SheetTable } from '../../src/report';
import type { CellValue } from '../../src/engine/cells';
import { result } from './fixture';

const plain = (cell: ReportCell | undefined): CellValue => (cell === undefined ? null : isNumberCell(cell) ? cell.number : (cell as CellValue));
const record = (month: string, name: string, score: number, verdict: HistoryRecord['verdict'] = 'ok', preset: HistoryRecord['preset'] = '电商客服'): HistoryRecord =>
  ({ month, name, score, verdict, salesRank: null, firstStreak: 0, preset });
const fined = (r: HistoryRecord, yuan: number): HistoryRecord => ({ ...r, finesFen: fen(yuan * 100) });

// Sep: 7 and 5 (warning) → average 6, 1 flagged. Oct: 8.5, 5 (warning), 1 (penalty) → 14.5 / 3 = 4.83, 2 flagged.
// A 100-point month of the other preset does not enter the average.
const history = [record('2026-09', '张三', 7), record('2026-09', '李四', 5, 'warning'), record('2026-08', '张三', 90, 'ok', '物业客服'),
  record('2026-10', '张三', 8.5), record('2026-10', '李四', 5, 'warning'), record('2026-10', '=王五', 1, 'penalty')];
const closed: MonthResult = { ...result, history };

/** The values of a chart's categories and series, as the chart will plot them. */
function plotted(table: SheetTable, title: string): { name: CellValue; points: [CellValue, CellValue][] } {
  const chart = table.charts!.find((c) => c.title === title)!;
  const points: [CellValue, CellValue][] = [];
  for (let r = chart.firstRow; r <= chart.lastRow; r++) points.push([plain(table.rows[r]![chart.categoryCol]), plain(table.rows[r]![chart.valueCol])]);
  return { name: plain(table.rows[chart.headerRow]![chart.valueCol]), points };
}

describe('看板 dashboard', () => {
  const table = dashboardTable(closed, '看板', 'zh');

  it('V1 trend: the team average per month of this preset, oldest first; September closed before the history kept fines is blank', () => {
    expect(teamTrend(closed)).toEqual([
      { month: '2026-09', people: 2, averageScore: 6, flagged: 1, finesYuan: null },
      { month: '2026-10', people: 3, averageScore: 4.83, flagged: 2, finesYuan: 80 },
    ]);
    // The note explains the blank month by name.
    const note = table.rows.find((r) => String(r[0]).includes('罚款合计是空的'));
    expect(note).toEqual(['2026-09 的罚款合计是空的：那时的月结历史还不记罚款。这些月份的罚款请看当月的罚款表。']);
  });

  it('F1–F8 trend: a past month\'s fines are the sum of its history records; the month closed takes the fund', () => {
    // September: 160.50 + 0 = 160.50; August is the other preset (left out). October's records carry
    // an older close's 999 for 张三, but the month being closed shows this close's fund, 80.
    const withFines = [fined(history[0]!, 160.5), fined(history[1]!, 0), history[2]!, fined(history[3]!, 999), history[4]!, history[5]!];
    const sepFined: MonthResult = { ...result, history: withFines };
    expect(teamTrend(sepFined).map((t) => [t.month, t.finesYuan])).toEqual([['2026-09', 160.5], ['2026-10', 80]]);
    const board = dashboardTable(sepFined, '看板', 'zh');
    expect(plotted(board, '团队罚款（元）').points).toEqual([['2026-09', 160.5], ['2026-10', 80]]);
    // No month is blank, so no note about blank months.
    expect(board.rows.some((r) => String(r[0]).includes('罚款合计是空的'))).toBe(false);
    expect(dashboardTable(sepFined, '看板', 'en').rows.some((r) => String(r[0]).startsWith('Fines are blank'))).toBe(false);
  });

  it('F1–F8 trend: a past month where only some records carry fines is blank, not a partial sum', () => {
    const partly: MonthResult = { ...result, history: [fined(history[0]!, 50), history[1]!, ...history.slice(2)] };
    expect(teamTrend(partly).map((t) => [t.month, t.finesYuan])).toEqual([['2026-09', null], ['2026-10', 80]]);
    expect(dashboardTable(partly, '看板', 'en').rows.map((r) => r[0])).toContain(
      'Fines are blank for 2026-09: the month history did not keep fines when those months were closed. See that month’s 罚款表 for them.');
  });

  it('charts: score per person (column), team average (line), team fines (column), top sellers (bar)', () => {
    expect(table.charts!.map((c) => [c.title, c.type])).toEqual([
      ['本月得分', 'column'], ['团队平均得分', 'line'], ['团队罚款（元）', 'column'], ['销售前5名', 'bar']]);
    expect(plotted(table, '本月得分')).toEqual({ name: '最终得分 Final score', points: [['张三', 8.5], ['李四', 5], ['=王五', 1]] });
    expect(plotted(table, '团队平均得分').points).toEqual([['2026-09', 6], ['2026-10', 4.83]]);
    expect(plotted(table, '团队罚款（元）').points).toEqual([['2026-09', null], ['2026-10', 80]]);
    // Only 张三 sold anything (15230.50): nobody with no sales is listed.
    expect(plotted(table, '销售前5名').points).toEqual([['张三', 15230.5]]);
  });

  it('charts sit to the right of the tables and do not overlap each other', () => {
    const boxes = table.charts!.map((c) => ({ top: c.anchorRow, left: c.anchorCol }));
    expect(boxes.every((b) => b.left >= 6)).toBe(true);
    const sameColumn = boxes.filter((b) => b.left === 6).map((b) => b.top);
    sameColumn.slice(1).forEach((top, i) => expect(top - sameColumn[i]!).toBeGreaterThanOrEqual(16));
  });

  it('says that the command line writes the tables only and the add-in draws the charts', () => {
    expect(table.rows[0]).toEqual(['看板 2026-10（电商客服）']);
    expect(String(table.rows[1]![0])).toContain('cs-close');
  });

  it('with no sales there is no top-sellers chart, and a line saying so', () => {
    const noSales = dashboardTable({ ...closed, people: closed.people.map((p) => ({ ...p, commission: { ...p.commission, salesFen: fen(0) } })) }, '看板', 'en');
    expect(noSales.charts!.map((c) => c.type)).toEqual(['column', 'line', 'column']);
    expect(noSales.rows.map((r) => r[0])).toContain('No sales this month.');
  });
});
