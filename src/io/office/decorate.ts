/**
 * What a report sheet has beyond its cells: title and section rows set apart, native charts (看板),
 * and page setup for printing (个人月度报告: A4, one page wide, print titles, a break per person).
 * The same looks as the file adapter (src/io/xlsx/print.ts); charts are the add-in's alone.
 */
import type { SheetTable } from '../../report/types';
import { drawChart } from './charts';
import type { HostWorksheet } from './host';
import { commandOverheadBytes, jsonBytes } from './plan';

export const sectionColor = '#D9E1F2';
export const titleFontSize = 14;

/** Our charts are named CsClose_<n> (charts.ts): a re-close deletes and redraws them, a user's own chart stays. */
export { chartNamePrefix } from './charts';

/** A queued command and what it adds to the request. */
export interface Queued { readonly bytes: number; queue(): void }

export function emphasisCommands(sheet: HostWorksheet, table: SheetTable, width: number): Queued[] {
  return (table.emphasis ?? []).map(({ row, style }) => ({
    bytes: 3 * commandOverheadBytes,
    queue: () => {
      const range = sheet.getRangeByIndexes(row, 0, 1, width);
      range.format.font.bold = true;
      if (style === 'title') range.format.font.size = titleFontSize;
      else range.format.fill.color = sectionColor;
    },
  }));
}

/**
 * One native chart per non-empty block, drawn by charts.ts (drawChart: values with their header as
 * the one series, categories by setXAxisValues, named CsClose_<n>), queued into the write's batch
 * instead of a round trip of its own. Needs ExcelApi 1.7.
 */
export function chartCommands(sheet: HostWorksheet, table: SheetTable): Queued[] {
  // An empty block gets no chart: Excel would draw an empty frame.
  return (table.charts ?? []).filter((spec) => spec.lastRow >= spec.firstRow).map((spec, index) => ({
    bytes: 10 * commandOverheadBytes + jsonBytes(spec.title),
    queue: () => { drawChart(sheet, spec, index); },
  }));
}

/** Page setup (ExcelApi 1.9): A4, orientation, one page wide, print titles, a break after each listed row. */
export function printCommands(sheet: HostWorksheet, table: SheetTable): Queued[] {
  const print = table.print;
  if (!print) return [];
  return [{
    bytes: (5 + print.breaksAfter.length) * commandOverheadBytes,
    queue: () => {
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      // One page wide, as many tall as needed (0 = automatic); the manual breaks decide where pages end.
      if (print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.titleRows > 0) sheet.pageLayout.setPrintTitleRows(`$1:$${print.titleRows}`);
      // A break goes above the row it is added at: after row r (0-based) is at row r + 1.
      for (const after of print.breaksAfter) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(after + 1, 0, 1, 1));
    },
  }];
}
