/**
 * Where each output table goes in a workbook: the naming rules the command line and the add-in share.
 * Own sheets are marked with a workbook-level defined name `_CsClose_<kind>` (e.g. `_CsClose_scorecard`)
 * pointing at A1 of the sheet. A defined name follows the sheet when a user renames it in Excel, and
 * the Office adapter reads and writes the same names. A sheet with an output name but no marker is
 * the user's: ours goes beside it as 计分表(2), (3) …; a marked sheet is replaced where it stands.
 */
import type { SheetTable, TableKind } from '../../report/types';
import type { SheetEntry, WorkbookModel } from './workbook';
import { markedSheetsOf, quotedSheet } from './xml';

export const markerPrefix = '_CsClose_';

export interface WriteOptions {
  /**
   * Kinds whose unmarked sheet under the exact output name the close has just read as its input
   * (月结历史: every record in it is in the new history), so it is replaced rather than kept beside.
   */
  readonly adopt?: readonly TableKind[];
  /** Kinds not written when the user keeps an unmarked sheet of that name (制度参数: theirs is the policy). */
  readonly keepUserSheet?: readonly TableKind[];
  /** DEFLATE level of the parts we write (input parts keep their bytes); 6 unless told. */
  readonly level?: number;
}

/** Excel caps a sheet name at 31 characters and compares names without case. */
const maxSheetName = 31;

/**
 * Which sheets the add-in or the command line wrote, by kind, from the `_CsClose_<kind>` names.
 * @example ownSheetsIn(parseWorkbook(xml)) → { scorecard: '计分表', history: '月结历史' }
 */
export function ownSheetsIn(model: WorkbookModel): Partial<Record<TableKind, string>> {
  const names = model.names.map(({ name, text, localSheetId }) => ({ name, reference: text, ...(localSheetId === undefined ? {} : { localSheetId }) }));
  return markedSheetsOf(names, (sheet) => model.sheets.some((s) => s.name === sheet), markerPrefix);
}

const sheetNamed = (model: WorkbookModel, name: string): SheetEntry | undefined =>
  model.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());

function freeName(model: WorkbookModel, name: string): string {
  if (!sheetNamed(model, name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = name.slice(0, maxSheetName - suffix.length) + suffix;
    if (!sheetNamed(model, candidate)) return candidate;
  }
}

/** One placed table: the sheet entry it went into, and whether that entry was an old sheet of ours. */
export interface Placement { readonly table: SheetTable; readonly entry: SheetEntry; readonly replaced: boolean }

/** The naming rules of the close: replace our marked sheet, keep a user's beside, adopt or keep as told. */
export function place(model: WorkbookModel, tables: readonly SheetTable[], options: WriteOptions, ids: () => { sheetId: number; relId: string }): Placement[] {
  const own = ownSheetsIn(model);
  const placements: Placement[] = [];
  for (const table of tables) {
    const user = own[table.kind] === undefined ? sheetNamed(model, table.name) : undefined;
    if (user && options.keepUserSheet?.includes(table.kind)) continue;
    if (user && options.adopt?.includes(table.kind)) own[table.kind] = user.name;
    const previous = own[table.kind];
    const old = previous === undefined ? undefined : sheetNamed(model, previous);
    const marker = `${markerPrefix}${table.kind}`;
    model.names = model.names.filter((n) => !(n.name === marker && n.localSheetId === undefined));
    if (old) old.name = '';
    const name = freeName(model, table.name);
    const state = table.hidden ? 'hidden' : 'visible';
    const entry: SheetEntry = old ? Object.assign(old, { name, state, xml: null }) : { name, state, ...ids(), xml: null };
    if (!old) model.sheets.push(entry);
    model.names.push({ name: marker, localSheetId: undefined, text: `${quotedSheet(name)}!$A$1`, xml: null });
    placements.push({ table, entry, replaced: old !== undefined });
  }
  return placements;
}
