/**
 * spliceCloseWorkbook: the input's parts copied untouched (their compressed bytes too), our sheets,
 * strings and formats added, own sheets replaced where they stand with what only they reached,
 * calcChain dropped when a sheet is replaced, the input's charts kept.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spliceCloseWorkbook } from '../../../src/io/package/splice';
import type { SheetTable } from '../../../src/report/types';

const scorecard: SheetTable = {
  name: '计分表', kind: 'scorecard', hidden: false, headerRows: 1, columnWidths: [12, 10],
  rows: [['姓名', '得分'], ['张三', { number: 9.5, format: 'points' }], ['李四', { text: '考勤!A2', link: { sheet: '考勤', row: 1, col: 0 } }]],
  highlights: [{ row: 2, tone: 'red' }],
};
const report: SheetTable = {
  name: '个人月度报告', kind: 'personalReport', hidden: false, headerRows: 0, rows: [['报告'], ['张三']], highlights: [],
  print: { orientation: 'portrait', fitToWidth: true, titleRows: 1, breaksAfter: [0] },
};
const history: SheetTable = { name: '月结历史', kind: 'history', hidden: true, headerRows: 1, rows: [['month'], ['2026-10']], highlights: [] };

type Entry = { text: string; compressedSize: number | undefined; stored: boolean };
async function entries(bytes: Uint8Array): Promise<Map<string, Entry>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Entry>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    const data = (zip.files[name] as unknown as { _data: { compressedSize?: number; compression?: { magic: string } } })._data;
    out.set(name, { text: await zip.file(name)!.async('string'), compressedSize: data.compressedSize, stored: data.compression?.magic === '\x00\x00' });
  }
  return out;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

/** A team workbook as ExcelJS writes it (DEFLATE level 1), with a user's sheet-local name, an image stored uncompressed and a calcChain. */
async function inputWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const att = wb.addWorksheet('考勤');
  for (let r = 1; r <= 3000; r++) att.addRow([`员工${r % 40}`, 46296 + (r % 31), r % 7 === 0 ? '迟到' : null]);
  att.getCell('A1').font = { italic: true };
  wb.addWorksheet('排班').getCell('A1').value = '早班';
  wb.addWorksheet('备注').getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
  wb.definedNames.add("'排班'!$A$1", '班次');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
  zip.file('xl/media/image1.png', new Uint8Array(4000).fill(7), { compression: 'STORE' });
  // A sheet-local name on 备注 (index 2) and a calculation chain, as Excel leaves them.
  const workbook = (await zip.file('xl/workbook.xml')!.async('string')).replace('</definedNames>', `<definedName name="_xlnm.Print_Area" localSheetId="2">'备注'!$A$1:$B$2</definedName></definedNames>`);
  zip.file('xl/workbook.xml', workbook);
  zip.file('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="3"/></calcChain>');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** Draws a chart on a sheet part: sheet → drawing → chart, the way Excel stores one. */
