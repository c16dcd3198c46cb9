/**
 * Which rows below a header are data: blank rows, hidden rows (reported as info), a header repeated
 * mid-sheet (exports that paginate) and totals rows (合计, Qianniu's 汇总值 …) are skipped.
 */
import type { CellValue } from '../engine/cells';
import { problem, type Problem } from '../engine/result';
import { cellText, headerKey, nameKey } from './fold';
import { isBlank, refIn } from './grid';
import { rememberedPerText } from './memo';
import { totalsWords } from './synonyms';
import type { Grid, SheetDetection } from './types';

const totalsKeys = new Set(totalsWords.map((w) => nameKey(w)));

/** Char codes (both cases) that start a plain-ASCII totals word: most ASCII cells (order ids) are ruled out by one look. */
const totalsAsciiStarts = new Uint8Array(128);
for (const key of totalsKeys) {
  const code = key.charCodeAt(0);
  if (code < 128) totalsAsciiStarts[code] = totalsAsciiStarts[key.toUpperCase().charCodeAt(0)] = 1;
}

/**
 * Whether a text is a totals label, remembered per text: a sheet repeats the same names thousands of
 * times (unique ASCII ids mostly stop at the first-character test and never get here).
 */
const totalsLabelOfText = rememberedPerText((text: string): boolean => totalsKeys.has(nameKey(text).replace(/[:：]+$/u, '')));

/**
 * Whether a cell reads as a totals label (合计, 汇总值, "合计：", Total).
 * @example isTotalsLabel('全店平均值') === true; isTotalsLabel('张三') === false
 */
export function isTotalsLabel(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  // A text that starts with a printable ASCII character keeps it through the fold (lower-cased), unless it is all colons.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x3a && totalsAsciiStarts[first] === 0) return false;
  return totalsLabelOfText(value);
}

/** How a row's text cell reads to the filters; worked out once per distinct text of a sheet. */
interface TextClass { readonly blank: boolean; readonly totals: boolean; readonly headerKey: string }

/** Texts that are not plain ASCII (names, statuses) repeat across rows, sheets and closes: one lookup each instead of three. */
const classOf = rememberedPerText((text: string): TextClass => {
  const blank = text.trim() === '';
  return { blank, totals: !blank && totalsLabelOfText(text), headerKey: blank ? '' : headerKey(text) };
});

/**
 * The row filters over one sheet: blank, totals label and repeated header, all decided in one pass
 * over the row's cells (three separate scans were ~20 % of a 1,000-person close).
 */
export class RowFilter {
  /** Per column: the header key a cell must fold to, and how many mapped fields share the column. */
  private readonly keys: (string | undefined)[] = [];
  private readonly keyNumbers: (number | null)[] = [];
  private readonly weights: number[] = [];
  private readonly needed: number;
  /** Per column, the last text and its class: a status or remark column repeats one word row after row. */
  private readonly lastTexts: (string | undefined)[] = [];
  private readonly lastClasses: (TextClass | undefined)[] = [];

  constructor(grid: Grid, detection: SheetDetection) {
    const header = grid.rows[detection.headerRow] ?? [];
    const mapped = Object.values(detection.columns);
    for (const col of mapped) {
      const key = headerKey(header[col]);
      const asNumber = Number(key);
      this.keys[col] = key;
      this.keyNumbers[col] = key !== '' && String(asNumber) === key ? asNumber : null;
      this.weights[col] = (this.weights[col] ?? 0) + 1;
    }
    this.needed = Math.max(1, Math.ceil(mapped.length / 2));
  }

  /**
   * Whether one cell leaves a row's verdict alone: blank, or filled with nothing that could read as a
   * totals label or its column's header (a number that is not the header's, an order id by its first
   * character). A row whose cells all are is data when one is filled, blank when none is; a cell that
   * is not (合计, a header word, a boolean) leaves the verdict to judge. Lets a reader that looks at each
   * cell anyway skip judging the row (the order reader's 300,000 rows).
   */
  plain(col: number, value: CellValue): boolean {
    // Numbers and blanks are answered here and texts apart, so that this stays small enough for the
    // order reader's plain path to inline (it asks three times per order).
    if (typeof value === 'number') return Number.isFinite(value) && value !== this.keyNumbers[col];
    if (value === null || value === undefined) return true;
    return typeof value === 'string' && this.plainText(col, value);
  }

  /** plain for a text cell. */
  private plainText(col: number, value: string): boolean {
    const key = this.keys[col];
    const first = value.charCodeAt(0);
    if (first > 0x20 && first < 0x7f) {
      if (first === 0x3a || totalsAsciiStarts[first] === 1) return false;
      return key === undefined || !asciiMayMatch(value, first, key);
    }
    const text = classOf(value);
    return text.blank || (!text.totals && (key === undefined || text.headerKey !== key));
  }

