/**
 * Which rows below a header are data: blank rows, hidden rows (reported as info), a header repeated
 * mid-sheet (exports that paginate) and totals rows (合计, Qianniu's 汇总值 …) are skipped.
 */
import type { CellValue } from '../engine/cells';
import { problem, type Problem } from '../engine/result';
// plainAscii: printable ASCII words with single spaces, whose only fold is lower-casing.
import { cellText, headerKey, nameKey, plainAscii } from './fold';
import { isBlank, isBlankRow, refIn } from './grid';
import { totalsWords } from './synonyms';
import type { Grid, SheetDetection } from './types';

const totalsKeys = new Set(totalsWords.map((w) => nameKey(w)));

/** Char codes (both cases) that start a plain-ASCII totals word: most ASCII cells (order ids) are ruled out by one look. */
const totalsAsciiStarts = new Uint8Array(128);
for (const key of totalsKeys) {
  const code = key.charCodeAt(0);
  if (code < 128) totalsAsciiStarts[code] = totalsAsciiStarts[key.toUpperCase().charCodeAt(0)] = 1;
}

/** Texts seen and whether they were totals labels: a sheet repeats the same names thousands of times. */
const totalsByText = new Map<string, boolean>();

function totalsLabelOfText(text: string): boolean {
  const known = totalsByText.get(text);
  if (known !== undefined) return known;
  const key = nameKey(text).replace(/[:：]+$/u, '');
  const isTotals = totalsKeys.has(key);
  // Bounded like the fold caches; unique ASCII ids mostly stop at the first-character test and never get here.
  if (totalsByText.size >= 20000) totalsByText.clear();
  totalsByText.set(text, isTotals);
  return isTotals;
}

/**
 * Whether a cell reads as a totals label (合计, 汇总值, "合计：", Total).
 * @example isTotalsLabel('全店平均值') === true; isTotalsLabel('张三') === false
 */
export function isTotalsLabel(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  // A plain-ASCII text keeps its first character through the fold (lower-cased), unless it is all colons.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x3a && totalsAsciiStarts[first] === 0 && plainAscii.test(value)) return false;
  return totalsLabelOfText(value);
}

/** A mapped header cell: its column, its key, and the number a numeric cell must equal to match it. */
interface HeaderColumn { readonly col: number; readonly key: string; readonly keyNumber: number | null; readonly keyIsAscii: boolean }

/** Whether a non-blank cell matches the header key; numbers are compared as numbers (no text per cell). */
function matchesHeader(value: string | number | boolean, column: HeaderColumn): boolean {
  // headerKey of a finite number is its JavaScript text; of a boolean or NaN, ''.
  if (typeof value === 'number') return Number.isFinite(value) ? value === column.keyNumber : column.key === '';
  if (typeof value === 'boolean') return column.key === '';
  // Plain ASCII folds to ASCII only, so it cannot match a Chinese header: skips folding unique order ids.
  if (!column.keyIsAscii && plainAscii.test(value)) return false;
  return headerKey(value) === column.key;
}

/** Whether a row repeats the header (paginated exports): half or more of the mapped columns match. */
function repeatsHeader(grid: Grid, detection: SheetDetection): (cells: readonly CellValue[]) => boolean {
  const header = grid.rows[detection.headerRow] ?? [];
  const mapped: HeaderColumn[] = Object.values(detection.columns).map((col) => {
    const key = headerKey(header[col]);
    const asNumber = Number(key);
    return { col, key, keyNumber: key !== '' && String(asNumber) === key ? asNumber : null, keyIsAscii: /^[\x00-\x7f]*$/.test(key) };
  });
  const needed = Math.max(1, Math.ceil(mapped.length / 2));
  return (cells) => {
    let matches = 0;
    for (let i = 0; i < mapped.length; i += 1) {
      const column = mapped[i] as HeaderColumn;
      const value = cells[column.col] ?? null;
      if (value !== null && !isBlank(value) && matchesHeader(value, column)) matches += 1;
      if (matches >= needed) return true;
      if (matches + mapped.length - 1 - i < needed) return false; // the rest cannot reach half
    }
    return false;
  };
}

/** Whether any cell of the row is a totals label: a plain loop over the text cells. */
function hasTotalsLabel(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i += 1) {
    const value = cells[i];
    if (typeof value === 'string' && isTotalsLabel(value)) return true;
  }
  return false;
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
    if (hasTotalsLabel(cells) || isRepeatedHeader(cells)) continue;
    rows.push(row);
  }
  return rows;
}
