/**
 * The order list (POLICY.md §1, K3/K5): one row per order with its agent, date, amount, remark and
 * status. At 1,000 people this reads 300,000 rows, so each row's cells are looked at once: the
 * common cells (a number date and amount, a known name, the status and remark of the row before)
 * are answered without the general parsers, and a row whose cells are all plain is not judged again
 * by the row filter. Anything else takes the same parser, filter and problem as any other sheet.
 */
import type { CellValue } from '../engine/cells';
import type { Fen } from '../engine/money';
import { SalesOrders } from '../engine/orders';
import { problem, type Problem } from '../engine/result';
import { RowReader, textOfCell } from './fields';
import { foldText, nameKey } from './fold';
import { rememberedPerText } from './memo';
import type { NameBook } from './names';
import { fenOfNumber, parseMoney } from './numbers';
import { hiddenRowSkipped, isTotalsLabel, RowFilter } from './rows';
import { SeenIds } from './seenIds';
import { noWords } from './synonyms';
import type { Grid, SheetDetection } from './types';
import { dateSerialOfNumber, parseDate, type Parsed } from './values';

export interface OrderContext {
  readonly book: NameBook;
  readonly unknownCode: string;
  readonly yearHint: number | null;
}

let noKeys: ReadonlySet<string> | null = null;

/** The keys of the "none" words, built once (not 19 name folds per order row). */
function isNoWord(text: string): boolean {
  noKeys ??= new Set(noWords.map((w) => nameKey(w)));
  return noKeys.has(nameKey(text));
}

/** 备注/小蓝旗 (a cell value, merged blocks read through): any remark counts, unless it says there is none (否, 无, 未备注). */
function remarkedOf(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  const text = textOfCell(value);
  if (text === null) return false;
  return isRemark(text);
}

/** A remark column repeats a few words (已备注, 无) on every order: each text is judged once. */
const isRemark = rememberedPerText((text: string): boolean => {
  if (isNoWord(text)) return false;
  // "无备注" says there is none; "无需发票" is a remark.
  return !/^(无|未|没有?)(备注|标记|插旗|蓝旗|旗)?$/u.test(foldText(text));
});

/**
 * A name cell as the reader and the row filter see it, worked out once per distinct value of a sheet.
 * The person is resolved only when a data row asks (an open book learns each name it resolves, and the
 * order list numbers people as they come).
 */
class NameCell {
  /** The person; false for a totals label (skipped without a word), null for someone unknown (warned per row); undefined until resolved. */
  person: string | null | false | undefined = undefined;
  /** The person's index in the order list, -1 for none. */
  index = -1;

  constructor(
    /** The trimmed text; null when blank. */
    readonly text: string | null,
    /** Whether the cell leaves the row filter's verdict alone (RowFilter.plain). */
    readonly plain: boolean,
  ) {}
}

/**
 * The name cells of one order sheet, each distinct value looked up once: 300,000 order rows repeat a
 * few hundred names. Kept only while the book is closed, whose answers never change.
 */
class SheetNames {
  private readonly byValue = new Map<CellValue, NameCell>();

  constructor(private readonly book: NameBook, private readonly orders: SalesOrders, private readonly filter: RowFilter, private readonly col: number) {}

  of(value: CellValue): NameCell {
    // Small, so the order reader's plain path can inline it; a new value is worked out apart.
    return this.byValue.get(value) ?? this.learn(value);
  }

  private learn(value: CellValue): NameCell {
    const cell = new NameCell(textOfCell(value), this.filter.plain(this.col, value));
    if (this.book.closed) this.byValue.set(value, cell);
    return cell;
  }

  /** The cell's person (see NameCell), resolved the first time. */
  personOf(cell: NameCell): string | null | false {
    if (cell.person === undefined && cell.text !== null) {
      cell.person = isTotalsLabel(cell.text) ? false : this.book.resolve(cell.text);
      if (typeof cell.person === 'string') cell.index = this.orders.nameIndex(cell.person);
    }
    return cell.person ?? null;
  }
}

/**
 * A status or remark column repeats a few words row after row: its last value is kept, and what each
 * value reads as (a bounded map of this sheet's values, as statuses alternate: 交易成功, 退款, 交易成功).
 */
class LastValue<T> {
  private value: CellValue | undefined;
  private read: T | undefined;
  plain = true;
  private readonly known = new Map<CellValue, { readonly read: T; readonly plain: boolean }>();

  constructor(private readonly filter: RowFilter, private readonly col: number, private readonly readOf: (value: CellValue) => T) {}

  of(value: CellValue): T {
    // Small, so the order reader's plain path can inline it; a new value is looked up apart.
    return this.read !== undefined && value === this.value ? this.read : this.change(value);
  }

