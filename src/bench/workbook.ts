/** Writes synthetic grids to an .xlsx file (dates and times as numbers with a format, as Excel keeps them). */
import ExcelJS from 'exceljs';
import type { Grid } from '../sheets';

/** The date columns of the synthetic sheets get a date format so the file looks like a real export. */
const dateHeaders = new Set(['日期']);
const timeHeaders = new Set(['上班打卡', '下班打卡']);

export async function writeGridsFile(grids: readonly Grid[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    const header = grid.rows.find((row) => row.some((v) => v === '姓名' || v === '日期' || v === '订单号')) ?? [];
    header.forEach((title, c) => {
      if (typeof title !== 'string') return;
      if (dateHeaders.has(title)) sheet.getColumn(c + 1).numFmt = 'yyyy-mm-dd';
      if (timeHeaders.has(title)) sheet.getColumn(c + 1).numFmt = 'hh:mm';
    });
    for (const row of grid.rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  await workbook.xlsx.writeFile(path);
}
