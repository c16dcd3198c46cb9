/**
 * Rows dated outside the month being closed (a September row in October's attendance, a second
 * month pasted under the first): the engine leaves them out, and the supervisor is told so, once per
 * sheet, at the first such date, so that nothing is dropped without a word.
 */
import { problem, type CellRef, type Problem } from '../engine/result';
import { inMonth, isoDate, type MonthKey } from '../engine/time';
import type { SheetDetection, TeamRead } from '../sheets';

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
  const note = (daySerial: number, source: CellRef): void => {
    const seen = bySheet.get(source.sheet);
    const first = seen === undefined || source.row < seen.first.source.row ? { daySerial, source } : seen.first;
    bySheet.set(source.sheet, { count: (seen?.count ?? 0) + 1, first });
  };
  // Each list in turn, not one spread copy of every row: this looks at every input row (an index
  // loop: for-of made an iterator result per row).
  for (const rows of [team.rota, team.attendance, team.salesFigures, team.incidents] as readonly (readonly { daySerial: number | null; source: CellRef }[])[]) {
    for (let i = 0; i < rows.length; i += 1) {
      const { daySerial, source } = rows[i] as { daySerial: number | null; source: CellRef };
      if (daySerial !== null && !isInMonth(daySerial)) note(daySerial, source);
    }
  }
  // Orders are kept by column (orders.ts): a cell is made only for those outside the month.
  const orders = team.salesOrders;
  for (let i = 0; i < orders.length; i += 1) {
    const daySerial = orders.daySerial(i);
    if (!isInMonth(daySerial)) note(daySerial, orders.cell(i));
  }
  return [...bySheet].map(([sheet, { count, first }]) => problem('warning', 'report.outsideMonth',
    { sheet, count, first: isoDate(first.daySerial), month }, dateCell(first.source, team.detections)));
}