  private change(value: CellValue): T {
    let known = this.known.get(value);
    if (known === undefined) {
      known = { read: this.readOf(value), plain: this.filter.plain(this.col, value) };
      if (this.known.size >= 1000) this.known.clear();
      this.known.set(value, known);
    }
    this.value = value;
    this.read = known.read;
    this.plain = known.plain;
    return known.read;
  }
}

/** The columns a row filter must still look at: those the order reader does not read. */
function otherColumns(width: number, read: readonly (number | undefined)[]): number[] {
  const others: number[] = [];
  for (let col = 0; col < width; col += 1) if (!read.includes(col)) others.push(col);
  return others;
}

/**
 * One order sheet's reading. Each row takes the plain path when it can (readPlain: every cell plain,
 * a known name, a number date and amount, a new order id), which either reads the whole order or
 * leaves the row untouched; any other row takes the general path (readAny), through the row filter
 * and the parsers, with the problems. Kept apart so that the plain path stays small enough for the
 * compiler to inline its helpers: at 1,000 people it runs 300,000 times.
 */
class OrderSheetReader {
  readonly orders: SalesOrders;
  /** Hidden-row notes, which go before the sheet's other problems (as dataRows puts them). */
  readonly hidden: Problem[] = [];
  private readonly cols: Readonly<Record<string, number>>;
  // Column indexes with -1 for none: cells[undefined] would look up a property named "undefined".
  private readonly nameAt: number;
  private readonly orderAt: number;
  private readonly dateAt: number;
  private readonly amountAt: number;
  private readonly statusAt: number;
  private readonly remarkAt: number;
  private readonly filter: RowFilter;
  private readonly seen: SeenIds;
  private readonly names: SheetNames | null;
  private readonly statuses: LastValue<string | null> | null;
  private readonly remarks: LastValue<boolean> | null;
  private readonly width: number;
  private readonly others: number[];
  private readonly hiddenRows: ReadonlySet<number>;
  private readonly r: RowReader;
  private readonly rowCol: number;
  /** Whether rows may take the plain path: the sheet has the four columns it reads, and no merges (the filter judges a row's own cells, not what a merge reads through to). */
  readonly plainPath: boolean;
  private readonly parseDay: (v: CellValue) => Parsed<number>;

  constructor(private readonly grid: Grid, detection: SheetDetection, private readonly ctx: OrderContext, private readonly problems: Problem[]) {
    this.cols = detection.columns;
    const at = (field: string): number => detection.columns[field] ?? -1;
    [this.nameAt, this.orderAt, this.dateAt, this.amountAt, this.statusAt, this.remarkAt] = [at('name'), at('order'), at('date'), at('amount'), at('status'), at('remarked')];
    this.filter = new RowFilter(grid, detection);
    this.orders = new SalesOrders(grid.rows.length - detection.headerRow - 1);
    // The accepted ids are the orders' own: the duplicate check lists them from there if it ever needs a set.
    this.seen = new SeenIds(() => this.orders.orderIdList());
    this.names = this.nameAt < 0 ? null : new SheetNames(ctx.book, this.orders, this.filter, this.nameAt);
    this.statuses = this.statusAt < 0 ? null : new LastValue(this.filter, this.statusAt, (v) => { const t = textOfCell(v); return t === null ? null : foldText(t); });
    this.remarks = this.remarkAt < 0 ? null : new LastValue(this.filter, this.remarkAt, remarkedOf);
    this.width = Math.max(-1, ...Object.values(detection.columns)) + 1;
    this.others = otherColumns(this.width, [this.nameAt, this.orderAt, this.dateAt, this.amountAt, this.statusAt, this.remarkAt]);
    this.hiddenRows = new Set(grid.hiddenRows ?? []);
    this.r = new RowReader(grid, detection, 0, problems);
    this.rowCol = this.r.rowCol();
    const merged = grid.merges !== undefined && grid.merges.length > 0;
    this.plainPath = !merged && this.nameAt >= 0 && this.orderAt >= 0 && this.dateAt >= 0 && this.amountAt >= 0;
    this.parseDay = (v) => parseDate(v, ctx.yearHint);
  }

