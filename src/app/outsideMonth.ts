/**
 * Rows dated outside the month being closed (a September row in October's attendance, a second
 * month pasted under the first): the engine leaves them out, and the supervisor is told so, once per
 * sheet, at the first such date, so that nothing is dropped without a word.
 */
import { problem, type CellRef, type Problem } from '../engine/result';
import { orderCell, type SalesOrder } from '../engine/model';
import { inMonth, isoDate, type MonthKey } from '../engine/time';
import type { SheetDetection, TeamRead } from '../sheets';

/** A dated input row: most keep a CellRef, orders plain fields (orderCell). */
type Dated = { readonly daySerial: number | null; readonly source: CellRef } | SalesOrder;
const cellOf = (row: Dated): CellRef => ('source' in row ? row.source : orderCell(row));

/** The row's date cell when the sheet has a date column (a wide rota's source is already its day cell). */
function dateCell(source: CellRef, detections: readonly SheetDetection[]): CellRef {
  const col = detections.find((d) => d.sheet === source.sheet)?.columns['date'];
  return col === undefined ? source : { ...source, col };
}

/**
 * One warning per sheet with rows outside `month`: how many, and the first one's cell.
 * @example outsideMonthProblems(team, '2026-10') → [warning report.outsideMonth { sheet: '考勤', count: 90, first: '2026-09-01', month: '2026-10' } at 考勤!B86]
 */
export function outsideMonthProblems(team: TeamRead, month: MonthKey): Problem[] {
  const isInMonth = inMonth(month);
  const bySheet = new Map<string, { count: number; first: { daySerial: number; source: CellRef } }>();
  // Each list in turn, not one spread copy of every row: this looks at every input row.
  for (const rows of [team.rota, team.attendance, team.salesFigures, team.salesOrders, team.incidents] as readonly (readonly Dated[])[]) {
    for (const row of rows) {
      if (row.daySerial === null || isInMonth(row.daySerial)) continue;
      const source = cellOf(row);
      const seen = bySheet.get(source.sheet);
      const first = seen === undefined || source.row < seen.first.source.row ? { daySerial: row.daySerial, source } : seen.first;
      bySheet.set(source.sheet, { count: (seen?.count ?? 0) + 1, first });
    }
  }
  return [...bySheet].map(([sheet, { count, first }]) => problem('warning', 'report.outsideMonth',
    { sheet, count, first: isoDate(first.daySerial), month }, dateCell(first.source, team.detections)));
}
