/// <reference types="office-js" />
/** 看板 charts drawn through Office.js (src/io/office/charts.ts) on the chart double. */
import { drawChart, type ChartWorksheet } from '../../../src/io/office/charts';
import { dashboardTable } from '../../../src/report/dashboard';
import { ChartSheetDouble } from '../../doubles/excel-charts';
import { result } from '../../report/fixture';

// Compile-time contract: a real Excel worksheet satisfies the chart writer's structural type.
type RealIsChartSheet = Excel.Worksheet extends ChartWorksheet ? true : false;
const realIsChartSheet: RealIsChartSheet = true;


describe('看板 native charts (Office.js)', () => {
  const table = dashboardTable(result, '看板', 'zh');

  it('Excel.Worksheet is assignable to the chart writer\'s sheet type', () => {
    expect(realIsChartSheet).toBe(true);
  });

  it('draws one chart per spec: type, values with their header, categories, title and place', () => {
    const sheet = new ChartSheetDouble();
    table.charts!.forEach((spec, index) => drawChart(sheet, spec, index));
    const scores = table.charts![0]!;
    // Score per person: header row + 3 people in column B, names in column A, placed at column G.
    expect(sheet.live()[0]).toEqual({
      name: 'CsClose_0', type: 'ColumnClustered', seriesBy: 'Columns', legend: false, title: '本月得分', deleted: false,
      source: `B${scores.headerRow + 1}:B${scores.lastRow + 1}`, categories: `A${scores.firstRow + 1}:A${scores.lastRow + 1}`,
      position: [`G${scores.anchorRow + 1}`, `M${scores.anchorRow + 15}`],
    });
    expect(sheet.live().map((c) => [c.name, c.type])).toEqual([
      ['CsClose_0', 'ColumnClustered'], ['CsClose_1', 'Line'], ['CsClose_2', 'ColumnClustered'], ['CsClose_3', 'BarClustered']]);
    // The fines series is column C of the trend (header + the one month of the fixture's history), its month in column A.
    const fines = table.charts![2]!;
    expect(fines.lastRow).toBe(fines.firstRow);
    expect([sheet.live()[2]!.source, sheet.live()[2]!.categories]).toEqual([`C${fines.headerRow + 1}:C${fines.lastRow + 1}`, `A${fines.firstRow + 1}`]);
  });

  it('names each chart CsClose_<n>, so a re-close can tell ours from a chart the user added', () => {
    const sheet = new ChartSheetDouble(['我的图表']);
    drawChart(sheet, table.charts![1]!, 1);
    expect(sheet.live().map((c) => c.name)).toEqual(['我的图表', 'CsClose_1']);
  });
});
