/**
 * Proxy objects of the Excel double: each call or assignment queues a command (applied at sync, in
 * order); each load queues a snapshot; reading a property that was not loaded and synced throws, as
 * Office.js does ("PropertyNotLoaded").
 */
import type { HostHyperlink, HostValue } from '../../src/io/office/host';
import { columnLetters } from '../../src/engine/result';
import { cellKey, hostError, storeWritten, type CellModel, type MergeModel, type SheetModel, type WorkbookModel } from './excel-model';

/** A queued command; apply runs at sync, in order (a promise is awaited before the next). */
export interface Command { readonly json: readonly unknown[]; apply(): void | Promise<void> }
type Enqueue = (command: Command) => void;
interface Box { sheet: SheetModel; row: number; col: number; rows: number; cols: number }

const maxRows = 1048576;
const maxCols = 16384;

class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly enqueue: Enqueue, protected readonly path: string) {}
  load(propertyNames: string): this {
    const names = propertyNames.split(',').map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
    this.enqueue({ json: ['load', this.path, names], apply: () => {
      for (const name of names) this.loaded.set(name, this.read(name));
      // Office.js fills isNullObject on every load of an *OrNullObject result.
      try { this.loaded.set('isNullObject', this.read('isNullObject')); } catch { /* not a null-object kind */ }
    } });
    return this;
  }
  /** Marks properties as loaded now (items of a collection arrive loaded with it). */
  preload(names: readonly string[]): void {
    for (const name of names) this.loaded.set(name, this.read(name));
  }
  protected read(name: string): unknown {
    throw hostError('InvalidArgument', `cannot load ${name} of ${this.path}`);
  }
  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw hostError('PropertyNotLoaded', `${name} of ${this.path}`);
    return this.loaded.get(name) as T;
  }
  protected command(json: unknown[], apply: () => void): void {
    this.enqueue({ json, apply });
  }
}

function quoted(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

function parseA1(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, '').toUpperCase());
  if (!match) throw hostError('InvalidArgument', `address ${address}`);
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

function cellOf(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = { value: '', numberFormat: 'General' }));
  return cell;
}

function forEachCell(box: Box, visit: (cell: CellModel, r: number, c: number) => void): void {
  for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) visit(cellOf(box.sheet, box.row + r, box.col + c), r, c);
}

function matrixFits(box: Box, matrix: readonly (readonly unknown[])[]): void {
  if (matrix.length !== box.rows || matrix.some((row) => row.length !== box.cols)) {
    throw hostError('InvalidArgument', `a ${matrix.length}-row array does not match the range's ${box.rows}×${box.cols}`);
  }
}

