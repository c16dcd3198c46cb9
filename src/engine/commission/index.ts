/**
 * Commission 提成表 (POLICY.md §2, K1–K5): sales per person, conversion, rate, commission rounded
 * half-up once per person, and the K4 first-place award.
 */
import { groupByName } from '../group';
import { applyRateBp, fenToYuan, type Fen } from '../money';
import type { CommissionResult, HistoryRecord, LedgerEntry, Person, SalesFigures } from '../model';
import type { SalesOrders } from '../orders';
import type { Policy } from '../policy/types';
import { problem, type Problem } from '../result';
import type { MonthKey } from '../time';
import { awardFor, firstStreak, rankWithinGroups } from './award';
import { conversionOf, rateFor } from './rate';
import type { LedgerTallies } from '../scorecard';
import { tallyOrders, tallySales, type SalesTally } from './sales';

export { conversionOf, rateFor } from './rate';
export { rankWithinGroups, firstStreak, awardFor } from './award';

function checkCounts(person: Person, tally: SalesTally, firstRow: SalesFigures | undefined): Problem | null {
  const { inquiries, buyers } = tally;
  const cell = firstRow?.source;
  if (inquiries !== null && inquiries > 0 && buyers === null) return problem('warning', 'commission.noBuyers', { name: person.name }, cell);
  if (inquiries !== null && buyers !== null && buyers > inquiries) {
    return problem('warning', 'commission.buyersOverInquiries', { name: person.name, buyers, inquiries }, cell);
  }
  return null;
}

const noFigures: readonly SalesFigures[] = [];
const noRows: readonly LedgerEntry[] = [];

function awardEntry(person: Person, rank: number, streak: number, awardFen: Fen): LedgerEntry {
  return {
    daySerial: null, name: person.name, rule: 'K4', points: 0, amountFen: awardFen, action: null, source: null,
    note: { code: 'commission.note.award', params: { rank, streak, group: person.group ?? '', amount: fenToYuan(awardFen) } },
  };
}

/**
 * Every person in `people` gets a result (zeros without sales); rows for other names are skipped,
 * the readers report them.
 * @example 张三 with 120 inquiries, 90 buyers and 15230.50 of sales, alone in the team and first last
 *   month too → conversion 0.75, rate 150 bp, commission 22846 fen, rank 1, firstStreak 2, award 10000 fen.
 */
export function computeCommission(args: {
  month: MonthKey; people: readonly Person[]; salesFigures: readonly SalesFigures[];
  salesOrders: SalesOrders; history: readonly HistoryRecord[]; policy: Policy;
  /** The month's scorecard tallies, when closing: each ledger row is added as it is made. */
  tallies?: LedgerTallies;
}): { byName: ReadonlyMap<string, CommissionResult>; ledger: LedgerEntry[]; problems: Problem[] } {
  const params = args.policy.commission;
  const figuresByName = groupByName(args.salesFigures);
  const ordersByName = tallyOrders(args.salesOrders, args.people.map((person) => person.name), args.month, params);
  const ledgers: LedgerEntry[][] = [];
  const problems: Problem[] = [];
  const tallies: { person: Person; tally: SalesTally }[] = [];
  // An index loop (for-of and spreads per person showed in the close's profile); the people's rows
  // are joined by one concat after, not pushed one by one (22,000 order rows at 1,000 people).
  for (let p = 0; p < args.people.length; p += 1) {
    const person = args.people[p] as Person;
    const figures = figuresByName.get(person.name) ?? noFigures;
    const out = tallySales({ month: args.month, name: person.name, figures, orders: ordersByName.get(person.name) }, problems);
    ledgers.push(out.ledger);
    args.tallies?.addAll(out.ledger);
    const countsProblem = checkCounts(person, out.tally, figures[0]);
    if (countsProblem) problems.push(countsProblem);
    tallies.push({ person, tally: out.tally });
  }
  const ledger = noRows.concat(...ledgers);
  const ranks = rankWithinGroups(tallies.map(({ person, tally }) => ({ name: person.name, group: person.group, salesFen: tally.salesFen })));
  const byName = new Map<string, CommissionResult>();
  for (let p = 0; p < tallies.length; p += 1) {
    const { person, tally } = tallies[p]!;
    const rank = ranks.get(person.name) ?? null;
    const streak = firstStreak(person.name, rank, args.month, args.history);
    const awardFen = awardFor(streak, params.awardsFen);
    if (rank !== null && awardFen > 0) {
      const award = awardEntry(person, rank, streak, awardFen);
      ledger.push(award);
      args.tallies?.add(award);
    }
    const rateBp = rateFor(tally.buyers, tally.inquiries, params);
    byName.set(person.name, {
      inquiries: tally.inquiries, buyers: tally.buyers, conversion: conversionOf(tally.buyers, tally.inquiries),
      salesFen: tally.salesFen, excludedOrders: tally.excludedOrders, rateBp,
      commissionFen: applyRateBp(tally.salesFen, rateBp), rank, firstStreak: streak, awardFen,
    });
  }
  return { byName, ledger, problems };
}
