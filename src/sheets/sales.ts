/**
 * Sales (POLICY.md §1): daily figures per agent, Qianniu/赤兔 period figures (no date column →
 * daySerial null), or a per-order list with the agent's remark (K3) and status (K5).
 */
import type { CellValue } from '../engine/cells';
import type { SalesFigures } from '../engine/model';
import { SalesOrders } from '../engine/orders';
import type { Fen } from '../engine/money';
import { problem, type Problem } from '../engine/result';
import { RowReader, numberText } from './fields';
import { foldText, nameKey } from './fold';
import type { NameBook } from './names';
import { fenOfNumber, parseCount, parseMoney } from './numbers';
import { DataRowCursor, dataRows, isTotalsLabel } from './rows';
import { cellAt } from './grid';
import { rememberedPerText } from './memo';
import { SeenIds } from './seenIds';
import { noWords } from './synonyms';
import type { Grid, SheetDetection } from './types';
import { dateSerialOfNumber, parseDate, type Parsed } from './values';

export interface SalesContext {
  readonly book: NameBook;
  readonly unknownCode: string;
  readonly yearHint: number | null;
}

/**
 * Figures rows. A figure that cannot be read (延迟统计, #N/A, garbage) is an error on its cell and
 * the row is left out: a zero would silently cut someone's commission.
 * @example readSalesFigures(grid, detection, ctx, problems)[0] → { name: '王小美', daySerial: null, inquiries: 120, buyers: 90, amountFen: 1523050, … }
 */
export function readSalesFigures(grid: Grid, detection: SheetDetection, ctx: SalesContext, problems: Problem[]): SalesFigures[] {
  const figures: SalesFigures[] = [];
  const parseDay = (v: CellValue): Parsed<number> => parseDate(v, ctx.yearHint);
  const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);
  const r = new RowReader(grid, detection, 0, problems);
  for (const row of dataRows(grid, detection, problems)) {
    r.moveTo(row);
    if (r.nameText() === null) continue;
    const daySerial = r.get('date', parseDay);
    const inquiries = r.get('inquiries', parseCount);
    const buyers = r.get('buyers', parseCount);
    const amountFen = r.get('amount', parseAmount);
    const name = r.person(ctx.book, ctx.unknownCode);
    if (name === null || daySerial === undefined || inquiries === undefined || buyers === undefined || amountFen === undefined) continue;
    if (inquiries === null && buyers === null && amountFen === null) continue;
    if (inquiries !== null && buyers !== null && buyers > inquiries) {
      r.report('warning', 'sheets.buyersAboveInquiries', { buyers, inquiries }, r.ref('buyers') ?? undefined);
    }
    figures.push({ name, daySerial, inquiries, buyers, amountFen, source: r.rowRef() });
  }
  return figures;
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

/** A name cell's reading: the person (false for a totals label, null for someone unknown) and, for a person, their index in the order list. */
interface NameRead {
  readonly person: string | null | false;
  readonly index: number;
}

/**
 * The canonical person of each name text of one order sheet, each text looked up once: 300,000 order
 * rows repeat a few hundred names. Only while the book is closed, whose answers never change.
 * `false` marks a totals label (合计), skipped without a word; null someone unknown, warned per row.
 */
class SheetNames {
  private readonly byText = new Map<string, NameRead>();

  constructor(private readonly book: NameBook, private readonly orders: SalesOrders) {}

  personOf(text: string): NameRead {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const person: string | null | false = isTotalsLabel(text) ? false : this.book.resolve(text);
    const read: NameRead = { person, index: typeof person === 'string' ? this.orders.nameIndex(person) : -1 };
    if (this.book.closed) this.byText.set(text, read);
    return read;
  }
}

/**
 * Order rows. An order without an order number, date or amount is reported and left out.
 * One loop over the row's cells with the common cases (a number date and amount, a known name, the
 * status and remark of the row before) answered without the general parsers; anything else takes the
 * same parser and problem as a figures row. At 1,000 people this reads 300,000 rows.
 * @example readSalesOrders(grid, detection, ctx, problems).at(0) → { orderId: '3012345678901234567', name: '张三', amountFen: 19900, remarked: true, status: '已完成', … }
 */