async function withChart(bytes: Uint8Array, sheetPart: string, n: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((path, file) => { if (path.endsWith('.png')) file.options.compression = 'STORE'; });
  const rel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (body: string): string => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const sheetRels = `xl/worksheets/_rels/${sheetPart}.rels`;
  const existing = await zip.file(sheetRels)?.async('string');
  zip.file(sheetRels, existing ? existing.replace('</Relationships>', `${rel('rIdChart', 'drawing', `../drawings/drawing${n}.xml`)}</Relationships>`) : rels(rel('rIdChart', 'drawing', `../drawings/drawing${n}.xml`)));
  const sheet = await zip.file(`xl/worksheets/${sheetPart}`)!.async('string');
  zip.file(`xl/worksheets/${sheetPart}`, sheet.replace('</worksheet>', '<drawing r:id="rIdChart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></worksheet>'));
  zip.file(`xl/drawings/drawing${n}.xml`, '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
  zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, rels(rel('rId1', 'chart', `../charts/chart${n}.xml`)));
  zip.file(`xl/charts/chart${n}.xml`, '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const changed = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);

describe('spliceCloseWorkbook: first close', () => {
  let input: Uint8Array;
  let out: Awaited<ReturnType<typeof spliceCloseWorkbook>>;
  beforeAll(async () => {
    input = await withChart(await inputWorkbook(), 'sheet1.xml', 1);
    out = await spliceCloseWorkbook(input, [scorecard, history, report], { level: 9 });
  });

  it('copies every other input part byte for byte, re-using its compressed bytes (a stored image stays stored)', async () => {
    const before = await entries(input);
    const after = await entries(out.bytes);
    for (const [name, entry] of before) {
      if (changed.has(name)) continue;
      expect([name, after.get(name)]).toEqual([name, entry]);
    }
    expect(after.get('xl/media/image1.png')!.stored).toBe(true);
    // The big sheet was compressed at level 1: at level 9 its size would differ, so equal sizes mean its bytes were re-used.
    const sheet = before.get('xl/worksheets/sheet1.xml')!;
    const recompressed = await new JSZip().file('s', sheet.text).generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect((await entries(recompressed)).get('s')!.compressedSize).not.toBe(sheet.compressedSize);
    expect(after.get('xl/worksheets/sheet1.xml')!.compressedSize).toBe(sheet.compressedSize);
    // The input's chart on 考勤 is kept with its drawing, and so is its calculation chain (no sheet replaced).
    expect([...after.keys()]).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/calcChain.xml']));
  });

  it('adds the sheets after the input’s, with markers, strings and formats appended', async () => {
    expect(out.placed).toEqual({ scorecard: '计分表', history: '月结历史', personalReport: '个人月度报告' });
    const book = await readBack(out.bytes);
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['考勤', 'visible'], ['排班', 'visible'], ['备注', 'visible'], ['计分表', 'visible'], ['月结历史', 'hidden'], ['个人月度报告', 'visible']]);
    const s = book.getWorksheet('计分表')!;
    expect([s.getCell('A2').value, s.getCell('B2').value, s.getCell('B2').numFmt, s.getCell('A1').font?.bold]).toEqual(['张三', 9.5, '0.0#', true]);
    expect(s.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFF9999' } });
    expect(book.getWorksheet('考勤')!.getCell('A1').font?.italic).toBe(true);
    expect(book.getWorksheet('考勤')!.getCell('A2').value).toBe('员工2');
    expect(book.definedNames.getRanges('_CsClose_scorecard').ranges).toEqual(["'计分表'!$A$1"]);
    expect(book.definedNames.getRanges('班次').ranges).toEqual(["'排班'!$A$1"]);
    const strings = (await entries(out.bytes)).get('xl/sharedStrings.xml')!.text;
    const unique = Number(/uniqueCount="(\d+)"/.exec(strings)![1]);
    expect(unique).toBe(strings.split('<si>').length - 1);
    const styles = (await entries(out.bytes)).get('xl/styles.xml')!.text;
    expect(Number(/<cellXfs count="(\d+)"/.exec(styles)![1])).toBe(styles.slice(styles.indexOf('<cellXfs')).split('</cellXfs>')[0]!.split('<xf ').length - 1);
  });

  it('keeps a sheet-local name’s localSheetId and adds the report’s print titles', async () => {
    const workbook = (await entries(out.bytes)).get('xl/workbook.xml')!.text;
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'个人月度报告'!$1:$1</definedName>`);
  });
});

describe('spliceCloseWorkbook: re-close and users’ sheets', () => {
  it('replaces its own sheets where they stand, drops their old parts and charts, and the calcChain', async () => {
    const first = await spliceCloseWorkbook(await inputWorkbook(), [scorecard, report], {});
    // The add-in drew a chart on our 计分表 (sheet4.xml).
    const charted = await withChart(first.bytes, 'sheet4.xml', 2);
    const again = await spliceCloseWorkbook(charted, [{ ...scorecard, rows: [['新']], highlights: [] }, report], {});
    expect(again.placed).toEqual({ scorecard: '计分表', personalReport: '个人月度报告' });
    const after = await entries(again.bytes);
    expect([...after.keys()].filter((n) => /chart|drawing|calcChain/.test(n))).toEqual([]);
    expect(after.get('[Content_Types].xml')!.text).not.toMatch(/chart2|drawing2|calcChain/);
    expect(after.get('xl/_rels/workbook.xml.rels')!.text).not.toContain('calcChain');
    const book = await readBack(again.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['考勤', '排班', '备注', '计分表', '个人月度报告']);
    expect(book.getWorksheet('计分表')!.getCell('A1').value).toBe('新');
    expect(book.getWorksheet('计分表')!.getCell('A2').value).toBeNull();
    const workbook = after.get('xl/workbook.xml')!.text;
    expect(workbook.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
    expect(workbook.match(/_CsClose_scorecard/g)).toHaveLength(1);
  });

  it('keeps a user’s own 计分表 and puts ours beside it; keeps a user’s 制度参数; adopts an unmarked history', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('计分表').getCell('A1').value = '我自己的计分表';
    wb.addWorksheet('制度参数').getCell('A1').value = '我们的制度';
    wb.addWorksheet('月结历史').getCell('A1').value = 'old';
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const policy: SheetTable = { name: '制度参数', kind: 'policy', hidden: false, headerRows: 1, rows: [['编号']], highlights: [] };
    const { bytes, placed } = await spliceCloseWorkbook(input, [scorecard, policy, history], { adopt: ['history'], keepUserSheet: ['policy'] });
    expect(placed).toEqual({ scorecard: '计分表(2)', history: '月结历史' });
    const book = await readBack(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['计分表', '制度参数', '月结历史', '计分表(2)']);
    expect(book.getWorksheet('计分表')!.getCell('A1').value).toBe('我自己的计分表');
    expect(book.getWorksheet('月结历史')!.getCell('A2').value).toBe('2026-10');
    expect(book.getWorksheet('月结历史')!.state).toBe('hidden');
  });

  it('a workbook without shared strings gets a table of its own', async () => {
    const zip = await JSZip.loadAsync(await inputWorkbook());
    zip.remove('xl/sharedStrings.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
    // Its sheets then hold no text; only our sheets refer to the new table.
    for (const n of [1, 2, 3]) zip.file(`xl/worksheets/sheet${n}.xml`, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
    const { bytes } = await spliceCloseWorkbook(await zip.generateAsync({ type: 'uint8array' }), [scorecard], {});
    const book = await readBack(bytes);
    expect(book.getWorksheet('计分表')!.getCell('A2').value).toBe('张三');
    expect((await entries(bytes)).get('[Content_Types].xml')!.text).toContain('/xl/sharedStrings.xml');
  });
});

describe('spliceCloseWorkbook: recalculation', () => {
  it('asks Excel to recalculate on open only when one of our sheets was replaced (user formulas may read it)', async () => {
    const first = await spliceCloseWorkbook(await inputWorkbook(), [scorecard], {});
    expect((await entries(first.bytes)).get('xl/workbook.xml')!.text).not.toContain('fullCalcOnLoad');
    const again = await spliceCloseWorkbook(first.bytes, [scorecard], {});
    expect((await entries(again.bytes)).get('xl/workbook.xml')!.text).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"\/>/);
  });
});

describe('spliceCloseWorkbook: the active tab', () => {
  it('moves off a sheet that the close hid (a visible 月结历史 adopted as the hidden history)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('月结历史').getCell('A1').value = 'old';
    wb.addWorksheet('考勤').getCell('A1').value = 'x';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" activeTab="0"/></bookViews><sheets>'));
    const { bytes } = await spliceCloseWorkbook(await zip.generateAsync({ type: 'uint8array' }), [history], { adopt: ['history'] });
    const after = (await entries(bytes)).get('xl/workbook.xml')!.text;
    expect(after).toContain('<sheet name="月结历史" sheetId="1" state="hidden"');
    expect(after).toContain('activeTab="1"/>');
  });
});
