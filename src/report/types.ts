/**
 * The output sheets as plain data, shared by the file adapter (src/io/xlsx) and the Office adapter
 * (src/io/office) so that the command line and the add-in write the same sheets.
 */
import type { CellValue } from '../engine/cells';
import type { CellRef } from '../engine/result';

export type TableKind = 'scorecard' | 'commission' | 'fines' | 'ledger' | 'policy' | 'history' | 'personalReport' | 'dashboard';

/** A number the adapter formats: yuan '#,##0.00', percent '0.00%', date 'yyyy-mm-dd', points '0.0#'. */
export type NumberFormat = 'yuan' | 'percent' | 'date' | 'points';

/**
 * One cell of an output sheet. A plain string is always written as text (never a formula, even when
 * it starts with '='), a link points back at an input cell, a formatted number keeps its number.
 */
export type ReportCell =
  | CellValue
  | LinkCell
  | NumberCell;

/** A number the adapter formats (see NumberFormat). */
export interface NumberCell { readonly number: number; readonly format: NumberFormat }

/** A cell that shows an input cell's address and links to it. */
export interface LinkCell { readonly text: string; readonly link: CellRef }

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
  /** Page setup for printing; absent: the spreadsheet's defaults. */
  readonly print?: PrintSetup;
  /** Charts the add-in draws over the table (看板). */
  readonly charts?: readonly ChartSpec[];
  /** Title and section rows of a report laid out in blocks (个人月度报告, 看板). */
  readonly emphasis?: readonly Emphasis[];
}

/** How a sheet prints (个人月度报告): A4, one person per page. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Shrink the columns to one page width (pages may still run down). */
  readonly fitToWidth: boolean;
  /** Rows at the top printed again on every page (print titles), counted from row 0. */
  readonly titleRows: number;
  /** 0-based row indices after which a new page starts. */
  readonly breaksAfter: readonly number[];
}

/**
 * A native chart the add-in draws from the table (看板); the xlsx file keeps the table only. One
 * series: values in `valueCol` (its name in `headerRow`), categories in `categoryCol`, rows
 * firstRow…lastRow (0-based, inclusive).
 */
export interface ChartSpec {
  readonly title: string;
  readonly type: 'column' | 'bar' | 'line';
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryCol: number;
  readonly valueCol: number;
  /** Top-left cell where the chart is placed. */
  readonly anchorRow: number;
  readonly anchorCol: number;
}

/** A row set apart: a title (bold, larger) or a section heading (bold, shaded). */
export interface Emphasis {
  readonly row: number;
  readonly style: 'title' | 'section';
}

export function isLinkCell(cell: ReportCell): cell is LinkCell {
  return typeof cell === 'object' && cell !== null && 'link' in cell;
}

export function isNumberCell(cell: ReportCell): cell is NumberCell {
  return typeof cell === 'object' && cell !== null && 'format' in cell;
}