  /** The plain path: true when the row was a plain order and is read, false (nothing done) otherwise. */
  readPlain(row: number, cells: readonly CellValue[]): boolean {
    const { filter } = this;
    const name = (this.names as SheetNames).of(cells[this.nameAt] ?? null);
    // A known person (resolved on an earlier row) in a cell that is plain.
    if (name.index < 0 || !name.plain) return false;
    const orderValue = cells[this.orderAt];
    if (typeof orderValue !== 'string' || !filter.plain(this.orderAt, orderValue)) return false;
    const dateValue = cells[this.dateAt];
    if (typeof dateValue !== 'number' || !filter.plain(this.dateAt, dateValue)) return false;
    const daySerial = dateSerialOfNumber(dateValue);
    const amountValue = cells[this.amountAt];
    if (daySerial === undefined || typeof amountValue !== 'number' || !filter.plain(this.amountAt, amountValue)) return false;
    const amountFen = fenOfNumber(amountValue);
    const status = this.statuses === null ? null : this.statuses.of(cells[this.statusAt] ?? null);
    const remarked = this.remarks === null ? null : this.remarks.of(cells[this.remarkAt] ?? null);
    if (amountFen === undefined || !(this.statuses?.plain ?? true) || !(this.remarks?.plain ?? true)) return false;
    if (this.hiddenRows.size > 0 && this.hiddenRows.has(row)) return false;
    for (let k = 0; k < this.others.length; k += 1) if (!filter.plain(this.others[k] as number, cells[this.others[k] as number] ?? null)) return false;
    for (let col = this.width; col < cells.length; col += 1) if (!filter.plain(col, cells[col] ?? null)) return false;
    // The id starts with a printable ASCII character (RowFilter.plain): if it ends with one too, trimming leaves it as it is.
    const last = orderValue.charCodeAt(orderValue.length - 1);
    const orderId = last > 0x20 && last < 0x7f ? orderValue : orderValue.trim();
    // Last, as it remembers the id: a repeat goes the general way too, which reports it.
    if (orderId === '' || !this.seen.firstTime(orderId)) return false;
    this.orders.add(orderId, name.index, daySerial, amountFen, remarked, status, this.grid.name, row, this.rowCol);
    return true;
  }

  /** The general path: the row filter's verdict, then each field through its parser, each problem reported. */
  readAny(row: number, cells: readonly CellValue[]): void {
    const verdict = this.filter.judge(cells);
    if (verdict === 'blank') return;
    if (this.hiddenRows.size > 0 && this.hiddenRows.has(row)) {
      this.hidden.push(hiddenRowSkipped(this.grid, row, cells));
      return;
    }
    if (verdict === 'skip' || this.names === null) return;
    const { r, cols } = this;
    r.moveTo(row);
    const name = this.names.of(r.rawAt(this.nameAt));
    if (name.text === null) return;
    const orderId = this.orderAt < 0 ? null : textOfCell(r.rawAt(this.orderAt));
    if (orderId === null) r.report('warning', 'sheets.missingOrderId', {}, r.ref('order') ?? undefined);
    const dateValue = this.dateAt < 0 ? null : r.rawAt(this.dateAt);
    const daySerial = (typeof dateValue === 'number' ? dateSerialOfNumber(dateValue) : undefined) ?? r.parseAt(cols['date'], this.parseDay);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.ref('date') ?? undefined);
    const amountValue = this.amountAt < 0 ? null : r.rawAt(this.amountAt);
    const amountFen = (typeof amountValue === 'number' ? fenOfNumber(amountValue) : undefined) ?? r.parseAt(cols['amount'], parseAmount);
    if (amountFen === null) r.report('warning', 'sheets.missingAmount', {}, r.ref('amount') ?? undefined);
    const person = this.names.personOf(name);
    if (person === false) return;
    if (person === null) this.problems.push(problem('warning', this.ctx.unknownCode, { name: name.text, sheet: this.grid.name }, r.rowRef()));
    if (person === null || orderId === null || daySerial === null || daySerial === undefined || amountFen === null || amountFen === undefined) return;
    if (!this.seen.firstTime(orderId)) {
      r.report('warning', 'sheets.duplicateOrder', { order: orderId }, r.ref('order') ?? undefined);
      return;
    }
    const status = this.statuses === null ? null : this.statuses.of(r.rawAt(this.statusAt));
    const remarked = this.remarks === null ? null : this.remarks.of(r.rawAt(this.remarkAt));
    this.orders.add(orderId, name.index, daySerial, amountFen, remarked, status, this.grid.name, row, this.rowCol);
  }
}

const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);

/**
 * Order rows. An order without an order number, date or amount is reported and left out; so is a
 * repeated order number (overlapping exports list an order twice; the first row stands).
 * @example readSalesOrders(grid, detection, ctx, problems).at(0) → { orderId: '3012345678901234567', name: '张三', amountFen: 19900, remarked: true, status: '已完成', … }
 */
export function readSalesOrders(grid: Grid, detection: SheetDetection, ctx: OrderContext, problems: Problem[]): SalesOrders {
  const reader = new OrderSheetReader(grid, detection, ctx, problems);
  const firstProblem = problems.length;
  // Index loop over the rows: for...of made an iterator result per row.
  for (let row = detection.headerRow + 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row];
    if (cells === undefined) continue;
    if (!(reader.plainPath && reader.readPlain(row, cells))) reader.readAny(row, cells);
  }
  problems.splice(firstProblem, 0, ...reader.hidden);
  return reader.orders;
}
