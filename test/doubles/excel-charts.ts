/**
 * A chart collection for the in-memory Excel: what src/io/office/charts.ts draws, kept as plain
 * records (type, source, categories, title, position) so a test can read the chart back. Like the
 * real proxies, `items` must be loaded and synced before it is read.
 */
import { columnLetters } from '../../src/engine/result';
import type { ChartRange, ChartWorksheet, HostChart, HostCharts } from '../../src/io/office/charts';

export interface ChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string | undefined;
  categories: string | null;
  title: string;
  legend: boolean;
  position: [string, string | null] | null;
  deleted: boolean;
}

/** 'B5:B11' for a block of the sheet, 'G4' for one cell. */
function address(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(col + cols - 1)}${row + rows}`;
}

const text = (cell: ChartRange | string): string => (typeof cell === 'string' ? cell : cell.address);

export class ChartSheetDouble implements ChartWorksheet {
  readonly records: ChartRecord[] = [];
  private loaded = false;
  syncs = 0;

  readonly charts: HostCharts;

  constructor(existing: readonly string[] = []) {
    const loadedItems = (): HostChart[] => this.loadedItems();
    this.charts = {
      load: () => { this.loaded = false; return undefined; },
      get items(): HostChart[] { return loadedItems(); },
      add: (type, sourceData, seriesBy) => this.add(type, sourceData, seriesBy),
    };
    for (const name of existing) this.add('Line', { address: 'A1:A2' }, undefined).name = name;
  }

  /** The fake context: a sync makes loaded properties readable. */
  readonly context = { sync: async (): Promise<void> => { this.syncs++; this.loaded = true; } };

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ChartRange {
    return { address: address(startRow, startColumn, rowCount, columnCount) };
  }

  live(): ChartRecord[] {
    return this.records.filter((r) => !r.deleted);
  }

  loadedItems(): HostChart[] {
    if (!this.loaded) throw new Error('charts.items read before load + sync');
    return this.live().map((record) => this.proxy(record));
  }

  private add(type: string, sourceData: ChartRange, seriesBy: string | undefined): HostChart {
    const record: ChartRecord = { name: `Chart ${this.records.length + 1}`, type, source: sourceData.address, seriesBy,
      categories: null, title: '', legend: true, position: null, deleted: false };
    this.records.push(record);
    return this.proxy(record);
  }

  private proxy(record: ChartRecord): HostChart {
    return {
      get name() { return record.name; },
      set name(value: string) { record.name = value; },
      title: { get text() { return record.title; }, set text(value: string) { record.title = value; } },
      legend: { get visible() { return record.legend; }, set visible(value: boolean) { record.legend = value; } },
      series: { getItemAt: () => ({ setXAxisValues: (source: ChartRange) => { record.categories = source.address; } }) },
      setPosition: (start, end) => { record.position = [text(start), end === undefined ? null : text(end)]; },
      delete: () => { record.deleted = true; },
    };
  }
}