  /** 'blank', 'skip' (totals row or repeated header) or 'data'. */
  judge(cells: readonly CellValue[]): 'blank' | 'skip' | 'data' {
    let filled = false;
    let totals = false;
    let headerMatches = 0;
    // The row's last text and its class: a rota row repeats its code from day to day (早 早 早 休 早).
    let prevText: string | undefined;
    let prevClass: TextClass | undefined;
    for (let col = 0; col < cells.length; col += 1) {
      const value = cells[col];
      if (value === null || value === undefined) continue;
      const key = this.keys[col];
      if (typeof value === 'string') {
        const first = value.charCodeAt(0);
        if (first > 0x20 && first < 0x7f) {
          // A text that starts with a printable ASCII character is filled, and every fold of it starts
          // with that character lower-cased (unless it is all colons or stars): order ids are ruled
          // out as totals labels and headers by one look, without a regular expression.
          filled = true;
          if (!totals && (first === 0x3a || totalsAsciiStarts[first] === 1)) totals = totalsLabelOfText(value);
          if (key !== undefined && asciiMayMatch(value, first, key) && headerKey(value) === key) headerMatches += this.weights[col] as number;
        } else {
          let text = value === prevText ? prevClass : this.lastTexts[col] === value ? this.lastClasses[col] : undefined;
          if (text === undefined) {
            text = classOf(value);
            this.lastTexts[col] = value;
            this.lastClasses[col] = text;
          }
          prevText = value;
          prevClass = text;
          if (text.blank) continue;
          filled = true;
          if (text.totals) totals = true;
          if (key !== undefined && text.headerKey === key) headerMatches += this.weights[col] as number;
        }
      } else {
        filled = true;
        // headerKey of a finite number is its JavaScript text; of a boolean or NaN, ''.
        if (key !== undefined) {
          const matches = typeof value === 'number' && Number.isFinite(value) ? value === this.keyNumbers[col] : key === '';
          if (matches) headerMatches += this.weights[col] as number;
        }
      }
    }
    if (!filled) return 'blank';
    return totals || headerMatches >= this.needed ? 'skip' : 'data';
  }
}

/**
 * Whether a plain-ASCII text can fold to the header key: its key starts with its own first character
 * lower-cased, unless it starts with `*` (stripped) or folds to ''. Rules out order ids without folding them.
 */
function asciiMayMatch(value: string, first: number, key: string): boolean {
  if (key === '' || first === 0x2a) return true;
  const lower = first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
  return lower === key.charCodeAt(0);
}

/** The info problem of a hidden row that is not blank: the supervisor may have hidden it on purpose, but should know it was not counted. */
export function hiddenRowSkipped(grid: Grid, row: number, cells: readonly CellValue[]): Problem {
  const firstFilled = cells.findIndex((v) => !isBlank(v));
  return problem('info', 'sheets.hiddenRowSkipped', { sheet: grid.name, row: row + 1, text: cellText(cells[firstFilled]) }, refIn(grid, row, firstFilled));
}

/**
 * Row indexes of data rows under the detection's header, in order. Hidden rows get an info
 * problem (the supervisor may have hidden them on purpose, but should know they were not counted),
 * put before the sheet's other problems. The order sheet judges its own rows (orderSheet.ts).
 * @example dataRows(grid, detection, problems) → [1, 2, 4]
 */
export function dataRows(grid: Grid, detection: SheetDetection, problems: Problem[]): number[] {
  // Sized once for every row under the header and cut to length at the end: growing it by push
  // copied 300,000 indexes several times over at 1,000 people.
  const rows: number[] = new Array<number>(Math.max(0, grid.rows.length - detection.headerRow - 1));
  let count = 0;
  const filter = new RowFilter(grid, detection);
  // No Set and no look per row for a sheet without hidden rows (most sheets).
  const hiddenRows = grid.hiddenRows !== undefined && grid.hiddenRows.length > 0 ? new Set(grid.hiddenRows) : null;
  const hidden: Problem[] = [];
  // One loop calling judge: a cursor object asked for each next row was a second call per row.
  for (let row = detection.headerRow + 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row];
    if (cells === undefined) continue;
    const verdict = filter.judge(cells);
    if (verdict === 'blank') continue;
    if (hiddenRows !== null && hiddenRows.has(row)) hidden.push(hiddenRowSkipped(grid, row, cells));
    else if (verdict === 'data') {
      rows[count] = row;
      count += 1;
    }
  }
  rows.length = count;
  for (let k = 0; k < hidden.length; k += 1) problems.push(hidden[k] as Problem);
  return rows;
}
