/**
 * Which rows below a header are data: blank rows, hidden rows (reported as info), a header repeated
 * mid-sheet (exports that paginate) and totals rows (合计, Qianniu's 汇总值 …) are skipped.
 */
import type { CellValue } from '../engine/cells';
import { problem, type Problem } from '../engine/result';
import { cellText, headerKey, nameKey } from './fold';
import { isBlank, isBlankRow, refIn } from './grid';
import { totalsWords } from './synonyms';
import type { Grid, SheetDetection } from './types';

const totalsKeys = new Set(totalsWords.map((w) => nameKey(w)));

/**
 * Whether a cell reads as a totals label (合计, 汇总值, "合计：", Total).
 * @example isTotalsLabel('全店平均值') === true; isTotalsLabel('张三') === false
 */
export function isTotalsLabel(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const key = nameKey(value).replace(/[:：]+$/u, '');
  return totalsKeys.has(key);
}

/** Whether a row repeats the header (paginated exports): half or more of the mapped columns match. */
function repeatsHeader(grid: Grid, detection: SheetDetection): (cells: readonly CellValue[]) => boolean {
  const header = grid.rows[detection.headerRow] ?? [];
  const mapped = Object.values(detection.columns).map((col) => ({ col, key: headerKey(header[col]) }));
  const needed = Math.max(1, Math.ceil(mapped.length / 2));
  return (cells) => mapped.length > 0
    && mapped.filter(({ col, key }) => !isBlank(cells[col] ?? null) && headerKey(cells[col]) === key).length >= needed;
}

/**
 * Row indexes of data rows under the detection's header, in order. Hidden rows get an info
 * problem (the supervisor may have hidden them on purpose, but should know they were not counted).
 * @example dataRows(grid, detection, problems) → [1, 2, 4]
 */
export function dataRows(grid: Grid, detection: SheetDetection, problems: Problem[]): number[] {
  const hidden = new Set(grid.hiddenRows ?? []);
  const rows: number[] = [];
  const isRepeatedHeader = repeatsHeader(grid, detection);
  for (let row = detection.headerRow + 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row];
    if (cells === undefined || isBlankRow(cells)) continue;
    if (hidden.has(row)) {
      const firstFilled = cells.findIndex((v) => !isBlank(v));
      problems.push(problem('info', 'sheets.hiddenRowSkipped', { sheet: grid.name, row: row + 1, text: cellText(cells[firstFilled]) }, refIn(grid, row, firstFilled)));
      continue;
    }
    if (cells.some(isTotalsLabel) || isRepeatedHeader(cells)) continue;
    rows.push(row);
  }
  return rows;
}
