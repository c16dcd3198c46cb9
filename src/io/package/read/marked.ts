/**
 * Which sheet each workbook-level defined name of a family points at: the `_CsClose_<kind>` markers
 * of our own output sheets, read from what readGridsFromBytes returned (what ownSheetsOf did with the
 * ExcelJS workbook). The prefix is passed in: the writer owns it.
 */
import type { Grid } from '../../../sheets/types';
import type { DefinedName } from './workbook';
import { markedSheetsOf } from '../xml';

export { sheetOfReference } from '../xml';

/**
 * `{ <name without prefix>: sheet }` for each workbook-level name starting with `prefix` whose sheet is
 * among the grids.
 * @example markedSheets(await readGridsFromBytes(bytes), '_CsClose_') → { scorecard: '计分表', history: '月结历史' }
 */
export function markedSheets(read: { readonly grids: readonly Grid[]; readonly definedNames: readonly DefinedName[] }, prefix: string): Record<string, string> {
  const names = read.definedNames.map(({ name, range, localSheetId }) => ({ name, reference: range, ...(localSheetId === undefined ? {} : { localSheetId }) }));
  return markedSheetsOf(names, (sheet) => read.grids.some((grid) => grid.name === sheet), prefix);
}
