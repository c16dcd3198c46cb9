/**
 * 看板 Dashboard: the figures a manager looks at without reading tables — each person's score this
 * month, the team's average score, fines and verdicts over the months of the history, and the top
 * sellers — as small tables with a native chart over each. The add-in draws the charts (Office.js);
 * the command line's xlsx library cannot, so its file holds the same tables and a row that says so.
 */
import type { HistoryRecord, MonthResult } from '../engine/model';
import { fenToYuan, sumFen, type Fen } from '../engine/money';
import { fromHundredths, toHundredths } from '../engine/scorecard/points';
import { message, type Lang } from '../messages';
import { columnWidths, header, pointsCell, yuanCell } from './format';
import type { ChartSpec, Emphasis, ReportCell, SheetTable } from './types';

/** How many sellers the top-sellers table shows: a layout choice, not policy. */
export const topSellerCount = 5;

/** Rows a chart takes on the sheet (about 15 rows of the default height), so the next table sits below it. */
const chartRows = 16;

export interface TrendPoint {
  readonly month: string;
  readonly people: number;
  readonly averageScore: number;
  /** Verbal warning, penalty or severe that month. */
  readonly flagged: number;
  /** Team fines in yuan; null for a month the history does not carry them for (closed before it did). */
  readonly finesYuan: number | null;
}

/**
 * The team's months, oldest first, from the history under this month's preset (a 10-point month
 * and a 100-point month do not share an average). The month being closed takes its fines from the
 * result; an earlier month sums its records' fines, or is blank when they do not carry them.
 * @example teamTrend(result) → [{ month: '2026-08', people: 6, averageScore: 7.5, flagged: 2, finesYuan: null },
 *   { month: '2026-09', people: 6, averageScore: 8.25, flagged: 1, finesYuan: 450 }, { month: '2026-10', …, finesYuan: 1230 }]
 */
export function teamTrend(result: MonthResult): TrendPoint[] {
  const byMonth = new Map<string, HistoryRecord[]>();
  for (const record of result.history) {
    if (record.preset !== result.preset) continue;
    // Pushed, not copied per record: a month of 1,000 people would copy half a million entries.
    const records = byMonth.get(record.month);
    if (records === undefined) byMonth.set(record.month, [record]);
    else records.push(record);
  }
  return [...byMonth.entries()].map(([month, records]) => {
    const total = records.reduce((sum, r) => sum + toHundredths(r.score), 0);
    return {
      month, people: records.length,
      // Hundredths of points, rounded once: 8.333… shows as 8.33.
      averageScore: fromHundredths(Math.round(total / records.length)),
      flagged: records.filter((r) => r.verdict !== 'ok').length,
      finesYuan: month === result.month ? fenToYuan(result.fundFen) : historyFinesYuan(records),
    };
  });
}

/**
 * A past month's team fines from its history records. Every record must carry them: a sum over
 * some of the team would understate the month, so a partly blank month shows blank.
 * @example historyFinesYuan([{ …, finesFen: 5000 }, { …, finesFen: 0 }]) === 50; historyFinesYuan([{ … }]) === null
 */
function historyFinesYuan(records: readonly HistoryRecord[]): number | null {
  const fines: Fen[] = [];
  for (const record of records) {
    if (record.finesFen === undefined) return null;
    fines.push(record.finesFen);
  }
  return fenToYuan(sumFen(fines));
}

/** A two-column block (section, header, rows) at `top`, with its chart placed to the right. */
function block(rows: ReportCell[][], emphasis: Emphasis[], title: string, head: ReportCell[], body: ReportCell[][]): number {
  emphasis.push({ row: rows.length, style: 'section' });
  rows.push([title]);
  const headerRow = rows.length;
  emphasis.push({ row: headerRow, style: 'section' });
  rows.push(head, ...body);
  return headerRow;
}

function chart(title: string, type: ChartSpec['type'], headerRow: number, count: number, valueCol: number, categoryCol = 0): ChartSpec {
  return { title, type, headerRow, firstRow: headerRow + 1, lastRow: headerRow + count, categoryCol, valueCol,
    anchorRow: headerRow - 1, anchorCol: 6 };
}

/** Blank rows so the next block starts below the chart placed beside this one. */
function padBelowChart(rows: ReportCell[][], headerRow: number): void {
  const until = headerRow - 1 + chartRows;
  while (rows.length < until) rows.push([]);
  rows.push([]);
}

/**
 * Builds the 看板 sheet: tables in columns A–E, charts from column G.
 * @example dashboardTable(result, '看板', 'zh').charts!.map((c) => c.title)
 *   → ['本月得分', '团队平均得分', '团队罚款（元）', '销售前五']
 */
export function dashboardTable(result: MonthResult, name: string, lang: Lang): SheetTable {
  const text = (code: string, params: Readonly<Record<string, string | number>> = {}): string => message(code, params, lang);
  const rows: ReportCell[][] = [[text('report.dashboard.title', { month: result.month, preset: result.preset })], [text('report.dashboard.chartsNote')]];
  const emphasis: Emphasis[] = [{ row: 0, style: 'title' }];
  const charts: ChartSpec[] = [];
  rows.push([]);

  const scores = block(rows, emphasis, text('report.dashboard.scores'), [header('report.col.name', lang), header('report.col.score', lang)],
    result.people.map((p) => [p.name, pointsCell(p.score)]));
  charts.push(chart(text('report.dashboard.scores'), 'column', scores, result.people.length, 1));
  padBelowChart(rows, scores);

  const trend = teamTrend(result);
  const trendHead = ['report.dashboard.month', 'report.dashboard.averageScore', 'report.dashboard.fines', 'report.dashboard.flagged', 'report.dashboard.people'];
  const trendRow = block(rows, emphasis, text('report.dashboard.trend'), trendHead.map((code) => header(code, lang)),
    trend.map((t) => [t.month, pointsCell(t.averageScore), t.finesYuan === null ? null : { number: t.finesYuan, format: 'yuan' }, t.flagged, t.people]));
  // The note explains blank fines, so it is there only when a month shows blank.
  const blankFines = trend.filter((t) => t.finesYuan === null).map((t) => t.month);
  if (blankFines.length > 0) rows.push([text('report.dashboard.finesNote', { months: blankFines.join('、') })]);
  charts.push(chart(text('report.dashboard.averageScore'), 'line', trendRow, trend.length, 1));
  charts.push({ ...chart(text('report.dashboard.finesChart'), 'column', trendRow, trend.length, 2), anchorCol: 14 });
  padBelowChart(rows, trendRow);

  const sellers = [...result.people].filter((p) => p.commission.salesFen > 0)
    .sort((a, b) => b.commission.salesFen - a.commission.salesFen).slice(0, topSellerCount);
  const sellersRow = block(rows, emphasis, text('report.dashboard.topSellers', { count: topSellerCount }),
    [header('report.col.name', lang), header('report.col.sales', lang)], sellers.map((p) => [p.name, yuanCell(p.commission.salesFen)]));
  if (sellers.length > 0) charts.push(chart(text('report.dashboard.topSellers', { count: topSellerCount }), 'bar', sellersRow, sellers.length, 1));
  else rows.push([text('report.dashboard.noSales')]);

  // Widths from the tables, not from the one-cell title, section and note rows (they run on across empty cells).
  const widths = columnWidths(rows.filter((row) => row.length > 1));
  return { name, kind: 'dashboard', hidden: false, rows, highlights: [], emphasis, charts, columnWidths: widths, headerRows: 1 };
}
