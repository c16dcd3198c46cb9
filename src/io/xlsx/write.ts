/**
 * SheetTable[] → a new .xlsx file beside the input: the input workbook's parts copied as they are
 * (its sheets byte for byte, with their charts, pivot tables and slicers), plus the output tables,
 * written by our own package writer (src/io/package). Written to a temp file and renamed, so a
 * failure never leaves half a file. The naming rules (markers, 计分表(2) beside a user's own sheet,
 * adopt, keepUserSheet) are spliceCloseWorkbook's.
 */
import { promises as fs } from 'fs';
import { dirname, join, basename } from 'path';
import type ExcelJS from 'exceljs';
import { columnLetters, type CellRef } from '../../engine/result';
import type { SheetTable, TableKind } from '../../report/types';
import { markerPrefix, spliceCloseWorkbook, type WriteOptions } from '../package/splice';
import { markedSheetsOf } from '../package/xml';

export { markerPrefix, type WriteOptions } from '../package/splice';
export { numberFormats } from '../package/sheet';

/** `#'考勤'!C14`: the sheet always quoted (quotes doubled), as Excel writes in-workbook links. */
export function internalTarget(ref: CellRef): string {
  return `#'${ref.sheet.replace(/'/g, "''")}'!${columnLetters(ref.col)}${ref.row + 1}`;
}

/** Which sheets the add-in wrote, by kind, from the `_CsClose_<kind>` defined names of a workbook ExcelJS read. */
export function ownSheetsOf(workbook: ExcelJS.Workbook): Partial<Record<TableKind, string>> {
  const names = workbook.definedNames.model.flatMap(({ name, ranges }) => (ranges[0] === undefined ? [] : [{ name, reference: ranges[0] }]));
  return markedSheetsOf(names, (sheet) => workbook.getWorksheet(sheet) !== undefined, markerPrefix);
}

/**
 * Writes `outPath`: the input workbook (its path, or its bytes as read) plus `tables`. Returns the
 * sheet name each table went under (计分表, or 计分表(2) beside a user's own 计分表); a kind left out
 * was not written.
 * @example await writeCloseWorkbook('客服部.xlsx', tables, '客服部-月结-2026-10.xlsx', { adopt: ['history'] })
 *   → { scorecard: '计分表', commission: '提成表', …, history: '月结历史' }
 */
export async function writeCloseWorkbook(input: string | Uint8Array, tables: readonly SheetTable[], outPath: string,
  options: WriteOptions = {}): Promise<Record<string, string>> {
  const bytes = typeof input === 'string' ? await fs.readFile(input) : input;
  const { bytes: out, placed } = await spliceCloseWorkbook(bytes, tables, options);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, out);
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return placed;
}
