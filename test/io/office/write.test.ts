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

describe('writeTables (Excel double)', () => {
  it('injection: =HYPERLINK, +1, -1+1, @SUM(A1) and 007 from the input arrive as literal text, never formulas', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = ['=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1)', '007'];
    await host.run((context) => writeTables(context, [scorecard(names)]));
    expect(host.formulas()).toEqual([]);
    const written = host.values('计分表(2)');
    expect(written.slice(1).map((row) => row[0])).toEqual(names);
  });

  it('a user sheet named 计分表 is not overwritten: ours goes beside it as 计分表(2); input sheets untouched', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const before = host.snapshot();
    const { sheetsWritten } = await host.run((context) => writeTables(context, [scorecard(['张三']), history]));
    expect(sheetsWritten).toEqual(['计分表(2)', '月结历史']);
    expect((host.snapshot() as unknown[]).slice(0, 2)).toEqual(before);
    expect(host.sheetNames()).toEqual(['考勤', '计分表', '计分表(2)', '月结历史']);
  });

  it('re-closing replaces the own sheets (no 计分表(3), old rows gone) and hides the history sheet', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['张三', '李四', '王五']), history]));
    await host.run((context) => writeTables(context, [scorecard(['赵六']), history]));
    expect(host.sheetNames()).toEqual(['考勤', '计分表', '计分表(2)', '月结历史']);
    expect(host.values('计分表(2)')).toEqual([['姓名 Name', '得分 Score', '来源 Source'], ['赵六', 10, '考勤!C2']]);
    expect(host.sheet('月结历史').visibility).toBe('Hidden');
    expect(host.model.activeSheet).toBe('计分表(2)');
  });

  it('links are hyperlinks to the source cell (no HYPERLINK formula), the header is bold and frozen', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['张三'])]));
    const sheet = host.sheet('计分表(2)');
    expect(sheet.cells.get('1,2')?.hyperlink).toEqual({ documentReference: "'考勤'!C2", textToDisplay: '考勤!C2' });
    expect(sheet.cells.get('0,0')?.bold).toBe(true);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells.get('1,1')?.numberFormat).toBe('0.0#');
    expect(sheet.columnWidths.get(0)).toBeCloseTo((10 * 7 + 5) * 0.75);
  });

  it('highlights: one fill command per run of rows with the same tone (amber rows 1–2, red row 3)', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    await host.run((context) => writeTables(context, [scorecard(['甲', '乙', '丙', '丁'])]));
    const fills = host.requests.flatMap((r) => r.kinds).filter((k) => k === 'fill');
    expect(fills).toHaveLength(2);
    const sheet = host.sheet('计分表(2)');
    expect([1, 2, 3, 4].map((r) => sheet.cells.get(`${r},0`)?.fill)).toEqual([toneColors.amber, toneColors.amber, toneColors.red, undefined]);
  });

  it('a large table is written in chunks, every request under the budget, values intact', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = Array.from({ length: 3000 }, (_, i) => `客服${i}`);
    const budget = 64 * 1024;
    await host.run((context) => writeTables(context, [scorecard(names)], { budgetBytes: budget }));
    expect(host.syncs).toBeGreaterThan(5);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(budget);
    expect(host.values('计分表(2)')).toHaveLength(3001);
    expect(host.values('计分表(2)')[3000]?.[0]).toBe('客服2999');
  });

  it('with the default budget no request passes 4 MB, even for 40,000 ledger-like rows', async () => {
    const host = ExcelHostDouble.withSheets(inputSheets);
    const names = Array.from({ length: 40000 }, (_, i) => `客服${i}号 张三丰`);
    await host.run((context) => writeTables(context, [scorecard(names)]));
    expect(host.maxRequestBytes).toBeLessThan(requestLimitBytes);
    expect(host.values('计分表(2)')).toHaveLength(40001);
  });

  it('the own output sheets are not read back as input; the own history sheet is, under its canonical name', async () => {
    const host = ExcelHostDouble.withSheets([...inputSheets, { name: '月结历史', rows: [['用户自己的表']] }]);
    await host.run((context) => writeTables(context, [scorecard(['张三']), history]));
    const grids = await host.run((context) => readGrids(context));
    expect(grids.map((g) => g.name)).toEqual(['考勤', '计分表', '月结历史']);
    expect(grids[2]?.rows[1]).toEqual(['2026-10', '张三', 8.5]);
  });
});
