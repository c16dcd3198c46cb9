/**
 * Page setup and emphasis of an output sheet in the xlsx file: A4, fit to one page wide, print
 * titles repeated on every page and a manual page break after each person (个人月度报告); title and
 * section rows set apart (bold; sections shaded) so a printed statement reads as a form.
 */
import type ExcelJS from 'exceljs';
import type { SheetTable } from '../../report/types';

/** ExcelJS paper size 9 is A4. */
const a4 = 9;
export const sectionFill = 'FFD9E1F2';

/**
 * Applies `table.print` and `table.emphasis`; a table without them is left as it was.
 * @example a statements table with breaksAfter [23] → row 24 carries a page break, printTitlesRow '1:1'
 */
export function applyPrintAndEmphasis(sheet: ExcelJS.Worksheet, table: SheetTable): void {
  const width = Math.max(1, ...table.rows.map((cells) => cells.length), table.columnWidths?.length ?? 0);
  for (const { row, style } of table.emphasis ?? []) {
    const xlRow = sheet.getRow(row + 1);
    xlRow.font = style === 'title' ? { bold: true, size: 14 } : { bold: true };
    if (style === 'section') {
      for (let c = 1; c <= width; c++) xlRow.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: sectionFill } };
    }
  }
  const print = table.print;
  if (!print) return;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: a4, orientation: print.orientation,
    // Fit to one page wide, as many pages tall as needed; the manual breaks decide where pages end.
    fitToPage: print.fitToWidth, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
  for (const after of print.breaksAfter) sheet.getRow(after + 1).addPageBreak();
}
