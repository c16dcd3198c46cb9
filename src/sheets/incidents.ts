/**
 * The incident log 事件/违规 (POLICY.md §1): date · name · type · points · amount · reason. The type
 * is folded to simplified characters and trimmed so the engine matches type words as plain text.
 */
import type { CellValue } from '../engine/cells';
import type { Incident } from '../engine/model';
import type { Fen } from '../engine/money';
import type { Problem } from '../engine/result';
import { RowReader } from './fields';
import { foldText } from './fold';
import type { NameBook } from './names';
import { parseMoney, parsePoints } from './numbers';
import { dataRows } from './rows';
import type { Grid, SheetDetection } from './types';
import type { Parsed } from './values';

/** An amount: not negative (a praise is points, not money). */
function parseAmount(value: CellValue): Parsed<Fen> {
  return parseMoney(value, false);
}

/**
 * Incidents. A row without a type or date is reported and left out (it cannot be matched to a rule
 * or a month); points may be negative (praise, B10), amounts may not.
 * @example readIncidents(grid, detection, book, code, 2026, problems)[0] → { name: '张三', daySerial: 46304, type: '服务态度投诉', points: null, … }
 */
export function readIncidents(grid: Grid, detection: SheetDetection, book: NameBook, unknownCode: string, yearHint: number | null, problems: Problem[]): Incident[] {
  const incidents: Incident[] = [];
  const r = new RowReader(grid, detection, 0, problems);
  // Columns looked up once per sheet, not by field name on every row.
  const dateCol = r.col('date');
  const typeCol = r.col('type');
  const pointsCol = r.col('points');
  const amountCol = r.col('amount');
  const reasonCol = r.col('reason');
  const rows = dataRows(grid, detection, problems);
  for (let k = 0; k < rows.length; k += 1) {
    r.moveTo(rows[k] as number);
    if (r.nameText() === null) continue;
    const daySerial = r.dateAt(dateCol, yearHint);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.cellRef(dateCol) ?? undefined);
    const typeText = r.textAt(typeCol);
    if (typeText === null) r.report('warning', 'sheets.missingType', {}, r.cellRef(typeCol) ?? undefined);
    const points = r.parseAt(pointsCol, parsePoints);
    const amountFen = r.parseAt(amountCol, parseAmount);
    const name = r.person(book, unknownCode);
    if (name === null || daySerial === null || daySerial === undefined || typeText === null || points === undefined || amountFen === undefined) continue;
    const reason = r.textAt(reasonCol);
    // The engine pins a type no rule knows, or points out of range, to the cell to fix, not the name.
    incidents.push({
      name, daySerial, type: foldText(typeText), points, amountFen, reason: reason === null ? null : foldText(reason), source: r.rowRef(),
      typeCol: typeCol ?? null, pointsCol: pointsCol ?? null, amountCol: amountCol ?? null,
    });
  }
  return incidents;
}
