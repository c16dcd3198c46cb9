import ExcelJS from 'exceljs';
import { installFastStyles } from '../../../src/io/xlsx/styles';

describe('fast style registration (ExcelJS write patch)', () => {
  it('gives style objects of the same content one id, and different content different ids', () => {
    installFastStyles();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new (init: boolean) => { addStyleModel(model: object, cellType?: number): number };
    const styles = new StylesXform(true);
    const number = ExcelJS.ValueType.Number;
    const empty = [styles.addStyleModel({}, number), styles.addStyleModel({}, number)];
    expect(empty[0]).toBe(empty[1]);
    const dated = styles.addStyleModel({}, ExcelJS.ValueType.Date);
    expect(dated).not.toBe(empty[0]);
    const bold = [styles.addStyleModel({ font: { bold: true } }, number), styles.addStyleModel({ font: { bold: true } }, number)];
    expect(bold[0]).toBe(bold[1]);
    expect(bold[0]).not.toBe(empty[0]);
    expect(styles.addStyleModel({ numFmt: '0.00' }, number)).not.toBe(bold[0]);
  });

  it('a written and re-read workbook keeps each cell\'s format', async () => {
    installFastStyles();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('考勤');
    sheet.getCell('A1').value = 46296;
    sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    sheet.getCell('B1').value = 0.35;
    sheet.getCell('B1').numFmt = 'hh:mm';
    sheet.getCell('C1').value = 'plain';
    sheet.getCell('D1').value = 12.5;
    sheet.getCell('D1').font = { bold: true };
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    const cells = back.getWorksheet('考勤')!;
    expect([cells.getCell('A1').numFmt, cells.getCell('B1').numFmt, cells.getCell('D1').font?.bold]).toEqual(['yyyy-mm-dd', 'hh:mm', true]);
    expect(cells.getCell('C1').numFmt).toBeUndefined();
  });
});
