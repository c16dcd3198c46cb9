import { ExcelHostDouble } from '../../doubles/excel-host';
import { writeTables } from '../../../src/io/office/write';
import { readGrids } from '../../../src/io/office/read';
import { requestLimitBytes, toneColors } from '../../../src/io/office/plan';
import type { SheetTable } from '../../../src/report/types';

const link = (sheet: string, row: number, col: number) => ({ text: `${sheet}!C${row + 1}`, link: { sheet, row, col } });

function scorecard(names: readonly string[]): SheetTable {
  return {
    name: '计分表', kind: 'scorecard', hidden: false, headerRows: 1, columnWidths: [10, 8, 8],
    rows: [['姓名 Name', '得分 Score', '来源 Source'], ...names.map((n, i) => [n, { number: 10 - i, format: 'points' as const }, link('考勤', i + 1, 2)])],
    highlights: [{ row: 1, tone: 'amber' }, { row: 2, tone: 'amber' }, { row: 3, tone: 'red' }],
  };
}

const history: SheetTable = {
  name: '月结历史', kind: 'history', hidden: true, headerRows: 1, highlights: [],
  rows: [['月份', '姓名', '得分'], ['2026-10', '张三', 8.5]],
};

const inputSheets = [
  { name: '考勤', rows: [['姓名', '日期', '上班'], ['张三', 46296, 0.34], ['李四', 46296, 0.33]] },
  { name: '计分表', rows: [['我自己的计分表', null], ['不要动', 1]] },
];

/** Both ways of writing: one inserted .xlsx (ExcelApi 1.13), and cell by cell for older hosts. */
const ways = [
  ['as one inserted file', {}],
  ['cell by cell', { supports: (_set: string, version: string) => version !== '1.13' }],
] as const;

describe.each(ways)('writeTables (Excel double), %s', (_way, way) => {
  it('injection: =HYPERLINK, +1, -1+1, @SUM(A1) and 007 from the input arrive as literal text, never formulas', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = ['=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1)', '007'];
    await host.run((context) => writeTables(context, [scorecard(names)], way));
    expect(host.formulas()).toEqual([]);
    const written = host.values('计分表(2)');
    expect(written.slice(1).map((row) => row[0])).toEqual(names);
  });

  it('a user sheet named 计分表 is not overwritten: ours goes beside it as 计分表(2); input sheets untouched', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const before = host.snapshot();
    const { sheetsWritten } = await host.run((context) => writeTables(context, [scorecard(['张三']), history], way));
    expect(sheetsWritten).toEqual(['计分表(2)', '月结历史']);
    expect((host.snapshot() as unknown[]).slice(0, 2)).toEqual(before);
    expect(host.sheetNames()).toEqual(['考勤', '计分表', '计分表(2)', '月结历史']);
  });

  it('re-closing replaces the own sheets (no 计分表(3), old rows gone) and hides the history sheet', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['张三', '李四', '王五']), history], way));
    await host.run((context) => writeTables(context, [scorecard(['赵六']), history], way));
    expect(host.sheetNames()).toEqual(['考勤', '计分表', '计分表(2)', '月结历史']);
    expect(host.values('计分表(2)')).toEqual([['姓名 Name', '得分 Score', '来源 Source'], ['赵六', 10, '考勤!C2']]);
    expect(host.sheet('月结历史').visibility).toBe('Hidden');
    expect(host.model.activeSheet).toBe('计分表(2)');
  });

  it('links are hyperlinks to the source cell (no HYPERLINK formula), the header is bold and frozen', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['张三'])], way));
    const sheet = host.sheet('计分表(2)');
    expect(sheet.cells.get('1,2')?.hyperlink).toEqual({ documentReference: "'考勤'!C2", textToDisplay: '考勤!C2' });
    expect(sheet.cells.get('0,0')?.bold).toBe(true);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells.get('1,1')?.numberFormat).toBe('0.0#');
    expect(sheet.columnWidths.get(0)).toBeCloseTo((10 * 7 + 5) * 0.75);
  });

  it('highlights: amber rows 1–2, red row 3, across the table', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['甲', '乙', '丙', '丁'])], way));
    const sheet = host.sheet('计分表(2)');
    expect([1, 2, 3, 4].map((r) => sheet.cells.get(`${r},0`)?.fill)).toEqual([toneColors.amber, toneColors.amber, toneColors.red, undefined]);
  });

  it('a large table is written in chunks, every request under the budget, values intact', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = Array.from({ length: 3000 }, (_, i) => `客服${i}`);
    const budget = 64 * 1024;
    await host.run((context) => writeTables(context, [scorecard(names)], { ...way, budgetBytes: budget }));
    expect(host.syncs).toBeGreaterThan(5);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(budget);
    expect(host.values('计分表(2)')).toHaveLength(3001);
    expect(host.values('计分表(2)')[3000]?.[0]).toBe('客服2999');
  });

  it('with the default budget no request passes 4 MB, even for 40,000 ledger-like rows', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = Array.from({ length: 40000 }, (_, i) => `客服${i}号 张三丰`);
    await host.run((context) => writeTables(context, [scorecard(names)], way));
    expect(host.maxRequestBytes).toBeLessThan(requestLimitBytes);
    expect(host.values('计分表(2)')).toHaveLength(40001);
  });

  it('the own output sheets are not read back as input; the own history sheet is, under its canonical name', async () => {
    const host = ExcelHostDouble.withSheets([...inputSheets, { name: '月结历史', rows: [['用户自己的表']] }]);
    await host.run((context) => writeTables(context, [scorecard(['张三']), history], way));
    const grids = await host.run((context) => readGrids(context));
    expect(grids.map((g) => g.name)).toEqual(['考勤', '计分表', '月结历史']);
    expect(grids[2]?.rows[1]).toEqual(['2026-10', '张三', 8.5]);
  });
});

