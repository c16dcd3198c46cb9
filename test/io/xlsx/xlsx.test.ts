import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cellValueOf, readWorkbookFile, serialOfDate, writeCloseWorkbook, ownSheetsOf, internalTarget, installInternalLinks } from '../../../src/io/xlsx';
import type { SheetTable } from '../../../src/report/types';

const dir = mkdtempSync(join(tmpdir(), 'cs-xlsx-'));
// Input files then carry in-workbook links as Excel writes them: a location and no relationship.
installInternalLinks();

/** An input workbook with the awkward cell kinds a team's sheets hold. */
async function makeInput(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const att = wb.addWorksheet('考勤');
  att.getCell('A1').value = '姓名';
  att.getCell('B1').value = '日期';
  att.getCell('C1').value = '上班';
  att.getCell('A2').value = '张三';
  att.getCell('B2').value = new Date(Date.UTC(2026, 9, 3));
  att.getCell('B2').numFmt = 'yyyy/m/d';
  att.getCell('C2').value = new Date(Date.UTC(1899, 11, 30, 8, 5));
  att.getCell('C2').numFmt = 'hh:mm';
  att.getCell('D2').value = { formula: '1+1', result: 2 };
  att.getCell('E2').value = { richText: [{ text: '迟' }, { font: { bold: true }, text: '到' }] };
  att.getCell('F2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  att.getCell('G2').value = { text: '链接', hyperlink: 'https://example.com/' };
  att.getCell('A3').value = '合计';
  att.getRow(3).hidden = true;
  att.getCell('A4').value = '合并';
  att.mergeCells('A4:C4');
  att.getCell('A5').value = '=SUM(1)';
  att.getCell('A5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  att.getCell('B5').value = 1234.5;
  att.getCell('B5').numFmt = '0.00';
  att.getColumn(1).width = 18;
  att.getCell('D5').note = '主管备注';
  att.getCell('C5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"早班,晚班"'] };
  att.views = [{ state: 'frozen', ySplit: 1 }];
  att.properties.tabColor = { argb: 'FFFF0000' };
  wb.definedNames.add("'考勤'!$A$2", '员工名单');
  const hiddenSheet = wb.addWorksheet('备用', { state: 'hidden' });
  hiddenSheet.getCell('B2').value = { text: '跳到考勤', hyperlink: "#'考勤'!A1" };
  const user = wb.addWorksheet('计分表');
  user.getCell('A1').value = '我自己的计分表';
  await wb.xlsx.writeFile(path);
}

const link = { sheet: '考勤', row: 1, col: 2 };
const tables: SheetTable[] = [
  {
    name: '计分表', kind: 'scorecard', hidden: false, headerRows: 1, columnWidths: [12, 10, 10],
    rows: [['姓名 Name', '得分 Score', '来源 Source'], ['=王五', { number: 1, format: 'points' }, { text: '考勤!C2', link }],
      ['+李四', { number: 228.46, format: 'yuan' }, '@x'], ['-1', null, '=HYPERLINK("http://x")']],
    highlights: [{ row: 1, tone: 'red' }, { row: 2, tone: 'amber' }],
  },
  { name: '月结历史', kind: 'history', hidden: true, headerRows: 1, rows: [['month'], ['2026-10']], highlights: [] },
];

describe('cellValueOf', () => {
  it('turns each ExcelJS value kind into a CellValue', () => {
    expect(cellValueOf({ formula: 'A1', result: 4 })).toBe(4);
    expect(cellValueOf({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellValueOf({ formula: 'A1' })).toBeNull();
    expect(cellValueOf({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellValueOf({ error: '#N/A' })).toBe('#N/A');
    expect(cellValueOf({ text: 't', hyperlink: 'http://x' })).toBe('t');
    expect(cellValueOf(undefined)).toBeNull();
  });
  it('dates are UTC serials: 2026-10-01 is 46296, 08:05 is 485/1440', () => {
    expect(serialOfDate(new Date(Date.UTC(2026, 9, 1)))).toBe(46296);
    expect(serialOfDate(new Date(Date.UTC(1899, 11, 30, 8, 5))) * 1440).toBeCloseTo(485, 6);
  });
});

describe('readWorkbookFile', () => {
  it('reads dates, times, formulas, rich text, errors, links, hidden rows and merges', async () => {
    const input = join(dir, 'read.xlsx');
    await makeInput(input);
    const { grids } = await readWorkbookFile(input);
    const att = grids.find((g) => g.name === '考勤')!;
    const row = att.rows[1]!;
    expect(row[0]).toBe('张三');
    expect(row[1]).toBe(46298);
    expect((row[2] as number) * 1440).toBeCloseTo(485, 6);
    expect(row.slice(3)).toEqual([2, '迟到', '#N/A', '链接']);
    expect(att.hiddenRows).toEqual([2]);
    expect(att.rows[3]).toEqual(['合并']);
    expect(att.rows[4]).toEqual(['=SUM(1)', 1234.5]);
  });
});

describe('writeCloseWorkbook', () => {
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'out.xlsx');
  let result: ExcelJS.Workbook;
  let placed: Record<string, string>;
  beforeAll(async () => {
    await makeInput(input);
    placed = await writeCloseWorkbook(input, tables, out);
    result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
  });

  it('copies every input sheet cell for cell, values and formats', async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    for (const sheet of original.worksheets) {
      const copy = result.getWorksheet(sheet.name)!;
      expect(copy).toBeDefined();
      expect(copy.rowCount).toBe(sheet.rowCount);
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        expect(copy.getRow(r).hidden).toBe(row.hidden);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = copy.getRow(r).getCell(c);
          expect([cell.address, other.value]).toEqual([cell.address, cell.value]);
          expect(other.style).toEqual(cell.style);
          expect(other.note).toEqual(cell.note);
          expect(other.dataValidation).toEqual(cell.dataValidation);
        });
      });
      expect(copy.state).toBe(sheet.state);
      expect(copy.views).toEqual(sheet.views);
      expect(copy.properties.tabColor).toEqual(sheet.properties.tabColor);
      expect(copy.model.merges).toEqual(sheet.model.merges);
      expect(copy.columns?.map((c) => c.width)).toEqual(sheet.columns?.map((c) => c.width));
    }
    expect(result.definedNames.getRanges('员工名单').ranges).toEqual(original.definedNames.getRanges('员工名单').ranges);
  });

  it('keeps a user’s in-workbook link (location only, as Excel writes it; plain ExcelJS drops it)', () => {
    expect(result.getWorksheet('备用')!.getCell('B2').value).toEqual({ text: '跳到考勤', hyperlink: "#'考勤'!A1" });
  });

  it('never overwrites a user’s own 计分表: ours goes beside it as 计分表(2)', () => {
    expect(placed).toEqual({ scorecard: '计分表(2)', history: '月结历史' });
    expect(result.getWorksheet('计分表')!.getCell('A1').value).toBe('我自己的计分表');
    expect(ownSheetsOf(result)).toEqual({ scorecard: '计分表(2)', history: '月结历史' });
  });

  it('keeps text that starts with = + @ as text, not formulas', () => {
    const sheet = result.getWorksheet('计分表(2)')!;
    expect(sheet.getCell('A2').value).toBe('=王五');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBe('+李四');
    expect(sheet.getCell('C3').value).toBe('@x');
    expect(sheet.getCell('A4').value).toBe('-1');
    expect(sheet.getCell('C4').value).toBe('=HYPERLINK("http://x")');
    for (const address of ['A2', 'A3', 'C3', 'A4', 'C4']) expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
  });

  it('formats numbers, bolds and freezes the header, fills highlighted rows, sets widths', () => {
    const sheet = result.getWorksheet('计分表(2)')!;
    expect(sheet.getCell('B3').value).toBe(228.46);
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C2').fill).toMatchObject({ fgColor: { argb: 'FFFF9999' } });
    expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFE699' } });
    expect(sheet.getColumn(1).width).toBe(12);
  });

  it('writes links back to the input cell as in-workbook hyperlinks', () => {
    expect(internalTarget(link)).toBe("#'考勤'!C2");
    expect(internalTarget({ sheet: "Bob's", row: 0, col: 0 })).toBe("#'Bob''s'!A1");
    expect(result.getWorksheet('计分表(2)')!.getCell('C2').value).toEqual({ text: '考勤!C2', hyperlink: "#'考勤'!C2" });
  });

  it('hides the history sheet', () => {
    expect(result.getWorksheet('月结历史')!.state).toBe('hidden');
  });

  it('a re-close replaces its own sheets and leaves no temp file', async () => {
    const again = join(dir, 'again.xlsx');
    const changed: SheetTable[] = [{ ...tables[0]!, rows: [['new']], highlights: [] }, tables[1]!];
    const placedAgain = await writeCloseWorkbook(out, changed, again);
    expect(placedAgain).toEqual({ scorecard: '计分表(2)', history: '月结历史' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((s) => s.name).sort()).toEqual(['备用', '月结历史', '考勤', '计分表', '计分表(2)'].sort());
    expect(wb.getWorksheet('计分表(2)')!.getCell('A1').value).toBe('new');
    expect(wb.getWorksheet('计分表(2)')!.getCell('A2').value).toBeNull();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves nothing behind when the write fails', async () => {
    await expect(writeCloseWorkbook(input, tables, join(dir, 'no-such-dir', 'x.xlsx'))).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('adopts an unmarked 月结历史 the close read, keeps a user’s 制度参数, and names without case', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('考勤').getCell('A1').value = 'x';
    const oldHistory = wb.addWorksheet('月结历史', { state: 'hidden' });
    oldHistory.getCell('A1').value = 'old';
    wb.addWorksheet('制度参数').getCell('A1').value = '我们的制度';
    wb.addWorksheet('MINGXI').getCell('A1').value = 'user';
    const path = join(dir, 'adopt.xlsx');
    await wb.xlsx.writeFile(path);
    const policy: SheetTable = { name: '制度参数', kind: 'policy', hidden: false, headerRows: 1, rows: [['编号']], highlights: [] };
    const ledger: SheetTable = { name: 'mingxi', kind: 'ledger', hidden: false, headerRows: 1, rows: [['date']], highlights: [] };
    const placed = await writeCloseWorkbook(path, [tables[1]!, policy, ledger], join(dir, 'adopted.xlsx'),
      { adopt: ['history'], keepUserSheet: ['policy'] });
    expect(placed).toEqual({ history: '月结历史', ledger: 'mingxi(2)' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, 'adopted.xlsx'));
    expect(back.getWorksheet('月结历史')!.getCell('A2').value).toBe('2026-10');
    expect(back.getWorksheet('月结历史')!.state).toBe('hidden');
    expect(back.getWorksheet('制度参数')!.getCell('A1').value).toBe('我们的制度');
    expect(back.worksheets).toHaveLength(5);
  });
});
