/**
 * Workbook, worksheet collection, worksheet, custom property and settings proxies of the Excel
 * double (ranges are in excel-proxies.ts).
 */
import { checkSheetName, hostError, newSheet, usedBox, type ChartModel, type SheetModel, type WorkbookModel } from './excel-model';
import { sheetsOfPackage } from './excel-package';
import { Loadable, RangeProxy, maxCols, maxRows, parseA1, type Enqueue } from './excel-proxies';

class ValueProxy extends Loadable {
  constructor(enqueue: Enqueue, path: string, private readonly lookup: () => string | undefined) { super(enqueue, path); }
  protected override read(name: string): unknown {
    const value = this.lookup();
    if (name === 'isNullObject') return value === undefined;
    if (name === 'value') return value ?? null;
    return super.read(name);
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get value(): string { return this.got('value'); }
}

type RangeOrText = RangeProxy | string;
const addressOf = (target: RangeOrText): string => (typeof target === 'string' ? target : target.a1Now());

class ChartProxy {
  constructor(private readonly enqueue: Enqueue, private readonly chart: () => ChartModel) {}
  private command(json: unknown[], apply: (chart: ChartModel) => void): void {
    this.enqueue({ json, apply: () => apply(this.chart()) });
  }
  get name(): string { return this.chart().name; }
  set name(name: string) { this.command(['chartName', name], (c) => { c.name = name; }); }
  readonly legend = ((proxy: ChartProxy) => ({
    get visible(): boolean { throw hostError('PropertyNotLoaded', 'legend'); },
    set visible(visible: boolean) { proxy.command(['legend', visible], (c) => { c.legend = visible; }); },
  }))(this);
  readonly title = ((proxy: ChartProxy) => ({
    get text(): string { throw hostError('PropertyNotLoaded', 'title'); },
    set text(text: string) { proxy.command(['chartTitle', text], (c) => { c.title = text; }); },
  }))(this);
  readonly series = {
    getItemAt: (index: number) => {
      const proxy = this;
      if (index !== 0) throw hostError('InvalidArgument', 'the double has one series per chart');
      return {
        get name(): string { throw hostError('PropertyNotLoaded', 'series.name'); },
        set name(name: string) { proxy.command(['seriesName', name], (c) => { c.seriesName = name; }); },
        setXAxisValues: (range: RangeProxy) => proxy.command(['xAxis'], (c) => { c.xAxis = range.a1Now(); }),
      };
    },
  };
  setPosition(start: RangeOrText, end?: RangeOrText): void {
    this.command(['chartPosition'], (c) => { c.position = addressOf(start); c.end = end === undefined ? null : addressOf(end); });
  }
  delete(): void {
    this.command(['chartDelete'], () => undefined);
  }
}

export class WorksheetProxy extends Loadable {
  constructor(enqueue: Enqueue, path: string, private readonly model: WorkbookModel,
    private readonly resolve: () => SheetModel | null) { super(enqueue, path); }
  private sheet(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw hostError('ItemNotFound', this.path);
    return sheet;
  }
  protected override read(name: string): unknown {
    const sheet = this.resolve();
    if (name === 'isNullObject') return sheet === null;
    if (name === 'name') return sheet?.name ?? null;
    if (name === 'visibility') return sheet?.visibility ?? null;
    return super.read(name);
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get name(): string { return this.got('name'); }
  get visibility(): string { return this.got('visibility'); }
  set visibility(visibility: string) {
    this.command(['visibility', this.path, visibility], () => {
      const sheet = this.sheet();
      const othersVisible = this.model.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
      if (visibility !== 'Visible' && !othersVisible) throw hostError('InvalidOperation', 'the last visible sheet cannot be hidden');
      sheet.visibility = visibility as SheetModel['visibility'];
    });
  }
  readonly customProperties = {
    add: (key: string, value: string): void => this.command(['propAdd', this.path, key, value], () => {
      const props = this.sheet().customProperties;
      for (const existing of props.keys()) if (existing.toLowerCase() === key.toLowerCase()) props.delete(existing);
      props.set(key, value);
    }),
    getItemOrNullObject: (key: string): ValueProxy => new ValueProxy(this.enqueue, `${this.path}.prop(${key})`, () => {
      for (const [k, v] of this.sheet().customProperties) if (k.toLowerCase() === key.toLowerCase()) return v;
      return undefined;
    }),
  };
  readonly freezePanes = {
    freezeRows: (count = 1): void => this.command(['freezeRows', this.path, count], () => { this.sheet().frozenRows = count; }),
  };
  readonly charts = ((ws: WorksheetProxy) => {
    let loaded: ChartProxy[] | null = null;
    return {
      load: (): void => ws.command(['loadCharts', ws.path], () => {
        const sheet = ws.sheet();
        loaded = sheet.charts.map((model) => {
          const chart = new ChartProxy(ws.enqueue, () => model);
          chart.delete = () => ws.command(['chartDelete', ws.path], () => { sheet.charts = sheet.charts.filter((c) => c !== model); });
          return chart;
        });
      }),
      get items(): ChartProxy[] {
        if (!loaded) throw hostError('PropertyNotLoaded', 'charts.items');
        return loaded;
      },
      add: (type: string, source: RangeProxy, seriesBy?: string): ChartProxy => {
        let model: ChartModel | null = null;
        ws.command(['addChart', ws.path, type, seriesBy], () => {
          model = { name: `Chart ${ws.sheet().charts.length + 1}`, legend: true, type, source: source.a1Now(), seriesBy,
            title: '', seriesName: '', xAxis: null, position: null, end: null };
          ws.sheet().charts.push(model);
        });
        return new ChartProxy(ws.enqueue, () => {
          if (!model) throw hostError('InvalidObjectPath', 'chart not added');
          return model;
        });
      },
    };
  })(this);
  readonly pageLayout = ((ws: WorksheetProxy) => ({
    get orientation(): string { throw hostError('PropertyNotLoaded', 'orientation'); },
    set orientation(value: string) { ws.command(['orientation', ws.path, value], () => { ws.sheet().page.orientation = value; }); },
    get paperSize(): string { throw hostError('PropertyNotLoaded', 'paperSize'); },
    set paperSize(value: string) { ws.command(['paperSize', ws.path, value], () => { ws.sheet().page.paperSize = value; }); },
    get zoom(): Record<string, number> { throw hostError('PropertyNotLoaded', 'zoom'); },
    set zoom(value: Record<string, number>) { ws.command(['zoom', ws.path, value], () => { ws.sheet().page.zoom = { ...value }; }); },
    setPrintTitleRows: (rows: RangeOrText): void => ws.command(['printTitles', ws.path], () => { ws.sheet().page.titleRows = addressOf(rows); }),
  }))(this);
  readonly horizontalPageBreaks = {
    add: (at: RangeOrText): void => this.command(['pageBreak', this.path], () => { this.sheet().page.breaks.push(addressOf(at)); }),
    removePageBreaks: (): void => this.command(['removePageBreaks', this.path], () => { this.sheet().page.breaks = []; }),
  };
  private range(path: string, box: () => { row: number; col: number; rows: number; cols: number } | null): RangeProxy {
    return new RangeProxy(this.enqueue, `${this.path}.${path}`, () => {
      const b = box();
      return b && { sheet: this.sheet(), ...b };
    }, this.model);
  }
  getRange(address?: string): RangeProxy {
    if (address === undefined) return this.range('all', () => ({ row: 0, col: 0, rows: maxRows, cols: maxCols }));
    const [from, to] = address.split(':');
    const start = parseA1(from!);
    const end = to === undefined ? start : parseA1(to);
    return this.range(address, () => ({ row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range(`R${row}C${col}:${rows}x${cols}`, () => {
      if (rows < 1 || cols < 1) throw hostError('InvalidArgument', 'empty range');
      return { row, col, rows, cols };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range('used', () => usedBox(this.sheet(), valuesOnly));
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    // A blank sheet's used range is A1, never a null object.
    return this.range('usedRange', () => usedBox(this.sheet(), valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }
  activate(): void {
    this.command(['activate', this.path], () => { this.model.activeSheet = this.sheet().name; });
  }
  /** Worksheet.delete: Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.command(['deleteSheet', this.path], () => {
      const sheet = this.sheet();
      if (sheet.visibility === 'Visible' && !this.model.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
        throw hostError('InvalidOperation', 'the last visible sheet cannot be deleted');
      }
      this.model.sheets = this.model.sheets.filter((s) => s !== sheet);
      if (this.model.activeSheet === sheet.name) this.model.activeSheet = this.model.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
    });
  }
}

export class WorksheetsProxy extends Loadable {
  private loadedItems: WorksheetProxy[] | null = null;
  constructor(enqueue: Enqueue, private readonly model: WorkbookModel) { super(enqueue, 'worksheets'); }
  private byName(name: string): SheetModel | null {
    return this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  protected override read(name: string): unknown {
    if (name !== 'name' && name !== 'visibility') return super.read(name);
    // Each item is a proxy bound to its sheet, with the requested properties loaded.
    this.loadedItems = this.model.sheets.map((sheet, i) => {
      const item = new WorksheetProxy(this.enqueue, `worksheets.items[${i}]`, this.model, () => sheet);
      item.preload(['name', 'visibility', 'isNullObject']);
      return item;
    });
    return true;
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw hostError('PropertyNotLoaded', 'worksheets.items');
    return this.loadedItems;
  }
  add(name: string): WorksheetProxy {
    this.command(['add', name], () => {
      checkSheetName(name);
      if (this.byName(name)) throw hostError('ItemAlreadyExists', name);
      this.model.sheets.push(newSheet(name));
    });
    return new WorksheetProxy(this.enqueue, `ws(${name})`, this.model, () => this.byName(name));
  }
  getItem(name: string): WorksheetProxy {
    const item = new WorksheetProxy(this.enqueue, `ws(${name})`, this.model, () => this.byName(name));
    this.command(['getItem', name], () => { if (!this.byName(name)) throw hostError('ItemNotFound', name); });
    return item;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.enqueue, `ws?(${name})`, this.model, () => this.byName(name));
  }
}

class NamedItemProxy extends Loadable {
  constructor(enqueue: Enqueue, private readonly model: WorkbookModel, readonly itemName: string, private readonly check: boolean) {
    super(enqueue, `name(${itemName})`);
    if (check) this.command(['getName', itemName], () => { if (!model.names.has(itemName)) throw hostError('ItemNotFound', itemName); });
  }
  protected override read(name: string): unknown {
    if (name === 'name') return this.itemName;
    if (name === 'formula') return this.model.names.get(this.itemName) ?? null;
    return super.read(name);
  }
  get name(): string { return this.got('name'); }
  get formula(): unknown { return this.got('formula'); }
  delete(): void {
    this.command(['deleteName', this.itemName], () => {
      if (!this.model.names.delete(this.itemName)) throw hostError('ItemNotFound', this.itemName);
    });
  }
}

class NamesProxy extends Loadable {
  private loadedItems: NamedItemProxy[] | null = null;
  constructor(enqueue: Enqueue, private readonly model: WorkbookModel) { super(enqueue, 'names'); }
  protected override read(name: string): unknown {
    if (name !== 'name' && name !== 'formula') return super.read(name);
    this.loadedItems = [...this.model.names.keys()].map((n) => {
      const item = new NamedItemProxy(this.enqueue, this.model, n, false);
      item.preload(['name', 'formula']);
      return item;
    });
    return true;
  }
  get items(): NamedItemProxy[] {
    if (!this.loadedItems) throw hostError('PropertyNotLoaded', 'names.items');
    return this.loadedItems;
  }
  add(name: string, reference: string): void {
    this.command(['addName', name, reference], () => {
      if ([...this.model.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw hostError('ItemAlreadyExists', name);
      this.model.names.set(name, reference.startsWith('=') ? reference : `=${reference}`);
    });
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.enqueue, this.model, name, true);
  }
}

/** A ClientResult: its value is there after the sync that ran the command. */
export interface Result<T> { readonly value: T }

export class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly insertWorksheetsFromBase64: (base64: string, options?: { positionType?: string }) => Result<string[]>;
  readonly names: NamesProxy;
  readonly settings: { add(key: string, value: string): void; getItemOrNullObject(key: string): ValueProxy };
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  constructor(model: WorkbookModel, enqueue: Enqueue) {
    this.worksheets = new WorksheetsProxy(enqueue, model);
    this.names = new NamesProxy(enqueue, model);
    this.settings = {
      add: (key, value) => enqueue({ json: ['settingAdd', key, value], apply: () => { model.settings.set(key, value); } }),
      getItemOrNullObject: (key) => new ValueProxy(enqueue, `setting(${key})`, () => model.settings.get(key)),
    };
    // ExcelApi 1.13: the package's sheets join the workbook at the end (the only position the adapter asks for).
    this.insertWorksheetsFromBase64 = (base64, options) => {
      let ids: string[] | null = null;
      enqueue({ json: ['insertWorksheets', base64, options ?? {}], apply: async () => {
        if (model.missingApis.has('insertWorksheetsFromBase64')) throw hostError('ApiNotFound', 'insertWorksheetsFromBase64 (ExcelApi 1.13)');
        if (options?.positionType !== undefined && options.positionType !== 'End') throw hostError('InvalidArgument', 'the double inserts at the end only');
        const sheets = await sheetsOfPackage(base64);
        for (const sheet of sheets) {
          checkSheetName(sheet.name);
          if (model.sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) throw hostError('ItemAlreadyExists', sheet.name);
        }
        model.sheets.push(...sheets);
        ids = sheets.map((s) => `{id:${s.name}}`);
      } });
      return { get value(): string[] { if (!ids) throw hostError('PropertyNotLoaded', 'insertWorksheetsFromBase64'); return ids; } };
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => enqueue({ json: ['suspendCalc'], apply: () => undefined }),
      suspendScreenUpdatingUntilNextSync: () => enqueue({ json: ['suspendScreen'], apply: () => undefined }),
    };
  }
}