describe('writeTables, the two ways compared', () => {
  const cellByCell = ways[1][1];

  it('cell by cell: one fill command per run of rows with the same tone', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['甲', '乙', '丙', '丁'])], cellByCell));
    expect(host.requests.flatMap((r) => r.kinds).filter((k) => k === 'fill')).toHaveLength(2);
  });

  it('inserted: one request carries the file and the marks; the cells, links, fills and widths equal the cell-by-cell write', async () => {
    const tables = [scorecard(['张三', '=1+1', '李四']), history];
    const inserted = ExcelHostDouble.withSheets(inputSheets);
    await inserted.run((context) => writeTables(context, tables));
    const commands = ExcelHostDouble.withSheets(inputSheets);
    await commands.run((context) => writeTables(context, tables, cellByCell));
    // two syncs take stock, one writes
    expect(inserted.syncs).toBe(3);
    expect(inserted.requests[2]?.kinds).toContain('insertWorksheets');
    expect(inserted.requests.flatMap((r) => r.kinds)).not.toContain('values');
    // A link cell is text either way: formatted '@' on the command path (so Excel keeps the text),
    // a typed string cell in the file.
    const linksAsText = (snapshot: unknown): unknown => JSON.parse(JSON.stringify(snapshot), (key, value: unknown) =>
      (typeof value === 'object' && value !== null && 'hyperlink' in value ? { ...value, numberFormat: '@' } : value));
    expect(linksAsText(inserted.snapshot())).toEqual(linksAsText(commands.snapshot()));
  });

  it('a re-close rewrites our sheet in place (copied over from the inserted file), so formulas pointing at it stay valid', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['张三', '李四'])]));
    const first = host.sheet('计分表(2)');
    await host.run((context) => writeTables(context, [scorecard(['赵六'])]));
    // the same sheet object: never deleted and added again
    expect(host.sheet('计分表(2)')).toBe(first);
    expect(host.values('计分表(2)')).toEqual([['姓名 Name', '得分 Score', '来源 Source'], ['赵六', 10, '考勤!C2']]);
    expect(host.sheetNames()).toEqual(['考勤', '计分表', '计分表(2)']);
    expect(host.requests.flatMap((r) => r.kinds)).toEqual(expect.arrayContaining(['insertWorksheets', 'copyFrom', 'deleteSheet']));
  });
});