/** "'计分表'!A1:F20" → the sheet and box it names. */
function boxOfAddress(model: WorkbookModel | undefined, address: string): Box {
  const bang = address.lastIndexOf('!');
  const rawSheet = address.slice(0, bang);
  const name = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const sheet = model?.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (bang < 0 || !sheet) throw hostError('InvalidArgument', `no sheet in ${address}`);
  const [from, to] = address.slice(bang + 1).split(':');
  const start = parseA1(from ?? '');
  const end = to === undefined ? start : parseA1(to);
  return { sheet, row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

export class RangeProxy extends Loadable {
  constructor(enqueue: Enqueue, path: string, private readonly resolve: () => Box | null,
    private readonly model?: WorkbookModel) { super(enqueue, path); }
  private box(): Box {
    const box = this.resolve();
    if (!box) throw hostError('InvalidObjectPath', `${this.path} is a null object`);
    return box;
  }
  protected override read(name: string): unknown {
    const box = this.resolve();
    if (name === 'isNullObject') return box === null;
    if (!box) return null;
    const end = box.rows === 1 && box.cols === 1 ? '' : `:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
    if (name === 'address') return `${quoted(box.sheet.name)}!${a1(box.row, box.col)}${end}`;
    if (name === 'rowIndex') return box.row;
    if (name === 'columnIndex') return box.col;
    if (name !== 'values' && name !== 'numberFormat') return super.read(name);
    // Reading must not create cells (a snapshot before and after a read stays equal).
    const out: unknown[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < box.cols; c++) {
        const cell = box.sheet.cells.get(cellKey(box.row + r, box.col + c));
        row.push(name === 'values' ? cell?.value ?? '' : cell?.numberFormat ?? 'General');
      }
      out.push(row);
    }
    return out;
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get address(): string { return this.got('address'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get values(): unknown[][] { return this.got('values'); }
  set values(matrix: unknown[][]) {
    this.command(['values', this.path, matrix], () => {
      const box = this.box();
      matrixFits(box, matrix);
      forEachCell(box, (cell, r, c) => storeWritten(cell, (matrix[r]?.[c] ?? null) as HostValue));
    });
  }
  get numberFormat(): unknown[][] { return this.got('numberFormat'); }
  set numberFormat(matrix: unknown[][]) {
    this.command(['numberFormat', this.path, matrix], () => {
      const box = this.box();
      matrixFits(box, matrix);
      forEachCell(box, (cell, r, c) => { const f = matrix[r]?.[c]; if (typeof f === 'string') cell.numberFormat = f; });
    });
  }
  get hyperlink(): HostHyperlink { return this.got('hyperlink'); }
  set hyperlink(link: HostHyperlink) {
    this.command(['hyperlink', this.path, link], () => forEachCell(this.box(), (cell) => {
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) { delete cell.formula; cell.value = link.textToDisplay; }
    }));
  }
  readonly format = ((range: RangeProxy) => ({
    fill: { get color(): string { throw hostError('PropertyNotLoaded', 'fill'); },
      set color(color: string) { range.command(['fill', range.path, color], () => forEachCell(range.box(), (cell) => { cell.fill = color; })); } },
    font: { get bold(): boolean { throw hostError('PropertyNotLoaded', 'bold'); },
      set bold(bold: boolean) { range.command(['bold', range.path, bold], () => forEachCell(range.box(), (cell) => { cell.bold = bold; })); },
      get size(): number { throw hostError('PropertyNotLoaded', 'size'); },
      set size(size: number) { range.command(['fontSize', range.path, size], () => forEachCell(range.box(), (cell) => { cell.fontSize = size; })); } },
    get columnWidth(): number { throw hostError('PropertyNotLoaded', 'columnWidth'); },
    set columnWidth(width: number) {
      range.command(['columnWidth', range.path, width], () => {
        const box = range.box();
        for (let c = 0; c < box.cols; c++) box.sheet.columnWidths.set(box.col + c, width);
      });
    },
  }))(this);
  /** The range's A1 address without the sheet, resolved at sync time. */
  a1Now(): string {
    const box = this.box();
    return `${a1(box.row, box.col)}:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
  }
  getColumn(column: number): RangeProxy {
    return new RangeProxy(this.enqueue, `${this.path}.col(${column})`, () => {
      const box = this.box();
      return { ...box, col: box.col + column, cols: 1 };
    }, this.model);
  }
  getVisibleView(): RangeViewProxy {
    return new RangeViewProxy(this.enqueue, `${this.path}.visible`, () => this.box());
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.enqueue, `${this.path}.merged`, () => this.box(), this.model);
  }
  /**
   * Range.copyFrom (ExcelApi 1.9) with copyType 'All': values, number formats, fills, fonts and links
   * of the source land on this range's top-left onwards; the source is read when the copy runs.
   */
  copyFrom(source: string, copyType = 'All'): void {
    this.command(['copyFrom', this.path, source, copyType], () => {
      if (this.model?.missingApis.has('copyFrom')) throw hostError('ApiNotFound', 'copyFrom (ExcelApi 1.9)');
      const from = boxOfAddress(this.model, source);
      const to = this.box();
      const copied = [...from.sheet.cells].flatMap(([key, cell]) => {
        const [r, c] = key.split(',').map(Number) as [number, number];
        const inside = r >= from.row && r < from.row + from.rows && c >= from.col && c < from.col + from.cols;
        return inside ? [[r - from.row + to.row, c - from.col + to.col, cell] as const] : [];
      });
      for (const [r, c, cell] of copied) to.sheet.cells.set(cellKey(r, c), JSON.parse(JSON.stringify(cell)) as CellModel);
    });
  }
  clear(): void {
    this.command(['clear', this.path], () => {
      const box = this.box();
      for (const key of [...box.sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols) box.sheet.cells.delete(key);
      }
    });
  }
  select(): void {
    this.command(['select', this.path], () => {
      const box = this.box();
      if (!this.model) return;
      this.model.activeSheet = box.sheet.name;
      this.model.selection = { sheet: box.sheet.name, row: box.row, col: box.col };
    });
  }
}

export class RangeViewProxy extends Loadable {
  constructor(enqueue: Enqueue, path: string, private readonly resolve: () => Box) { super(enqueue, path); }
  protected override read(name: string): unknown {
    if (name !== 'cellAddresses') return super.read(name);
    const box = this.resolve();
    const out: string[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      if (box.sheet.hiddenRows.has(r)) continue;
      const row: string[] = [];
      for (let c = box.col; c < box.col + box.cols; c++) row.push(`${quoted(box.sheet.name)}!${a1(r, c)}`);
      out.push(row);
    }
    return out;
  }
  get cellAddresses(): unknown[][] { return this.got('cellAddresses'); }
}

/**
 * The merged areas of a range (ExcelApi 1.13): as Excel does, those whose top-left cell lies in the
 * range; a null object when there are none. On a host listed as missing the API, a load fails the sync.
 */
export class RangeAreasProxy extends Loadable {
  constructor(enqueue: Enqueue, path: string, private readonly resolve: () => Box, private readonly model?: WorkbookModel) {
    super(enqueue, path);
  }
  private areas(): { sheet: SheetModel; areas: MergeModel[] } {
    if (this.model?.missingApis.has('getMergedAreasOrNullObject')) throw hostError('ApiNotFound', 'getMergedAreasOrNullObject (ExcelApi 1.13)');
    const box = this.resolve();
    const inside = (m: MergeModel): boolean => m.row >= box.row && m.row < box.row + box.rows && m.col >= box.col && m.col < box.col + box.cols;
    return { sheet: box.sheet, areas: box.sheet.merges.filter(inside) };
  }
  protected override read(name: string): unknown {
    const { sheet, areas } = this.areas();
    if (name === 'isNullObject') return areas.length === 0;
    if (name === 'areaCount') return areas.length;
    if (name !== 'address') return super.read(name);
    if (areas.length === 0) return null;
    return areas.map((m) => `${quoted(sheet.name)}!${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`).join(', ');
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get address(): string { return this.got('address'); }
}

export { Loadable, parseA1, maxRows, maxCols };
export type { Box, Enqueue };