export function readSalesOrders(grid: Grid, detection: SheetDetection, ctx: SalesContext, problems: Problem[]): SalesOrders {
  const parseDay = (v: CellValue): Parsed<number> => parseDate(v, ctx.yearHint);
  const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);
  const { name: nameCol, order: orderCol, date: dateCol, amount: amountCol, status: statusCol, remarked: remarkCol } = detection.columns;
  // A status column repeats a few words (交易成功, 退款) row after row: the last one is kept, each folded once per sheet.
  const statusFolds = new Map<string, string>();
  let lastStatus: string | null = null;
  let lastFolded: string | null = null;
  // The remark column too (已备注 on most rows): the last cell value and its answer.
  let lastRemarkValue: CellValue | undefined;
  let lastRemarked = false;
  const r = new RowReader(grid, detection, 0, problems);
  const rowCol = r.rowCol();
  const hasMerges = grid.merges !== undefined && grid.merges.length > 0;
  let row = 0;
  let cells: readonly CellValue[] = [];
  // cellAt only for merged blocks: a filled cell is itself. (One function for the sheet, not a closure per row.)
  const at = (col: number | undefined): CellValue => (col === undefined ? null : hasMerges ? cellAt(grid, row, col) : cells[col] ?? null);
  // Rows judged and read in one pass (DataRowCursor); hidden-row notes go before this sheet's others, as dataRows puts them.
  const cursor = new DataRowCursor(grid, detection);
  const firstProblem = problems.length;
  const orders = new SalesOrders(grid.rows.length - detection.headerRow - 1);
  // The accepted ids are the orders' own: the duplicate check lists them from there if it ever needs a set.
  const seen = new SeenIds(() => orders.orderIdList());
  const names = new SheetNames(ctx.book, orders);
  for (row = cursor.next(); row >= 0; row = cursor.next()) {
    r.moveTo(row);
    cells = grid.rows[row] as readonly CellValue[];
    const nameText = nameCol === undefined ? null : trimmedText(at(nameCol));
    if (nameText === null) continue;
    const orderId = orderCol === undefined ? null : trimmedText(at(orderCol));
    if (orderId === null) r.report('warning', 'sheets.missingOrderId', {}, r.ref('order') ?? undefined);
    const dateValue = at(dateCol);
    const daySerial = typeof dateValue === 'number' ? dateSerialOfNumber(dateValue) ?? r.parseAt(dateCol, parseDay) : r.parseAt(dateCol, parseDay);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.ref('date') ?? undefined);
    const amountValue = at(amountCol);
    const amountFen = typeof amountValue === 'number' ? fenOfNumber(amountValue) ?? r.parseAt(amountCol, parseAmount) : r.parseAt(amountCol, parseAmount);
    if (amountFen === null) r.report('warning', 'sheets.missingAmount', {}, r.ref('amount') ?? undefined);
    const { person, index: nameIndex } = names.personOf(nameText);
    if (person === false) continue;
    if (person === null) problems.push(problem('warning', ctx.unknownCode, { name: nameText, sheet: grid.name }, r.rowRef()));
    if (person === null || orderId === null || daySerial === null || daySerial === undefined || amountFen === null || amountFen === undefined) continue;
    // Overlapping exports list an order twice; it is one sale (the first row stands).
    if (!seen.firstTime(orderId)) {
      r.report('warning', 'sheets.duplicateOrder', { order: orderId }, r.ref('order') ?? undefined);
      continue;
    }
    const status = statusCol === undefined ? null : trimmedText(at(statusCol));
    if (status !== lastStatus) {
      lastStatus = status;
      lastFolded = status === null ? null : statusFolds.get(status) ?? null;
      if (status !== null && lastFolded === null) statusFolds.set(status, (lastFolded = foldText(status)));
    }
    let remarked: boolean | null = null;
    if (remarkCol !== undefined) {
      const remarkValue = at(remarkCol);
      if (remarkValue !== lastRemarkValue) {
        lastRemarkValue = remarkValue;
        lastRemarked = remarkedOf(remarkValue);
      }
      remarked = lastRemarked;
    }
    orders.add(orderId, nameIndex, daySerial, amountFen, remarked, lastFolded, grid.name, row, rowCol);
  }
  problems.splice(firstProblem, 0, ...cursor.hidden);
  return orders;
}
