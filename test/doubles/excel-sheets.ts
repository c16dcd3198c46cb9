/**
 * Workbook, worksheet collection, worksheet, custom property and settings proxies of the Excel
 * double (ranges are in excel-proxies.ts).
 */
import { checkSheetName, hostError, newSheet, usedBox, type SheetModel, type WorkbookModel } from './excel-model';
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
  activate(): void {
    this.command(['activate', this.path], () => { this.model.activeSheet = this.sheet().name; });
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

export class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
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
    this.application = {
      suspendApiCalculationUntilNextSync: () => enqueue({ json: ['suspendCalc'], apply: () => undefined }),
      suspendScreenUpdatingUntilNextSync: () => enqueue({ json: ['suspendScreen'], apply: () => undefined }),
    };
  }
}
