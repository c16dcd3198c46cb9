/**
 * Test helper: one workbook with a bit of everything a team's workbook holds — dates and clock
 * times, formulas (some filled down, which LibreOffice saves as shared formulas), text with XML
 * specials and CJK, booleans, errors, blanks inside rows, merged names, hidden rows, a hidden sheet.
 * fixtures/libreoffice-kitchen.xlsx is this workbook saved again by LibreOffice
 * (`soffice --headless --convert-to xlsx`), kept so the test needs no LibreOffice.
 */
import ExcelJS from 'exceljs';

export function kitchenWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('考勤');
  sheet.addRow(['姓名', '日期', '上班', '下班', '工时', '备注', '全勤']);
  const names = ['王伟', '李娜', '张 三', "O'Neil & <Co>", '😀 emoji'];
  names.forEach((name, i) => {
    for (let d = 1; d <= 3; d++) {
      const row = sheet.addRow([name, new Date(Date.UTC(2026, 9, d)), (8 * 60 + 5 * i) / 1440, (18 * 60 - d) / 1440, null, d === 2 ? '迟到\n15 分钟' : null, i % 2 === 0]);
      const r = row.number;
      row.getCell(5).value = { formula: `(D${r}-C${r})*24`, result: ((18 * 60 - d) - (8 * 60 + 5 * i)) / 60 };
    }
  });
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(3).numFmt = 'hh:mm';
  sheet.getColumn(4).numFmt = 'hh:mm';
  sheet.addRow(['合计', null, null, null, { formula: 'SUM(E2:E16)', result: 0 }, '=not a formula', null]);
  sheet.addRow(['错误', { formula: 'NA()', result: { error: '#N/A' } }, 1e-7, -12345.678, 2 ** 40, '  前后空格  ', false]);
  sheet.mergeCells('A2:A4');
  sheet.getRow(5).hidden = true;
  sheet.getRow(20).getCell(2).value = 'after a gap';
  const history = book.addWorksheet('月结历史', { state: 'hidden' });
  history.addRow(['月份', '姓名', '得分']);
  history.addRow(['2026-09', '王伟', 98.5]);
  book.addWorksheet('空表');
  return book;
}
