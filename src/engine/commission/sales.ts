/**
 * Tallies one month of sales per person (K1, K3, K5): counts from the figures, the amount from the
 * orders when a person has any (they are per order, so remarks and refunds can be checked),
 * otherwise from the figures.
 */
import { fenToYuan, fen, type Fen } from '../money';
import type { LedgerEntry, SalesFigures } from '../model';
import type { SalesOrders } from '../orders';
import type { CommissionParams } from '../policy/types';
import { problem, type Problem } from '../result';
import { monthRange, type MonthKey } from '../time';

export interface SalesTally {
  readonly inquiries: number | null;
  readonly buyers: number | null;
  readonly salesFen: Fen;
  readonly excludedOrders: number;
}

/**
 * Adds up one field of the rows where it is there; null when it is nowhere (a blank is not a zero).
 * A loop over the rows, not a mapped and a filtered copy: three fields, for every person of the team.
 */
function sumPresent(figures: readonly SalesFigures[], field: 'inquiries' | 'buyers' | 'amountFen'): number | null {
  let sum: number | null = null;
  for (let i = 0; i < figures.length; i += 1) {
    const value = (figures[i] as SalesFigures)[field];
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
}

const noFigures: readonly SalesFigures[] = [];

/**
 * The figures rows that count for the month: whole-period rows (daySerial null, as Qianniu exports
 * give) and daily rows inside the month. When one person has both, the period rows win (adding both
 * would count the month twice) and the supervisor is told.
 */
function monthFigures(rows: readonly SalesFigures[], month: MonthKey, problems: Problem[]): readonly SalesFigures[] {
  // An order list's team has no figures rows: nothing to look up per person.
  if (rows.length === 0) return noFigures;
  const { firstSerial, lastSerial } = monthRange(month);
  const inMonth = rows.filter((r) => r.daySerial === null || (r.daySerial >= firstSerial && r.daySerial <= lastSerial));
  const period = inMonth.filter((r) => r.daySerial === null);
  if (period.length === 0 || period.length === inMonth.length) return inMonth;
  const firstDaily = inMonth.find((r) => r.daySerial !== null);
  problems.push(problem('warning', 'commission.periodAndDaily', { name: period[0]!.name }, firstDaily?.source));
  return period;
}

/**
 * Per status of the order list (by its index there), whether it contains an excluded word (K5):
 * 300,000 orders carry a handful of statuses, each checked once.
 */
function excludedStatuses(orders: SalesOrders, words: readonly string[]): Uint8Array {
  const excluded = new Uint8Array(orders.statusCount);
  for (let k = 0; k < orders.statusCount; k += 1) {
    const status = orders.statusAt(k) ?? '';
    excluded[k] = words.some((word) => word !== '' && status.includes(word)) ? 1 : 0;
  }
  return excluded;
}

function exclusionEntry(orders: SalesOrders, i: number, rule: 'K5' | 'K3'): LedgerEntry {
  const code = rule === 'K5' ? 'commission.note.refunded' : 'commission.note.unremarked';
  return {
    daySerial: orders.daySerial(i), name: orders.name(i), rule, points: 0, amountFen: null, action: null, source: orders.cell(i),
    note: { code, params: { order: orders.orderId(i), amount: fenToYuan(orders.amountFen(i)), status: orders.status(i) ?? '' } },
  };
}

/** A person's orders of the month: how many, the amount that counts, a ledger row per order left out (K3, K5). */
export interface OrderTally {
  monthOrders: number;
  countedFen: number;
  readonly ledger: LedgerEntry[];
}

/**
 * The month's orders tallied per name, in one pass in sheet order (each person's ledger rows keep
 * it); names not asked for are not tallied. At 1,000 people that is 300,000 orders: a list of each
 * person's orders first cost more than the tally itself.
 * @example tallyOrders(SalesOrders.of([an order of 张三 of 100.00 remarked false, one of 50.00 remarked]), ['张三'], '2026-10', params)
 *   .get('张三') → { monthOrders: 2, countedFen: 5000, ledger: [a K3 entry for the first] }
 */
export function tallyOrders(orders: SalesOrders, names: readonly string[], month: MonthKey, params: CommissionParams): ReadonlyMap<string, OrderTally> {
  const tallies = new Map<string, OrderTally>();
  for (const name of names) tallies.set(name, { monthOrders: 0, countedFen: 0, ledger: [] });
  // Each person the orders name looked up once, then found by index; the counts kept by that index in
  // typed arrays and written to the tallies at the end: a Map lookup per order was most of the
  // tally's time at 1,000 people, and a count in the tally object cost a load and a checked store per order.
  const nameCount = orders.nameCount;
  const tallyOfName: (OrderTally | undefined)[] = [];
  for (let n = 0; n < nameCount; n += 1) tallyOfName.push(tallies.get(orders.nameAt(n)));
  const monthOrders = new Int32Array(nameCount);
  const countedFen = new Float64Array(nameCount);
  const { firstSerial, lastSerial } = monthRange(month);
  const excluded = excludedStatuses(orders, params.excludedStatusWords);
  const requireRemark = params.requireRemark;
  // Read straight from the columns; the day test is skipped when the list knows every day is in the month.
  const { days, amounts, nameIndexes, statusIndexes, remarks } = orders.columns();
  const allInMonth = orders.allDaysBetween(firstSerial, lastSerial);
  for (let i = 0; i < orders.length; i += 1) {
    if (!allInMonth) {
      const daySerial = days[i] as number;
      if (daySerial < firstSerial || daySerial > lastSerial) continue;
    }
    const n = nameIndexes[i] as number;
    const tally = tallyOfName[n];
    if (tally === undefined) continue;
    monthOrders[n] = (monthOrders[n] as number) + 1;
    // K5 before K3: a refunded order is not a sale at all, whatever its remark.
    if (excluded[statusIndexes[i] as number] === 1) tally.ledger.push(exclusionEntry(orders, i, 'K5'));
    else if (requireRemark && remarks[i] === 0) tally.ledger.push(exclusionEntry(orders, i, 'K3'));
    else countedFen[n] = (countedFen[n] as number) + (amounts[i] as number);
  }
  for (let n = 0; n < nameCount; n += 1) {
    const tally = tallyOfName[n];
    if (tally === undefined) continue;
    tally.monthOrders += monthOrders[n] as number;
    tally.countedFen += countedFen[n] as number;
  }
  return tallies;
}

/**
 * One person's month: `figures` are that person's rows, any month; `orders` their tally
 * (tallyOrders), undefined when they have no order. Problems are added to `problems` (the team's:
 * not a list per person to be copied over).
 */
export function tallySales(args: {
  month: MonthKey; name: string; figures: readonly SalesFigures[]; orders: OrderTally | undefined;
}, problems: Problem[]): { tally: SalesTally; ledger: LedgerEntry[] } {
  const figures = monthFigures(args.figures, args.month, problems);
  const monthOrders = args.orders?.monthOrders ?? 0;
  // The tally's rows are this person's alone and not used again: handed over, not copied.
  const ledger = args.orders === undefined ? [] : args.orders.ledger;
  const figuresAmount = sumPresent(figures, 'amountFen');
  if (monthOrders > 0 && figuresAmount !== null && figures[0]) {
    // Orders can be checked one by one (K3, K5); the figures' amount cannot, so orders give the amount.
    problems.push(problem('info', 'commission.ordersOverFigures', { name: args.name }, figures[0].source));
  }
  const salesFen = monthOrders > 0 ? fen(args.orders?.countedFen ?? 0) : fen(figuresAmount ?? 0);
  const tally: SalesTally = {
    inquiries: sumPresent(figures, 'inquiries'),
    buyers: sumPresent(figures, 'buyers'),
    salesFen,
    excludedOrders: ledger.length,
  };
  return { tally, ledger };
}
