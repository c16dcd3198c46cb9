/**
 * The output sheets as plain data, shared by the file adapter (src/io/xlsx) and the Office adapter
 * (src/io/office) so that the command line and the add-in write the same sheets.
 */
import type { CellValue } from '../engine/cells';
import type { CellRef } from '../engine/result';

export type TableKind = 'scorecard' | 'commission' | 'fines' | 'ledger' | 'policy' | 'history';

/** A number the adapter formats: yuan '#,##0.00', percent '0.00%', date 'yyyy-mm-dd', points '0.0#'. */
export type NumberFormat = 'yuan' | 'percent' | 'date' | 'points';

/**
 * One cell of an output sheet. A plain string is always written as text (never a formula, even when
 * it starts with '='), a link points back at an input cell, a formatted number keeps its number.
 */
export type ReportCell =
  | CellValue
  | { readonly text: string; readonly link: CellRef }
  | { readonly number: number; readonly format: NumberFormat };

export interface Highlight {
  /** 0-based index into `rows` (the header is row 0). */
  readonly row: number;
  /** amber: a warning to look at; red: a penalty or an action the supervisor must take. */
  readonly tone: 'amber' | 'red';
}

export interface SheetTable {
  readonly name: string;
  readonly kind: TableKind;
  readonly hidden: boolean;
  readonly rows: ReportCell[][];
  readonly highlights: Highlight[];
  /** Widths in Excel character units, one per column. */
  readonly columnWidths?: number[];
  /** Rows at the top that are headers (bold and frozen). */
  readonly headerRows: number;
}

export function isLinkCell(cell: ReportCell): cell is { readonly text: string; readonly link: CellRef } {
  return typeof cell === 'object' && cell !== null && 'link' in cell;
}

export function isNumberCell(cell: ReportCell): cell is { readonly number: number; readonly format: NumberFormat } {
  return typeof cell === 'object' && cell !== null && 'format' in cell;
}
