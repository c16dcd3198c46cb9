import { ExcelHostDouble } from '../../doubles/excel-host';
import { gridRows, readGrids } from '../../../src/io/office/read';
import { teamSheets } from '../../doubles/team';

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
