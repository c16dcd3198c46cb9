/**
 * The state of the in-memory Excel (see excel-host.ts): sheets of sparse cells, settings, and how
 * Excel itself treats a written value — a string that starts like a formula becomes a formula
 * unless the cell is formatted as text ('@'), a numeric string becomes a number.
 */
import type { HostHyperlink, HostValue } from '../../src/io/office/host';

export interface CellModel {
  value: string | number | boolean;
  /** Set when Excel turned a written string into a formula (what an injection test looks for). */
  formula?: string;
  numberFormat: string;
  fill?: string;
  bold?: boolean;
  fontSize?: number;
  hyperlink?: HostHyperlink;
}

export interface ChartModel {
  name: string;
  legend: boolean;
  type: string;
  /** A1 addresses of the data, the category axis and the top-left cell. */
  source: string;
  seriesBy: string | undefined;
  title: string;
  seriesName: string;
  xAxis: string | null;
  position: string | null;
  end: string | null;
}

/** A merged block, 0-based: its top-left cell holds the value (as src/sheets/types.ts MergedRange). */
export interface MergeModel { row: number; col: number; rows: number; cols: number }

export interface SheetModel {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellModel>;
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  customProperties: Map<string, string>;
  frozenRows: number;
  charts: ChartModel[];
  merges: MergeModel[];
  page: { orientation: string; paperSize: string; zoom: Record<string, number>; titleRows: string | null; breaks: string[] };
}

export interface WorkbookModel {
  sheets: SheetModel[];
  settings: Map<string, string>;
  /** Workbook-level defined names → their formula ('=计分表!$A$1'). */
  names: Map<string, string>;
  activeSheet: string | null;
  selection: { sheet: string; row: number; col: number } | null;
  /**
   * Methods this Excel lacks (an older build than the add-in's office.js): calling one queues fine
   * and fails the sync with ApiNotFound, as Office does. E.g. 'getMergedAreasOrNullObject' (ExcelApi 1.13).
   */
  missingApis: Set<string>;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function newSheet(name: string): SheetModel {
  return { name, visibility: 'Visible', cells: new Map(), hiddenRows: new Set(), columnWidths: new Map(),
    customProperties: new Map(), frozenRows: 0, charts: [], merges: [],
    page: { orientation: 'Portrait', paperSize: 'Letter', zoom: {}, titleRows: null, breaks: [] } };
}

/** Excel's rules for a worksheet name: 1–31 characters, none of \ / ? * [ ] : and not quoted. */
export function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw hostError('InvalidArgument', `bad sheet name ${name}`);
  }
}

export function hostError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

const numeric = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What a cell holds after `value` is written to `values`, as Excel would store it. */
export function storeWritten(cell: CellModel, value: HostValue): void {
  delete cell.formula;
  if (value === null) return; // null leaves the cell as it was (Office.js semantics)
  if (typeof value !== 'string' || cell.numberFormat === '@') {
    cell.value = value;
    return;
  }
  const trimmed = value.trim();
  if (trimmed !== '' && numeric.test(trimmed)) cell.value = Number(trimmed);
  else if (/^(TRUE|FALSE)$/i.test(trimmed)) cell.value = trimmed.toUpperCase() === 'TRUE';
  else if (/^[=@]./.test(value) || /^[+-]./.test(value)) {
    cell.formula = value.startsWith('=') ? value : `=${value.replace(/^@/, '')}`;
    cell.value = '';
  } else cell.value = value;
}

/** Bounding box of cells that hold a value (valuesOnly) or anything at all, merged blocks included (a merge is formatting). */
export function usedBox(sheet: SheetModel, valuesOnly: boolean):
  { row: number; col: number; rows: number; cols: number } | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const take = (r: number, c: number): void => {
    top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
  };
  for (const [key, cell] of sheet.cells) {
    const blank = cell.value === '' && cell.formula === undefined;
    if (valuesOnly && blank) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    take(r, c);
  }
  if (!valuesOnly) for (const m of sheet.merges) { take(m.row, m.col); take(m.row + m.rows - 1, m.col + m.cols - 1); }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Values from A1 to the used extent, blanks as null: what a reader would see. */
export function sheetGrid(sheet: SheetModel): HostValue[][] {
  const box = usedBox(sheet, true);
  if (!box) return [];
  const rows: HostValue[][] = [];
  for (let r = 0; r < box.row + box.rows; r++) {
    const row: HostValue[] = [];
    for (let c = 0; c < box.col + box.cols; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      row.push(cell === undefined || cell.value === '' ? null : cell.value);
    }
    rows.push(row);
  }
  return rows;
}
