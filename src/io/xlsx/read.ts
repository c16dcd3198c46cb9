/**
 * An .xlsx file → Grid[] (what src/sheets reads): every cell as a CellValue, the way the Office
 * adapter hands cells over, so the readers see the same thing from a file and from Excel.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/cells';
import type { Grid, MergedRange } from '../../sheets/types';
import { installInternalLinks } from './links';

const msPerDay = 86400000;
/** Excel serial of 1970-01-01 (the 1899-12-30 epoch of the 1900 date system). */
const unixEpochSerial = 25569;

/**
 * An ExcelJS date to an Excel serial. ExcelJS builds dates as UTC from the serial, so the inverse is
 * exact and free of the machine's time zone; a time-only cell comes back as its fraction of a day.
 * @example serialOfDate(new Date(Date.UTC(2026, 9, 1))) === 46296; a cell holding 08:05 → 0.3368…
 */
export function serialOfDate(date: Date): number {
  return date.getTime() / msPerDay + unixEpochSerial;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * One ExcelJS cell value to a CellValue: formulas give their cached result, rich text its plain
 * text, errors their text ('#N/A'), hyperlinks their text.
 * @example cellValueOf({ formula: 'A1*2', result: 4 }) === 4; cellValueOf({ error: '#N/A' }) === '#N/A'
 */
export function cellValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOfDate(value);
  if (!isRecord(value)) return null;
  if ('formula' in value || 'sharedFormula' in value) return cellValueOf(value['result']);
  if (Array.isArray(value['richText'])) {
    return value['richText'].map((run: unknown) => (isRecord(run) && typeof run['text'] === 'string' ? run['text'] : '')).join('');
  }
  if (typeof value['error'] === 'string') return value['error'];
  if ('hyperlink' in value) return cellValueOf(value['text']);
  return null;
}

/** A worksheet as a Grid: row i of the grid is sheet row i + 1; merged cells hold their value only top-left. */
export function gridOfWorksheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const isMergedTail = cell.isMerged && cell.master.address !== cell.address;
      cells.push(isMergedTail ? null : cellValueOf(cell.value));
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  const merges = mergesOf(sheet);
  return { name: sheet.name, rows, ...(hiddenRows.length > 0 ? { hiddenRows } : {}), ...(merges.length > 0 ? { merges } : {}) };
}

/** The sheet's merged blocks, 0-based ('A2:A29' → { row: 1, col: 0, rows: 28, cols: 1 }). */
function mergesOf(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges = (sheet.model as { merges?: readonly string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const [from, to] = range.split(':').map((address) => /^\$?([A-Z]+)\$?(\d+)$/.exec(address ?? ''));
    if (!from || !to) return [];
    const col = columnIndex(from[1] ?? 'A');
    const row = Number(from[2]) - 1;
    return [{ row, col, rows: Number(to[2]) - row, cols: columnIndex(to[1] ?? 'A') - col + 1 }];
  });
}

/** 'A' → 0, 'AB' → 27. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads a workbook file: its sheets as grids (hidden sheets too: the 月结历史 history is one), the
 * ExcelJS workbook for callers that need more, and the file's bytes (the output is spliced from them).
 */
export async function readWorkbookFile(path: string): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook; bytes: Buffer }> {
  installInternalLinks();
  const bytes = await fs.readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const grids = workbook.worksheets.map(gridOfWorksheet);
  return { grids, workbook, bytes };
}
