/**
 * The workbook's sheets and which of them the add-in wrote. An own sheet carries a worksheet custom
 * property (ExcelApi 1.12) naming its table kind and canonical name, so it is recognised even when
 * it had to be written as 计分表(2) beside a user's sheet, and a user's sheet is never taken for ours.
 * It is also named by a workbook name `_CsClose_<kind>` → its A1, the mark the command line
 * (src/io/xlsx) uses, so a workbook closed by either is re-closed by the other in place.
 */
import type { TableKind } from '../../report/types';
import { ownSheetNames } from '../../sheets/ownSheets';
import type { HostChart, HostContext, HostWorksheet } from './host';
import { chartNamePrefix } from './charts';
import { sheetOfReference as sheetOfText } from '../package/xml';

/** The workbook-name prefix of the command line's marks (src/io/xlsx markerPrefix; a test keeps them equal). */
export const markerPrefix = '_CsClose_';

/** The custom property key on every sheet the add-in writes. */
export const ownMarkKey = 'CsMonthCloseSheet';

export interface OwnMark { readonly kind: TableKind; readonly name: string }

export interface SheetInfo {
  readonly sheet: HostWorksheet;
  readonly name: string;
  readonly visibility: string;
  /** Set when the add-in wrote this sheet. */
  readonly own: OwnMark | null;
}

// Every output kind has its canonical sheet name in ownSheetNames, keyed by the kind.
const kinds: readonly string[] = Object.keys(ownSheetNames);

/** Parses a mark; anything else (a user's own property with our key) is not ours. */
export function parseOwnMark(value: unknown): OwnMark | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { kind, name } = parsed as { kind?: unknown; name?: unknown };
    return typeof kind === 'string' && kinds.includes(kind) && typeof name === 'string' ? { kind: kind as TableKind, name } : null;
  } catch {
    return null;
  }
}

export function ownMarkValue(mark: OwnMark): string {
  return JSON.stringify({ kind: mark.kind, name: mark.name });
}

export interface Inventory {
  readonly sheets: SheetInfo[];
  /** `_CsClose_<kind>` workbook names present now (to be replaced when writing). */
  readonly markerNames: ReadonlySet<string>;
}

/** The sheet a reference like `='计分表(2)'!$A$1` points at; null for anything that names no sheet. */
export function sheetOfReference(formula: unknown): string | null {
  return typeof formula === 'string' && formula.lastIndexOf('!') > (formula.startsWith('=') ? 1 : 0) ? sheetOfText(formula) : null;
}

/** Kind by sheet name (lower case, as Excel compares), from the command line's workbook names. */
function markedByName(items: readonly { name: string; formula: unknown }[]): Map<string, TableKind> {
  const bySheet = new Map<string, TableKind>();
  for (const item of items) {
    const kind = item.name.startsWith(markerPrefix) ? item.name.slice(markerPrefix.length) : '';
    const sheet = sheetOfReference(item.formula);
    if (kinds.includes(kind) && sheet) bySheet.set(sheet.toLowerCase(), kind as TableKind);
  }
  return bySheet;
}

/**
 * Every sheet with its name, visibility and mark, in two round trips whatever the workbook's size:
 * the sheet and workbook names first, then every sheet's mark in one batch.
 */
export async function loadInventory(context: HostContext): Promise<Inventory> {
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load('items/name,items/visibility');
  names.load('items/name,items/formula');
  await context.sync();
  const byName = markedByName(names.items);
  const marks = worksheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(ownMarkKey);
    mark.load('value');
    // An own sheet rewritten in place loses its old charts (clearing cells keeps them).
    sheet.charts.load('items/name');
    return mark;
  });
  await context.sync();
  const sheets = worksheets.items.map((sheet, i): SheetInfo => {
    const mark = marks[i];
    const kind = byName.get(sheet.name.toLowerCase());
    const own = (mark && !mark.isNullObject ? parseOwnMark(mark.value) : null) ?? (kind ? { kind, name: ownSheetNames[kind] } : null);
    return { sheet, name: sheet.name, visibility: sheet.visibility, own };
  });
  return { sheets, markerNames: new Set(names.items.map((n) => n.name).filter((n) => n.startsWith(markerPrefix))) };
}

/** The charts we drew on a sheet of ours (named CsClose_<n>): a re-close deletes them; a user's own chart stays. */
export function ourCharts(info: SheetInfo | null): HostChart[] {
  return info?.own ? info.sheet.charts.items.filter((c) => c.name.startsWith(chartNamePrefix)) : [];
}
