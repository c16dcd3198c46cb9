/**
 * Sales (POLICY.md §1): daily figures per agent, Qianniu/赤兔 period figures (no date column →
 * daySerial null), or a per-order list with the agent's remark (K3) and status (K5).
 */
import type { CellValue } from '../engine/cells';
import type { SalesFigures, SalesOrder } from '../engine/model';
import type { Fen } from '../engine/money';
import type { Problem } from '../engine/result';
import { RowReader } from './fields';
import { foldText, nameKey } from './fold';
import type { NameBook } from './names';
import { parseCount, parseMoney } from './numbers';
import { dataRows } from './rows';
import { SeenIds } from './seenIds';
import { noWords } from './synonyms';
import type { Grid, SheetDetection } from './types';
import { parseDate, type Parsed } from './values';

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

/** 备注/小蓝旗: any remark counts, unless it says there is none (否, 无, 未备注). */
function remarkedOf(r: RowReader, col: number | undefined): boolean | null {
  if (col === undefined) return null;
  const value = r.rawAt(col);
  if (typeof value === 'boolean') return value;
  const text = r.textAt(col);
  if (text === null) return false;
  let remarked = remarkByText.get(text);
  if (remarked === undefined) {
    remarked = isRemark(text);
    if (remarkByText.size >= 20000) remarkByText.clear(); // bounded, as the fold caches
    remarkByText.set(text, remarked);
  }
  return remarked;
}

/** A remark column repeats a few words (已备注, 无) on every order: each text is judged once. */
const remarkByText = new Map<string, boolean>();

function isRemark(text: string): boolean {
  if (isNoWord(text)) return false;
  // "无备注" says there is none; "无需发票" is a remark.
  return !/^(无|未|没有?)(备注|标记|插旗|蓝旗|旗)?$/u.test(foldText(text));
}

/**
 * Order rows. An order without an order number, date or amount is reported and left out.
 * @example readSalesOrders(grid, detection, ctx, problems)[0] → { orderId: '3012345678901234567', name: '张三', amountFen: 19900, remarked: true, status: '已完成', … }
 */
export function readSalesOrders(grid: Grid, detection: SheetDetection, ctx: SalesContext, problems: Problem[]): SalesOrder[] {
  const orders: SalesOrder[] = [];
  const seen = new SeenIds();
  // Parsers and columns looked up once per sheet, not per order row (300,000 of them at 1,000 people).
  const parseDay = (v: CellValue): Parsed<number> => parseDate(v, ctx.yearHint);
  const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);
  const { order: orderCol, date: dateCol, amount: amountCol, status: statusCol, remarked: remarkCol } = detection.columns;
  // A status column repeats a few words (交易成功, 退款): each folded once per sheet.
  const statusFolds = new Map<string, string>();
  const r = new RowReader(grid, detection, 0, problems);
  const rowCol = r.rowCol();
  for (const row of dataRows(grid, detection, problems)) {
    r.moveTo(row);
    if (r.nameText() === null) continue;
    const orderId = orderCol === undefined ? null : r.textAt(orderCol);
    if (orderId === null) r.report('warning', 'sheets.missingOrderId', {}, r.ref('order') ?? undefined);
    const daySerial = r.parseAt(dateCol, parseDay);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.ref('date') ?? undefined);
    const amountFen = r.parseAt(amountCol, parseAmount);
    if (amountFen === null) r.report('warning', 'sheets.missingAmount', {}, r.ref('amount') ?? undefined);
    const name = r.person(ctx.book, ctx.unknownCode);
    if (name === null || orderId === null || daySerial === null || daySerial === undefined || amountFen === null || amountFen === undefined) continue;
    // Overlapping exports list an order twice; it is one sale (the first row stands).
    if (!seen.firstTime(orderId)) {
      r.report('warning', 'sheets.duplicateOrder', { order: orderId }, r.ref('order') ?? undefined);
      continue;
    }
    const status = statusCol === undefined ? null : r.textAt(statusCol);
    let folded = status === null ? null : statusFolds.get(status);
    if (status !== null && folded === undefined) statusFolds.set(status, (folded = foldText(status)));
    orders.push({ orderId, name, daySerial, amountFen, remarked: remarkedOf(r, remarkCol), status: folded ?? null, sheet: grid.name, row, col: rowCol });
  }
  return orders;
}
