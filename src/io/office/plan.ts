/**
 * A SheetTable turned into what Office.js takes — value and number-format matrices, hyperlinks,
 * fill runs — and cut into requests that stay under the host's size limit. Pure, so the sizes the
 * adapter will send are known (and tested) before anything is queued.
 */
import { columnLetters, type CellRef } from '../../engine/result';
import { isLinkCell, isNumberCell, type NumberFormat, type SheetTable } from '../../report/types';

/** Excel on the web refuses a request over 5 MB; we stay under 4 MB with room for per-command overhead. */
export const requestLimitBytes = 4 * 1024 * 1024;
export const defaultBudgetBytes = 3 * 1024 * 1024;
/**
 * Office.js wraps each command in an action record and the objects it reaches in object-path records
 * (a getRangeByIndexes per hyperlink is one more): counted generously, so the estimate stays above
 * what is sent.
 */
export const commandOverheadBytes = 300;

export const numberFormats: Readonly<Record<NumberFormat, string>> = {
  yuan: '#,##0.00', percent: '0.00%', date: 'yyyy-mm-dd', points: '0.0#',
};
/** Text format: a string in a '@' cell stays text, so '=HYPERLINK(…)', '+1', '007' arrive as written. */
export const textFormat = '@';
// The same colours as the file adapter (src/io/xlsx), so both surfaces look alike.
export const toneColors = { amber: '#FFE699', red: '#FF9999' } as const;

export interface LinkPlan { readonly row: number; readonly col: number; readonly text: string; readonly documentReference: string }
export interface FillRun { readonly row: number; readonly rows: number; readonly color: string }

export interface TablePlan {
  readonly values: (string | number | boolean)[][];
  /** null leaves the cell's format alone (General on a cleared sheet), which keeps requests small. */
  readonly numberFormat: (string | null)[][];
  readonly links: LinkPlan[];
  readonly fills: FillRun[];
  readonly columnCount: number;
}

/**
 * Where a link lands: the sheet name always quoted, as range.hyperlink.documentReference wants.
 * @example documentReference({sheet:'考勤',row:13,col:2}) === "'考勤'!C14"
 */
export function documentReference(cell: CellRef): string {
  return `'${cell.sheet.replace(/'/g, "''")}'!${columnLetters(cell.col)}${cell.row + 1}`;
}

/**
 * Values, formats, links and fills of one table, rows padded to one width. Every string cell is
 * formatted '@' (not only those starting with = + - @): Excel also turns '007' into 7 and '10/3'
 * into a date, and input text must arrive exactly as the supervisor wrote it.
 */
export function planTable(table: SheetTable): TablePlan {
  const columnCount = Math.max(1, ...table.rows.map((row) => row.length));
  const links: LinkPlan[] = [];
  const values: (string | number | boolean)[][] = [];
  const numberFormat: (string | null)[][] = [];
  table.rows.forEach((row, r) => {
    const valueRow: (string | number | boolean)[] = [];
    const formatRow: (string | null)[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c] ?? null;
      if (cell === null) { valueRow.push(''); formatRow.push(null); }
      else if (isLinkCell(cell)) {
        valueRow.push(cell.text); formatRow.push(textFormat);
        links.push({ row: r, col: c, text: cell.text, documentReference: documentReference(cell.link) });
      } else if (isNumberCell(cell)) { valueRow.push(cell.number); formatRow.push(numberFormats[cell.format]); }
      else if (typeof cell === 'string') { valueRow.push(cell); formatRow.push(textFormat); }
      else { valueRow.push(cell); formatRow.push(null); }
    }
    values.push(valueRow);
    numberFormat.push(formatRow);
  });
  return { values, numberFormat, links, fills: fillRuns(table), columnCount };
}

/** One fill per contiguous run of rows with the same tone, never one per cell. */
export function fillRuns(table: SheetTable): FillRun[] {
  const toneByRow = new Map<number, 'amber' | 'red'>();
  // red wins when a row is listed with both tones: it is the one that needs action.
  for (const h of table.highlights) if (toneByRow.get(h.row) !== 'red') toneByRow.set(h.row, h.tone);
  const runs: FillRun[] = [];
  for (const row of [...toneByRow.keys()].sort((a, b) => a - b)) {
    const color = toneColors[toneByRow.get(row)!];
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row && last.color === color) runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else runs.push({ row, rows: 1, color });
  }
  return runs;
}

/** UTF-8 bytes of a value's JSON: what it adds to a request. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // a surrogate half is 2 of the pair's 4 bytes
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Splits rows into chunks whose values and formats together stay within `budgetBytes`.
 * @example chunkRows(plan, 3e6) → [{start: 0, count: 1200}] for a small table
 */
export function chunkRows(plan: TablePlan, budgetBytes: number): { start: number; count: number; bytes: number }[] {
  const chunks: { start: number; count: number; bytes: number }[] = [];
  let start = 0, bytes = 2 * commandOverheadBytes;
  plan.values.forEach((row, r) => {
    const rowBytes = jsonBytes(row) + jsonBytes(plan.numberFormat[r]) + 2;
    if (r > start && bytes + rowBytes > budgetBytes) {
      chunks.push({ start, count: r - start, bytes });
      start = r; bytes = 2 * commandOverheadBytes;
    }
    bytes += rowBytes;
  });
  if (plan.values.length > start) chunks.push({ start, count: plan.values.length - start, bytes });
  return chunks;
}

/** Bytes of one hyperlink command. */
export function linkBytes(link: LinkPlan): number {
  return commandOverheadBytes + jsonBytes(link.text) + jsonBytes(link.documentReference);
}

/** Excel character widths to the points Office.js takes (7 px a character + 5 px padding, 0.75 pt a px). */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
