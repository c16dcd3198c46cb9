/**
 * The workbook's sheets and which of them the add-in wrote. An own sheet carries a worksheet custom
 * property (ExcelApi 1.12) naming its table kind and canonical name, so it is recognised even when
 * it had to be written as 计分表(2) beside a user's sheet, and a user's sheet is never taken for ours.
 */
import type { TableKind } from '../../report/types';
import type { HostContext, HostWorksheet } from './host';

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

const kinds: readonly string[] = ['scorecard', 'commission', 'fines', 'ledger', 'policy', 'history'];

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

/**
 * Every sheet with its name, visibility and mark, in two round trips whatever the workbook's size:
 * the names first, then every sheet's mark in one batch.
 */
export async function loadInventory(context: HostContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(ownMarkKey);
    mark.load('value');
    return mark;
  });
  await context.sync();
  return worksheets.items.map((sheet, i) => {
    const mark = marks[i];
    return { sheet, name: sheet.name, visibility: sheet.visibility,
      own: mark && !mark.isNullObject ? parseOwnMark(mark.value) : null };
  });
}
