/**
 * sheetXml and buildSheetsPackage: each look of an output sheet, read back with ExcelJS (as a
 * spreadsheet would) and, where ExcelJS does not read a feature, from the sheet's XML.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSheetsPackage, sheetXml, SharedStrings, StyleRegistry } from '../../../src/io/package';
import { installInternalLinks } from '../../../src/io/xlsx';
import type { SheetTable } from '../../../src/report/types';

// ExcelJS drops location-only links on read unless patched (the reader's patch).
installInternalLinks();

const link = { sheet: "Bob's 考勤", row: 13, col: 2 };
const scorecard: SheetTable = {
  name: '计分表', kind: 'scorecard', hidden: false, headerRows: 1, columnWidths: [12, 10, 10, 30],
  rows: [
    ['姓名 Name', '得分 Score', '来源 Source', '备注'],
    ['=王五', { number: 1.5, format: 'points' }, { text: '考勤!C14', link }, true],
    ['+李四', { number: 228.46, format: 'yuan' }, { number: 0.125, format: 'percent' }, { number: 46296, format: 'date' }],
    ['-1', 7, '=HYPERLINK("http://x","y")', 'a<b>&"c"\u0001\u0008 _x0041_ 𠀀'],
    [null, null, '@SUM(A1)', ' 前后空格 '],
  ],
  highlights: [{ row: 2, tone: 'amber' }, { row: 3, tone: 'red' }, { row: 3, tone: 'amber' }],
};
const report: SheetTable = {
  name: '个人月度报告', kind: 'personalReport', hidden: false, headerRows: 0, columnWidths: [14, 22],
  rows: [['个人月度报告 2026-10'], ['基本信息'], ['张三', 3000], [], ['基本信息'], ['李四', 2000]],
  highlights: [{ row: 1, tone: 'amber' }],
  emphasis: [{ row: 0, style: 'title' }, { row: 1, style: 'section' }, { row: 4, style: 'section' }],
  print: { orientation: 'landscape', fitToWidth: true, titleRows: 1, breaksAfter: [2, 5] },
};
const history: SheetTable = { name: '月结历史', kind: 'history', hidden: true, headerRows: 1, rows: [['month'], ['2026-10']], highlights: [] };

let book: ExcelJS.Workbook;
let zip: JSZip;
beforeAll(async () => {
  const bytes = await buildSheetsPackage([{ table: history, name: '月结历史' }, { table: scorecard, name: "Bob's 计分表" }, { table: report, name: '个人月度报告' }]);
  zip = await JSZip.loadAsync(bytes);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof book.xlsx.load>[0]);
});
const sheet = (name: string): ExcelJS.Worksheet => book.getWorksheet(name)!;
const partXml = (n: number): Promise<string> => zip.file(`xl/worksheets/sheet${n}.xml`)!.async('string');

describe('buildSheetsPackage', () => {
  it('holds exactly the sheets, in order, under the given names; hidden ones hidden', () => {
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([['月结历史', 'hidden'], ["Bob's 计分表", 'visible'], ['个人月度报告', 'visible']]);
  });
  it('opens on the first visible sheet', async () => {
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<workbookView activeTab="1"/>');
  });
  it('is DEFLATE level 9 unless told: level 1 is larger', async () => {
    const big: SheetTable = { ...scorecard, rows: Array.from({ length: 2000 }, (_, i) => [`张三${i % 50}`, { number: i, format: 'yuan' }, `行 ${i}`]) };
    const [nine, one] = await Promise.all([buildSheetsPackage([{ table: big, name: 'x' }]), buildSheetsPackage([{ table: big, name: 'x' }], { level: 1 })]);
    expect(nine.length).toBeLessThan(one.length);
  });
});

describe('sheetXml values', () => {
  it('strings are text cells in the text format, including formula-like text', () => {
    const s = sheet("Bob's 计分表");
    for (const [address, text] of [['A2', '=王五'], ['A3', '+李四'], ['A4', '-1'], ['C4', '=HYPERLINK("http://x","y")'], ['C5', '@SUM(A1)']] as const) {
      expect([address, s.getCell(address).value, s.getCell(address).type]).toEqual([address, text, ExcelJS.ValueType.String]);
      expect(s.getCell(address).numFmt).toBe('@');
    }
  });
  it('numbers keep their format: yuan, percent, date, points; plain numbers and booleans stay General', () => {
    const s = sheet("Bob's 计分表");
    expect([s.getCell('B2').value, s.getCell('B2').numFmt]).toEqual([1.5, '0.0#']);
    expect([s.getCell('B3').value, s.getCell('B3').numFmt]).toEqual([228.46, '#,##0.00']);
    expect([s.getCell('C3').value, s.getCell('C3').numFmt]).toEqual([0.125, '0.00%']);
    expect(s.getCell('D3').numFmt).toBe('yyyy-mm-dd');
    expect([s.getCell('B4').value, s.getCell('B4').numFmt]).toEqual([7, undefined]);
    expect(s.getCell('D2').value).toBe(true);
  });
  it('escapes XML, drops the control characters XML cannot hold, keeps _x0041_ and astral characters literal, keeps edge spaces', async () => {
    const s = sheet("Bob's 计分表");
    expect(s.getCell('D5').value).toBe(' 前后空格 ');
    // ExcelJS decodes _xHHHH_ as Excel does: the escaped underscore brings the literal text back.
    expect(s.getCell('D4').value).toBe('a<b>&"c" _x0041_ 𠀀');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('<t>a&lt;b&gt;&amp;&quot;c&quot; _x005F_x0041_ 𠀀</t>');
    expect(strings).toContain('<t xml:space="preserve"> 前后空格 </t>');
  });
  it('cells carry their references; empty cells outside fills are not written', async () => {
    const xml = await partXml(2);
    expect(xml).toContain('<row r="5"><c r="C5" s=');
    expect(xml).not.toContain('r="A5"');
    expect(xml).not.toContain('spans=');
  });
});

describe('sheetXml looks', () => {
  it('the header is bold (cells and row) and frozen', async () => {
    const s = sheet("Bob's 计分表");
    expect(s.getCell('A1').font?.bold).toBe(true);
    expect(s.getRow(1).font?.bold).toBe(true);
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet('个人月度报告').views?.[0]?.state).toBeUndefined();
  });
  it('column widths', () => {
    expect(sheet("Bob's 计分表").columns.map((c) => c.width)).toEqual([12, 10, 10, 30]);
  });
  it('amber and red rows across the table width, red winning; an empty cell in the row is filled too', () => {
    const s = sheet("Bob's 计分表");
    for (const c of ['A', 'B', 'C', 'D']) {
      expect(s.getCell(`${c}3`).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } });
      expect(s.getCell(`${c}4`).fill).toMatchObject({ fgColor: { argb: 'FFFF9999' } });
    }
    expect((s.getCell('A2').fill as ExcelJS.FillPattern | undefined)?.pattern).not.toBe('solid');
  });
  it('links: text in blue underlined, a location-only hyperlink with the sheet quoted and no relationship', async () => {
    const s = sheet("Bob's 计分表");
    expect(s.getCell('C2').value).toEqual({ text: '考勤!C14', hyperlink: "#'Bob''s 考勤'!C14" });
    expect(s.getCell('C2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(await partXml(2)).toContain(`<hyperlink ref="C2" location="'Bob''s 考勤'!C14"/>`);
    expect(zip.file('xl/worksheets/_rels/sheet2.xml.rels')).toBeNull();
  });
  it('title rows bold 14; section rows bold and shaded across the width, over a highlight', () => {
    const s = sheet('个人月度报告');
    expect(s.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(s.getCell('A2').font?.bold).toBe(true);
    for (const c of ['A', 'B']) expect(s.getCell(`${c}2`).fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(s.getCell('A3').font?.bold).toBeFalsy();
  });
  it('print setup: A4, orientation, fit to one page wide, margins, print titles', () => {
    const setup = sheet('个人月度报告').pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(setup.margins).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
    expect(sheet("Bob's 计分表").pageSetup.printTitlesRow).toBeUndefined();
  });
  it('a page break after each breaksAfter row; print titles are a sheet-local name', async () => {
    expect(await partXml(3)).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="3" max="16383" man="1"/><brk id="6" max="16383" man="1"/></rowBreaks>');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'个人月度报告'!$1:$1</definedName>`);
  });
});

describe('the registries', () => {
  it('shared strings: each text once, counted per reference, offset by the table it is appended to', () => {
    const strings = new SharedStrings(10);
    expect([strings.index('a'), strings.index('b'), strings.index('a')]).toEqual([10, 11, 10]);
    expect([strings.size, strings.references]).toEqual([2, 3]);
  });
  it('styles: one cellXfs entry per font × fill × format, the default is 0, custom formats get free ids ≥ 164', () => {
    const input = '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0#"/></numFmts><fonts count="1"><font><sz val="12"/><name val="等线"/></font></fonts>' +
      '<fills count="2"><fill/><fill/></fills><cellXfs count="2"><xf/><xf/></cellXfs></styleSheet>';
    const styles = new StyleRegistry(input);
    expect(styles.xf('plain', 'none', null)).toBe(0);
    expect(styles.xf('bold', 'none', '@')).toBe(2);
    expect(styles.xf('bold', 'none', '@')).toBe(2);
    expect(styles.xf('plain', 'red', '0.0#')).toBe(3);
    expect(styles.xf('plain', 'red', 'yyyy-mm-dd')).toBe(4);
    const xml = styles.stylesXml();
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0#"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>');
    expect(xml).toContain('<fonts count="2"><font><sz val="12"/><name val="等线"/></font><font><b/><sz val="12"/><name val="等线"/></font></fonts>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="5"><xf/><xf/><xf numFmtId="49" fontId="1" fillId="0"');
    expect(xml).toContain('<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>');
  });
  it('sheetXml of an empty table is still a valid sheet', () => {
    const xml = sheetXml({ ...history, rows: [], headerRows: 0 }, { strings: new SharedStrings(), styles: new StyleRegistry() });
    expect(xml).toContain('<dimension ref="A1:A1"/><sheetData></sheetData>');
  });
});

describe("cellRefs 'afterGap'", () => {
  const table: SheetTable = { ...history, hidden: false, rows: [['a', 'b', null, 'd'], [null, 2, 3]] };
  it('writes a reference only on a cell that does not follow the one before it', () => {
    const xml = sheetXml(table, { strings: new SharedStrings(), styles: new StyleRegistry() }, 'afterGap');
    expect(xml).toContain('<row r="1" s="2" customFormat="1"><c s="1" t="s"><v>0</v></c><c s="1" t="s"><v>1</v></c><c r="D1" s="1" t="s"><v>2</v></c></row>');
    expect(xml).toContain('<row r="2"><c r="B2"><v>2</v></c><c><v>3</v></c></row>');
  });

  const soffice = spawnSync('soffice', ['--version']).status === 0;
  (soffice ? it : it.skip)('LibreOffice places the implied cells where they belong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-refs-'));
    writeFileSync(join(dir, 'refs.xlsx'), await buildSheetsPackage([{ table, name: 'x' }], { cellRefs: 'afterGap' }));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv', '--outdir', dir, join(dir, 'refs.xlsx')], { stdio: 'ignore', timeout: 120000 });
    expect(readFileSync(join(dir, 'refs.csv'), 'utf8').trim().split(/\r?\n/)).toEqual(['a,b,,d', ',2,3,']);
  }, 130000);
});
