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
import { RowReader, numberText } from './fields';
import { foldText, nameKey } from './fold';
import { cellAt } from './grid';
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
  const text = trimmedText(value);
  if (text === null) return false;
  return isRemark(text);
}

/** A remark column repeats a few words (已备注, 无) on every order: each text is judged once. */
const isRemark = rememberedPerText((text: string): boolean => {
  if (isNoWord(text)) return false;
  // "无备注" says there is none; "无需发票" is a remark.
  return !/^(无|未|没有?)(备注|标记|插旗|蓝旗|旗)?$/u.test(foldText(text));
});

/** Order ids, names and statuses as they sit in their cells: text trimmed, a number as written (numberText). */
function trimmedText(value: CellValue): string | null {
  if (typeof value === 'number') return numberText(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

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
    const known = this.byValue.get(value);
    if (known !== undefined) return known;
    const cell = new NameCell(trimmedText(value), this.filter.plain(this.col, value));
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

/** A status or remark column repeats one word row after row: its last value, and what it read as, are kept. */
class LastValue<T> {
  private value: CellValue | undefined;
  private read: T | undefined;
  plain = true;

  constructor(private readonly filter: RowFilter, private readonly col: number, private readonly readOf: (value: CellValue) => T) {}

  of(value: CellValue): T {
    if (this.read === undefined || value !== this.value) {
      this.value = value;
      this.read = this.readOf(value);
      this.plain = this.filter.plain(this.col, value);
    }
    return this.read;
  }
}

/** A row's values with merged blocks read through to their top-left cell (cellAt), for the few sheets that have merges. */
function mergedValues(grid: Grid, row: number, width: number): CellValue[] {
  return Array.from({ length: width }, (_, col) => cellAt(grid, row, col));
}

/** The value at a column index, null for a column the sheet does not have (-1). */
function valueAt(values: readonly CellValue[], col: number): CellValue {
  return col < 0 ? null : values[col] ?? null;
}

/** The columns a row filter must still look at: those the order reader does not read. */
function otherColumns(width: number, read: readonly (number | undefined)[]): number[] {
  const others: number[] = [];
  for (let col = 0; col < width; col += 1) if (!read.includes(col)) others.push(col);
  return others;
}

/**
 * Order rows. An order without an order number, date or amount is reported and left out; so is a
 * repeated order number (overlapping exports list an order twice; the first row stands).
 * @example readSalesOrders(grid, detection, ctx, problems).at(0) → { orderId: '3012345678901234567', name: '张三', amountFen: 19900, remarked: true, status: '已完成', … }
 */
export function readSalesOrders(grid: Grid, detection: SheetDetection, ctx: OrderContext, problems: Problem[]): SalesOrders {
  const parseDay = (v: CellValue): Parsed<number> => parseDate(v, ctx.yearHint);
  const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);
  const { name: nameCol, order: orderCol, date: dateCol, amount: amountCol, status: statusCol, remarked: remarkCol } = detection.columns;
  // Column indexes with -1 for none: values[undefined] would look up a property named "undefined".
  const nameAt = nameCol ?? -1, orderAt = orderCol ?? -1, dateAt = dateCol ?? -1, amountAt = amountCol ?? -1, statusAt = statusCol ?? -1, remarkAt = remarkCol ?? -1;
  const filter = new RowFilter(grid, detection);
  const orders = new SalesOrders(grid.rows.length - detection.headerRow - 1);
  // The accepted ids are the orders' own: the duplicate check lists them from there if it ever needs a set.
  const seen = new SeenIds(() => orders.orderIdList());
  const names = nameCol === undefined ? null : new SheetNames(ctx.book, orders, filter, nameCol);
  const statuses = statusCol === undefined ? null : new LastValue(filter, statusCol, (v) => { const t = trimmedText(v); return t === null ? null : foldText(t); });
  const remarks = remarkCol === undefined ? null : new LastValue(filter, remarkCol, remarkedOf);
  const width = Math.max(-1, ...Object.values(detection.columns)) + 1;
  const others = otherColumns(width, [nameCol, orderCol, dateCol, amountCol, statusCol, remarkCol]);
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const hidden: Problem[] = [];
  // A merged cell reads through to its block's top-left; the filter judges the row's own cells, so a sheet with merges is always judged.
  const hasMerges = grid.merges !== undefined && grid.merges.length > 0;
  // Every cell plain and the name filled: a data row, without judging it (RowFilter.plain).
  const isPlainRow = (row: number, cells: readonly CellValue[], name: NameCell, orderValue: CellValue, dateValue: CellValue, amountValue: CellValue): boolean => {
    if (name.text === null || !name.plain || !(statuses?.plain ?? true) || !(remarks?.plain ?? true)) return false;
    if (!filter.plain(orderAt, orderValue) || !filter.plain(dateAt, dateValue) || !filter.plain(amountAt, amountValue)) return false;
    if (hiddenRows.size > 0 && hiddenRows.has(row)) return false;
    for (let k = 0; k < others.length; k += 1) if (!filter.plain(others[k] as number, cells[others[k] as number] ?? null)) return false;
    for (let col = width; col < cells.length; col += 1) if (!filter.plain(col, cells[col] ?? null)) return false;
    return true;
  };
  const r = new RowReader(grid, detection, 0, problems);
  const rowCol = r.rowCol();
  const firstProblem = problems.length;
  // Index loop over the rows: for...of made an iterator result per row.
  for (let row = detection.headerRow + 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row];
    if (cells === undefined) continue;
    const values = hasMerges ? mergedValues(grid, row, width) : cells;
    const name = names === null ? null : names.of(valueAt(values, nameAt));
    const orderValue = valueAt(values, orderAt);
    const dateValue = valueAt(values, dateAt);
    const amountValue = valueAt(values, amountAt);
    const status = statuses === null ? null : statuses.of(valueAt(values, statusAt));
    const remarked = remarks === null ? null : remarks.of(valueAt(values, remarkAt));
    const plain = !hasMerges && name !== null && isPlainRow(row, cells, name, orderValue, dateValue, amountValue);
    if (!plain) {
      const verdict = filter.judge(cells);
      if (verdict === 'blank') continue;
      if (hiddenRows.size > 0 && hiddenRows.has(row)) {
        hidden.push(hiddenRowSkipped(grid, row, cells));
        continue;
      }
      if (verdict === 'skip') continue;
    }
    if (name === null || name.text === null) continue;
    r.moveTo(row);
    const orderId = trimmedText(orderValue);
    if (orderId === null) r.report('warning', 'sheets.missingOrderId', {}, r.ref('order') ?? undefined);
    const daySerial = typeof dateValue === 'number' ? dateSerialOfNumber(dateValue) ?? r.parseAt(dateCol, parseDay) : r.parseAt(dateCol, parseDay);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.ref('date') ?? undefined);
    const amountFen = typeof amountValue === 'number' ? fenOfNumber(amountValue) ?? r.parseAt(amountCol, parseAmount) : r.parseAt(amountCol, parseAmount);
    if (amountFen === null) r.report('warning', 'sheets.missingAmount', {}, r.ref('amount') ?? undefined);
    const person = names?.personOf(name) ?? null;
    if (person === false) continue;
    if (person === null) problems.push(problem('warning', ctx.unknownCode, { name: name.text, sheet: grid.name }, r.rowRef()));
    if (person === null || orderId === null || daySerial === null || daySerial === undefined || amountFen === null || amountFen === undefined) continue;
    if (!seen.firstTime(orderId)) {
      r.report('warning', 'sheets.duplicateOrder', { order: orderId }, r.ref('order') ?? undefined);
      continue;
    }
    orders.add(orderId, name.index, daySerial, amountFen, remarked, status, grid.name, row, rowCol);
  }
  // Hidden-row notes go before this sheet's others, as dataRows puts them.
  problems.splice(firstProblem, 0, ...hidden);
  return orders;
}
