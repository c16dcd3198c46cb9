/**
 * 物业客服 end to end: a front desk's workbook closed with `cs-close --preset 物业客服`, compared with
 * the figures worked by hand from POLICY.md §3 (test/fixtures/property-2026-11.expected.md).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { closeSuite } from './closeSuite';
import { loadExpected, runClose, writeTemp } from './harness';
import { buildPropertyWorkbook } from '../fixtures/property-2026-11';
import { ownSheetNames } from '../../src/sheets';
import { monthClose } from '../../src/app/monthClose';
import { readWorkbookFile } from '../../src/io/xlsx';
import { policyToRows } from '../../src/engine/policy/params';
import { propertyPreset } from '../../src/engine/policy/property';

const expected = loadExpected('property-2026-11');
const input = (): Promise<string> => writeTemp(buildPropertyWorkbook(), '前台-2026-11.xlsx');
closeSuite('物业客服 front desk 2026-11 (4 people, 早班 and 夜班)', expected, input, ['--preset', '物业客服']);

describe('物业客服 output sheets', () => {
  let book: ExcelJS.Workbook;
  let out: string;
  let stderr: string;
  beforeAll(async () => {
    const closed = await runClose(await input(), ['--preset', '物业客服']);
    out = closed.out;
    stderr = closed.stderr;
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  }, 120000);

  it('the 制度参数 sheet names the preset, so the next close of this workbook stays on 物业客服', () => {
    const rows = book.getWorksheet(ownSheetNames.policy)!.getSheetValues() as unknown[][];
    expect(rows.find((row) => Array.isArray(row) && row[1] === 'preset')?.[5]).toBe('物业客服');
  });

  it('V1 on 100 points: the 计分表 has the B columns and 刘强\'s row (50, a verbal warning) is amber', () => {
    const sheet = book.getWorksheet(ownSheetNames.scorecard)!;
    const headerTexts = (sheet.getRow(1).values as unknown[]).map(String);
    for (const rule of ['B1', 'B2', 'B3', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10']) expect(headerTexts.some((h) => h.startsWith(`${rule} `))).toBe(true);
    // No leave limit on this preset, so no (always blank) A5 column.
    expect(headerTexts.some((h) => h.startsWith('A5 '))).toBe(false);
    const liu = sheet.getColumn(1).values.findIndex((v) => v === '刘强');
    expect((sheet.getRow(liu).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
  });

  it('看板: the command line says it wrote the charts\' figures as tables (it cannot draw charts)', () => {
    expect(stderr).toContain('「看板」里是图表的数据表：命令行不能画图');
    expect(book.getWorksheet(ownSheetNames.dashboard)!.getCell('A5').value).toBe('姓名 Name');
  });

  it('个人月度报告: A4, print titles, one page per person (3 manual page breaks for 4 people)', async () => {
    const sheet = book.getWorksheet(ownSheetNames.personalReport)!;
    expect([sheet.pageSetup.paperSize, sheet.pageSetup.orientation, sheet.pageSetup.printTitlesRow]).toEqual([9, 'portrait', '1:1']);
    // ExcelJS writes row breaks but does not read them back: look in the sheet's XML.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const statements = xml.find((text) => text.includes('rowBreaks'));
    expect(statements?.match(/<brk /g)?.length).toBe(3);
  });
});

describe('the 制度参数 sheet chooses the preset', () => {
  it('a workbook whose 制度参数 names 物业客服 closes on it without --preset; a different --preset is a warning and the sheet wins', async () => {
    const { grids } = await readWorkbookFile(await input());
    const withSheet = [...grids, { name: ownSheetNames.policy, rows: policyToRows(propertyPreset) }];
    const plain = monthClose(withSheet, { month: '2026-11' });
    expect([plain.ok, plain.result?.preset, plain.result?.people.map((p) => p.score)]).toEqual([true, '物业客服', [93, 50, 84, 95]]);
    const asked = monthClose(withSheet, { month: '2026-11', preset: '电商客服' });
    expect(asked.result?.preset).toBe('物业客服');
    expect(asked.problems.map((p) => p.code)).toContain('report.presetIgnored');
    // Without the sheet and without --preset, the default 电商客服 scores out of 10.
    expect(monthClose(grids, { month: '2026-11' }).result?.people[0]?.baseScore).toBe(10);
  }, 60000);
});
