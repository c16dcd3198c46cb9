import { ExcelHostDouble } from '../../doubles/excel-host';
import { gridRows, readGrids } from '../../../src/io/office/read';
import { teamSheets } from '../../doubles/team';
import { cellAt } from '../../../src/sheets/grid';

describe('readGrids (Excel double)', () => {
  it('reads every sheet in 4 round trips for a 10-person and a 1,000-person team alike', async () => {
    const counts: number[] = [];
    for (const people of [10, 1000]) {
      const host = ExcelHostDouble.withSheets(teamSheets(people));
      const grids = await host.run((context) => readGrids(context));
      expect(grids.find((g) => g.name === '考勤')?.rows).toHaveLength(people * 31 + 1);
      counts.push(host.syncs);
    }
    expect(counts).toEqual([4, 4]);
  });

  it('gives values as Excel holds them, blanks as null, and leaves input sheets unchanged', async () => {
    const host = ExcelHostDouble.withSheets(teamSheets(2));
    const before = host.snapshot();
    const grids = await host.run((context) => readGrids(context));
    expect(grids.map((g) => g.name)).toEqual(['员工', '排班', '考勤']);
    expect(grids[2]?.rows[1]).toEqual(['客服1', 46296, 8 / 24, 17.5 / 24]);
    expect(host.snapshot()).toEqual(before);
  });

  it('a used range that starts below and right of A1 keeps true row and column numbers', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [[], [], [null, '钉钉 每日统计'], [null, '姓名', '日期']] }]);
    const [grid] = await host.run((context) => readGrids(context));
    // Excel's used range is a rectangle: the title row comes padded to the header's width.
    expect(grid?.rows).toEqual([[], [], [null, '钉钉 每日统计', null], [null, '姓名', '日期']]);
  });

  it('reports hidden rows (a filtered-out row is not read as visible)', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名'], ['张三'], ['李四'], ['王五']], hiddenRows: [2] }]);
    const [grid] = await host.run((context) => readGrids(context));
    expect(grid?.hiddenRows).toEqual([2]);
    const [noHidden] = await host.run((context) => readGrids(context, { hiddenRows: false }));
    expect(noHidden?.hiddenRows).toBeUndefined();
  });

  it('an empty sheet is an empty grid', async () => {
    const host = ExcelHostDouble.withSheets([{ name: 'Sheet1', rows: [] }]);
    expect(await host.run((context) => readGrids(context))).toEqual([{ name: 'Sheet1', rows: [] }]);
  });

  it('gridRows pads above and to the left', () => {
    expect(gridRows([['a', '', 3]], 1, 2)).toEqual([[], [null, null, 'a', null, 3]]);
  });
});

describe('readGrids: merged cells (ExcelApi 1.13, catalogue C56)', () => {
  const attendance = (): { name: string; rows: (string | number | null)[][]; merges: string[] } => ({
    name: '考勤',
    rows: [['姓名', '日期'], ['张三', 46296], [null, 46297], [null, 46298], ['李四', 46296]],
    merges: ['A2:A4'],
  });

  it('C56 / A4: a name merged down over a person\'s rows names every row, as from a file', async () => {
    const host = ExcelHostDouble.withSheets([attendance()]);
    const [grid] = await host.run((context) => readGrids(context));
    expect(grid?.merges).toEqual([{ row: 1, col: 0, rows: 3, cols: 1 }]);
    expect([1, 2, 3, 4].map((r) => cellAt(grid!, r, 0))).toEqual(['张三', '张三', '张三', '李四']);
  });

  it('a used range that starts at C3 on a sheet whose name needs quoting: blocks keep true sheet rows and columns', async () => {
    const rows: (string | null)[][] = [[], [], [null, null, '姓名', '日期'], [null, null, '王五', '10-1'], [null, null, null, '10-2'], [null, null, null, '10-3']];
    const host = ExcelHostDouble.withSheets([{ name: '考勤 (打卡), 10月', rows, merges: ['C4:C6'] }]);
    const [grid] = await host.run((context) => readGrids(context));
    expect(grid?.merges).toEqual([{ row: 3, col: 2, rows: 3, cols: 1 }]);
    expect([3, 4, 5].map((r) => cellAt(grid!, r, 2))).toEqual(['王五', '王五', '王五']);
    // Only the block's first column is filled down (its other cells stay blank).
    expect(cellAt(grid!, 4, 3)).toBe('10-2');
  });

  it('still 4 round trips for 10 and 1,000 people each with a merged name; one merged-area load per sheet in the values trip', async () => {
    const counts: { syncs: number; valuesOps: number }[] = [];
    for (const people of [10, 1000]) {
      const sheets = teamSheets(people).map((s) => s.name !== '考勤' ? s : {
        ...s, rows: s.rows.map((row, r) => (r > 0 && (r - 1) % 31 !== 0 ? [null, ...row.slice(1)] : row)),
        merges: Array.from({ length: people }, (_, p) => `A${2 + p * 31}:A${32 + p * 31}`),
      });
      const host = ExcelHostDouble.withSheets(sheets);
      const grids = await host.run((context) => readGrids(context));
      const grid = grids.find((g) => g.name === '考勤')!;
      expect(grid.merges).toHaveLength(people);
      expect(cellAt(grid, 31, 0)).toBe('客服1');
      expect(cellAt(grid, people * 31, 0)).toBe(`客服${people}`);
      counts.push({ syncs: host.syncs, valuesOps: host.requests[2]!.ops });
    }
    // Three sheets: a values load and a merged-areas load each.
    expect(counts).toEqual([{ syncs: 4, valuesOps: 6 }, { syncs: 4, valuesOps: 6 }]);
  });

  it('a host without ExcelApi 1.13 is not asked for merged areas: no merges, no crash, the same round trips', async () => {
    const host = ExcelHostDouble.withSheets([attendance()]);
    host.model.missingApis.add('getMergedAreasOrNullObject');
    const asked: string[] = [];
    const supports = (set: string, version: string): boolean => { asked.push(`${set} ${version}`); return version !== '1.13'; };
    const [grid] = await host.run((context) => readGrids(context, { supports }));
    expect(asked).toEqual(['ExcelApi 1.13']);
    expect(grid).toEqual({ name: '考勤', rows: attendance().rows });
    expect(host.syncs).toBe(4);
    expect(host.requests[2]!.ops).toBe(1);
  });

  it('a host that claims ExcelApi 1.13 but fails on merged areas still gives its values, without merges, in one more round trip', async () => {
    const host = ExcelHostDouble.withSheets([attendance()]);
    host.model.missingApis.add('getMergedAreasOrNullObject');
    const [grid] = await host.run((context) => readGrids(context, { supports: () => true }));
    expect(grid).toEqual({ name: '考勤', rows: attendance().rows });
    expect(host.syncs).toBe(5);
  });

  it('an empty sheet and a sheet without merged cells get no merges', async () => {
    const host = ExcelHostDouble.withSheets([{ name: 'Sheet1', rows: [] }, { name: '员工', rows: [['姓名'], ['张三']] }]);
    expect(await host.run((context) => readGrids(context))).toEqual([{ name: 'Sheet1', rows: [] }, { name: '员工', rows: [['姓名'], ['张三']] }]);
  });

  it('reading merged areas leaves the workbook as it was', async () => {
    const host = ExcelHostDouble.withSheets([attendance()]);
    const before = host.snapshot();
    await host.run((context) => readGrids(context));
    expect(host.snapshot()).toEqual(before);
  });
});
