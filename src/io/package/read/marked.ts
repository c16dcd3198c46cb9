/**
 * Which sheet each workbook-level defined name of a family points at: the `_CsClose_<kind>` markers
 * of our own output sheets, read from what readGridsFromBytes returned (what ownSheetsOf did with the
 * ExcelJS workbook). The prefix is passed in: the writer owns it.
 */
import type { Grid } from '../../../sheets/types';
import type { DefinedName } from './workbook';

/**
 * The sheet named in a one-area reference: `'O''Neil'!$A$1` → `O'Neil`, `计分表!$A$1` → `计分表`.
 * @example sheetOfReference("'计分表'!$A$1") === '计分表'
 */
export function sheetOfReference(reference: string): string {
  const bang = reference.lastIndexOf('!');
  const sheet = bang < 0 ? reference : reference.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * `{ <name without prefix>: sheet }` for each workbook-level name starting with `prefix` whose sheet is
 * among the grids.
 * @example markedSheets(await readGridsFromBytes(bytes), '_CsClose_') → { scorecard: '计分表', history: '月结历史' }
 */
export function markedSheets(read: { readonly grids: readonly Grid[]; readonly definedNames: readonly DefinedName[] }, prefix: string): Record<string, string> {
  const marked: Record<string, string> = {};
  for (const { name, range, localSheetId } of read.definedNames) {
    if (!name.startsWith(prefix) || localSheetId !== undefined) continue;
    const sheet = sheetOfReference(range);
    if (read.grids.some((grid) => grid.name === sheet)) marked[name.slice(prefix.length)] = sheet;
  }
  return marked;
}
