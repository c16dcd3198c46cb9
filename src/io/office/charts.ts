/**
 * Native Excel charts for the 看板 sheet (SheetTable.charts): drawn through Office.js
 * `worksheet.charts.add`, one series each, categories set with `setXAxisValues` (ExcelApi 1.7) so a
 * series need not sit beside its categories. The command line's xlsx library cannot draw charts;
 * its 看板 holds the same tables and says so.
 *
 * Our charts are named `CsClose_<n>`: on a re-close the writer (write.ts) deletes them before they
 * are drawn again, in the same batch, and a chart the user added to the sheet is left alone.
 */
import type { ChartSpec } from '../../report/types';

export const chartNamePrefix = 'CsClose_';

/** A range as a chart takes it (Excel.Range satisfies it). */
export interface ChartRange {
  readonly address: string;
}

export interface HostChartSeries {
  setXAxisValues(sourceData: ChartRange): void;
}

export interface HostChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): HostChartSeries };
  setPosition(startCell: ChartRange | string, endCell?: ChartRange | string): void;
  delete(): void;
}

export interface HostCharts {
  load(propertyNames: string): unknown;
  readonly items: HostChart[];
  add(type: string, sourceData: ChartRange, seriesBy?: string): HostChart;
}

/** The worksheet as the chart writer needs it (Excel.Worksheet satisfies it). */
export interface ChartWorksheet {
  readonly charts: HostCharts;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ChartRange;
}

/** Excel.ChartType names. */
const chartTypes: Readonly<Record<ChartSpec['type'], string>> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line' };

/** Rows and columns a chart covers on the sheet: about 8 cm × 15 rows. */
const chartHeightRows = 15;
const chartWidthCols = 7;

/**
 * Queues one chart: values with their header (the series name), categories, title and place.
 * @example drawChart(sheet, { title: '本月得分', type: 'column', headerRow: 4, firstRow: 5, lastRow: 10,
 *   categoryCol: 0, valueCol: 1, anchorRow: 3, anchorCol: 6 }, 0) // chart 'CsClose_0' over B5:B11, names A6:A11, at G4
 */
export function drawChart(sheet: ChartWorksheet, spec: ChartSpec, index: number): HostChart {
  const count = spec.lastRow - spec.firstRow + 1;
  const values = sheet.getRangeByIndexes(spec.headerRow, spec.valueCol, count + 1, 1);
  const chart = sheet.charts.add(chartTypes[spec.type], values, 'Columns');
  chart.name = `${chartNamePrefix}${index}`;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  chart.series.getItemAt(0).setXAxisValues(sheet.getRangeByIndexes(spec.firstRow, spec.categoryCol, count, 1));
  chart.setPosition(sheet.getRangeByIndexes(spec.anchorRow, spec.anchorCol, 1, 1),
    sheet.getRangeByIndexes(spec.anchorRow + chartHeightRows - 1, spec.anchorCol + chartWidthCols - 1, 1, 1));
  return chart;
}
