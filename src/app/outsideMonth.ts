/**
 * Rows dated outside the month being closed (a September row in October's attendance, a second
 * month pasted under the first): the engine leaves them out, and the supervisor is told so, once per
 * sheet, at the first such date, so that nothing is dropped without a word.
 */
import { problem, type CellRef, type Problem } from '../engine/result';
import { isoDate, rangeOfKey, type MonthKey } from '../engine/time';
import type { SalesOrders } from '../engine/orders';
import type { SheetDetection, TeamRead } from '../sheets';

/** The row's date cell when the sheet has a date column (a wide rota's source is already its day cell). */
function dateCell(source: CellRef, detections: readonly SheetDetection[]): CellRef {
  const col = detections.find((d) => d.sheet === source.sheet)?.columns['date'];
  return col === undefined ? source : { ...source, col };
}

type DatedRow = { readonly daySerial: number | null; readonly source: CellRef };

/**
 * One warning per sheet with rows outside `month`: how many, and the first one's cell.
 * @example outsideMonthProblems(team, '2026-10') → [warning report.outsideMonth { sheet: '考勤', count: 90, first: '2026-09-01', month: '2026-10' } at 考勤!B86]
 */
export function outsideMonthProblems(team: TeamRead, month: MonthKey): Problem[] {
  // No serial is in a month key not written as monthKeyOf writes it (inMonth): an empty span.
  const range = rangeOfKey(month);
  const first = range === null ? Number.POSITIVE_INFINITY : range.firstSerial;
  const end = range === null ? Number.NEGATIVE_INFINITY : range.lastSerial + 1;
  const bySheet = new Map<string, { count: number; first: { daySerial: number; source: CellRef } }>();
  const note = (daySerial: number, source: CellRef): void => {
    const seen = bySheet.get(source.sheet);
    const firstSeen = seen === undefined || source.row < seen.first.source.row ? { daySerial, source } : seen.first;
    bySheet.set(source.sheet, { count: (seen?.count ?? 0) + 1, first: firstSeen });
  };
  // Each list in turn, not one spread copy of every row: this looks at every input row, so the loops
  // only look for the next row outside (index loops; for-of made an iterator result per row).
  for (const rows of [team.rota, team.attendance, team.salesFigures, team.incidents] as readonly (readonly DatedRow[])[]) {
    for (let i = nextOutside(rows, first, end, 0); i >= 0; i = nextOutside(rows, first, end, i + 1)) {
      const row = rows[i] as DatedRow;
      note(row.daySerial as number, row.source);
    }
  }
  // Orders are kept by column (orders.ts): a cell is made only for those outside the month.
  const orders = team.salesOrders;
  // The order list knows its span of days: most months need no pass over 300,000 orders.
  for (let i = orders.allDaysWithin(first, end) ? -1 : nextOrderOutside(orders, first, end, 0); i >= 0; i = nextOrderOutside(orders, first, end, i + 1)) {
    note(orders.daySerial(i), orders.cell(i));
  }
  return [...bySheet].map(([sheet, { count, first: firstRow }]) => problem('warning', 'report.outsideMonth',
    { sheet, count, first: isoDate(firstRow.daySerial), month }, dateCell(firstRow.source, team.detections)));
}

function nextOrderOutside(orders: SalesOrders, first: number, end: number, from: number): number {
  for (let i = from; i < orders.length; i += 1) {
    const daySerial = orders.daySerial(i);
    if (!(daySerial >= first && daySerial < end)) return i;
  }
  return -1;
}

/** The index of the first dated row from `from` on outside [first, end), or -1. */
function nextOutside(rows: readonly DatedRow[], first: number, end: number, from: number): number {
  for (let i = from; i < rows.length; i += 1) {
    const daySerial = (rows[i] as DatedRow).daySerial;
    if (daySerial !== null && !(daySerial >= first && daySerial < end)) return i;
  }
  return -1;
}
