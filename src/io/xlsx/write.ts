/**
 * SheetTable[] → a new .xlsx file beside the input: every input sheet copied unchanged, plus the
 * output tables (bold frozen header, column widths, amber/red highlighted rows, internal links,
 * the history sheet hidden). Written to a temp file and renamed, so a failure never leaves half a file.
 *
 * Own sheets are marked with a workbook-level defined name `_CsClose_<kind>` (e.g. `_CsClose_scorecard`)
 * pointing at A1 of the sheet. A defined name follows the sheet when a user renames it in Excel, and
 * the Office adapter can read and write the same names (workbook.names). A sheet with an output name
 * but no marker is the user's: ours goes beside it as 计分表(2), (3) …; a marked sheet is replaced.
 */
import { promises as fs } from 'fs';
import { dirname, join, basename } from 'path';
import ExcelJS from 'exceljs';
import { columnLetters, type CellRef } from '../../engine/result';
import { isLinkCell, isNumberCell, type NumberFormat, type ReportCell, type SheetTable, type TableKind } from '../../report/types';
import { installInternalLinks } from './links';
import { installFastStyles } from './styles';
import { applyPrintAndEmphasis } from './print';

export const markerPrefix = '_CsClose_';
export const fills = { amber: 'FFFFE699', red: 'FFFF9999' } as const;
export const numberFormats: Record<NumberFormat, string> = {
  yuan: '#,##0.00', percent: '0.00%', date: 'yyyy-mm-dd', points: '0.0#',
};

/** `#'考勤'!C14`: the sheet always quoted (quotes doubled), as Excel writes in-workbook links. */
export function internalTarget(ref: CellRef): string {
  return `#'${ref.sheet.replace(/'/g, "''")}'!${columnLetters(ref.col)}${ref.row + 1}`;
}

function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Which sheets the add-in wrote, by kind, from the `_CsClose_<kind>` defined names. */
export function ownSheetsOf(workbook: ExcelJS.Workbook): Partial<Record<TableKind, string>> {
  const own: Partial<Record<TableKind, string>> = {};
  for (const { name, ranges } of workbook.definedNames.model) {
    const range = ranges[0];
    if (!name.startsWith(markerPrefix) || range === undefined) continue;
    const sheet = sheetOfRange(range);
    if (workbook.getWorksheet(sheet)) own[name.slice(markerPrefix.length) as TableKind] = sheet;
  }
  return own;
}

function writeCell(cell: ExcelJS.Cell, value: ReportCell): void {
  if (value === null) return;
  if (isLinkCell(value)) {
    cell.value = { text: value.text, hyperlink: internalTarget(value.link) };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  } else if (isNumberCell(value)) {
    cell.value = value.number;
    cell.numFmt = numberFormats[value.format];
  } else {
    // Strings stay strings: ExcelJS only makes a formula from a {formula} object, never from '=…' text.
    cell.value = value;
    // '@' keeps it text when the supervisor edits it too (Excel would turn '007' into 7), as the Office adapter does.
    if (typeof value === 'string') cell.numFmt = '@';
  }
}

function fillSheet(sheet: ExcelJS.Worksheet, table: SheetTable): void {
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => writeCell(row.getCell(c + 1), value));
    if (r < table.headerRows) row.font = { bold: true };
  });
  const width = Math.max(0, ...table.rows.map((cells) => cells.length));
  for (const { row, tone } of table.highlights) {
    for (let c = 1; c <= width; c++) {
      sheet.getRow(row + 1).getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[tone] } };
    }
  }
  (table.columnWidths ?? []).forEach((w, c) => { sheet.getColumn(c + 1).width = w; });
  // Statements and dashboard: page setup, page breaks, title and section rows (charts are the add-in's).
  applyPrintAndEmphasis(sheet, table);
}

/** Excel caps a sheet name at 31 characters and compares names without case. */
const maxSheetName = 31;

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

function freeName(workbook: ExcelJS.Workbook, name: string): string {
  if (!sheetNamed(workbook, name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = name.slice(0, maxSheetName - suffix.length) + suffix;
    if (!sheetNamed(workbook, candidate)) return candidate;
  }
}

/** Adds (or replaces) one output table; returns the sheet name it went under. */
function placeTable(workbook: ExcelJS.Workbook, table: SheetTable, own: Partial<Record<TableKind, string>>): string {
  const marker = `${markerPrefix}${table.kind}`;
  const previous = own[table.kind];
  const old = previous === undefined ? undefined : sheetNamed(workbook, previous);
  if (old) workbook.removeWorksheet(old.id);
  removeName(workbook, marker);
  const name = freeName(workbook, table.name);
  const sheet = workbook.addWorksheet(name, {
    state: table.hidden ? 'hidden' : 'visible',
    views: table.headerRows > 0 ? [{ state: 'frozen', ySplit: table.headerRows }] : [],
  });
  fillSheet(sheet, table);
  workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, marker);
  return name;
}

function removeName(workbook: ExcelJS.Workbook, marker: string): void {
  for (const range of workbook.definedNames.getRanges(marker).ranges) workbook.definedNames.remove(range, marker);
}

export interface WriteOptions {
  /**
   * Kinds whose unmarked sheet under the exact output name the close has just read as its input
   * (月结历史: every record in it is in the new history), so it is replaced rather than kept beside.
   */
  readonly adopt?: readonly TableKind[];
  /** Kinds not written when the user keeps an unmarked sheet of that name (制度参数: theirs is the policy). */
  readonly keepUserSheet?: readonly TableKind[];
}

/**
 * Writes `outPath`: the input workbook's sheets (from a path, or an ExcelJS workbook as read) unchanged plus `tables`. Returns the sheet name each
 * table went under (计分表, or 计分表(2) beside a user's own 计分表); a kind left out was not written.
 * @example await writeCloseWorkbook('客服部.xlsx', tables, '客服部-月结-2026-10.xlsx', { adopt: ['history'] })
 *   → { scorecard: '计分表', commission: '提成表', …, history: '月结历史' }
 */
export async function writeCloseWorkbook(input: string | ExcelJS.Workbook, tables: readonly SheetTable[], outPath: string,
  options: WriteOptions = {}): Promise<Record<string, string>> {
  installInternalLinks();
  installFastStyles();
  // The command line passes the workbook it has already read (reading a 300,000-row file twice
  // doubled its time); reading only turned cells into grids, so the sheets are as in the file.
  const workbook = typeof input === 'string' ? new ExcelJS.Workbook() : input;
  if (typeof input === 'string') await workbook.xlsx.readFile(input);
  const own = ownSheetsOf(workbook);
  const placed: Record<string, string> = {};
  for (const table of tables) {
    const user = own[table.kind] === undefined ? sheetNamed(workbook, table.name) : undefined;
    if (user && options.keepUserSheet?.includes(table.kind)) continue;
    if (user && options.adopt?.includes(table.kind)) own[table.kind] = user.name;
    placed[table.kind] = placeTable(workbook, table, own);
  }
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    // Deflate level 1: a third of the write's time went to level 6 for a file a few % smaller.
    await workbook.xlsx.writeFile(temp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return placed;
}
