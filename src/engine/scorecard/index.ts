/**
 * The scorecard 计分表: a person's points per rule from the ledger, the score (base − deductions,
 * never below the floor) and the verdict V1, which looks back through the history for the severe case.
 */
import type { HistoryRecord, LedgerEntry, Verdict } from '../model';
import type { ActionId, Policy } from '../policy/types';
import { parseMonthKey, previousMonth, type MonthKey } from '../time';
import { fromHundredths, toHundredths } from './points';

export { sumPoints, subtractPoints, toHundredths, fromHundredths } from './points';

export interface Score {
  readonly baseScore: number;
  /** Points per rule id; rules whose rows sum to 0 (fines, excused rows) are left out. */
  readonly points: Record<string, number>;
  /** The full total, even when the score stops at the floor. */
  readonly deducted: number;
  readonly score: number;
  readonly verdict: Verdict;
  readonly actions: ActionId[];
}

/**
 * Scores one person for one month.
 * @example ledger A1 0.5, A1 0.5, Q3 1 on the 电商客服 preset (base 10) →
 *   { points: { A1: 1, Q3: 1 }, deducted: 2, score: 8, verdict: 'ok' }
 * @example deductions of 12 → deducted 12, score 0 (the floor), verdict 'penalty'
 * @example praise of −5 (B10) and 2 deducted → deducted −3, score 10 (the base)
 */
export function scorePerson(args: {
  name: string; ledger: readonly LedgerEntry[]; month: MonthKey;
  history: readonly HistoryRecord[]; policy: Policy;
}): Score {
  const tally = new LedgerTally();
  for (const entry of args.ledger) if (entry.name === args.name) tally.add(entry);
  return scoreTally(tally, args);
}

/**
 * One person's ledger rows summed per rule, in hundredths (0.5 + 0.1-style sums stay exact), the
 * rules in the order they first come, and the actions in that order. Closing a month tallies the
 * whole ledger in one pass, one tally per name, instead of grouping the rows and scoring each group.
 */
export class LedgerTally {
  // Two short arrays, not a Map: a person has a handful of rules, and a thousand people each had a Map.
  private readonly rules: string[] = [];
  private readonly hundredths: number[] = [];
  private readonly actions: ActionId[] = [];

  add(entry: LedgerEntry): void {
    this.addPoints(entry);
    if (entry.action !== null) this.addAction(entry.action);
  }

  /** The row's points only; its action, if any, must then be added in the ledger's order of actions. */
  addPoints(entry: LedgerEntry): void {
    this.addPointsAt(this.slotOf(entry.rule), entry.points);
  }

  /**
   * The rule's place in the tally, made when the rule comes for the first time (rules keep the order
   * they first come in). A module that adds many rows of a rule keeps it, instead of a search per row.
   */
  slotOf(rule: string): number {
    // From the end: the rules a module is adding are the ones it added last (each rule is there once).
    // A loop, not lastIndexOf: the builtin's call cost more than the search of a handful of rules.
    for (let at = this.rules.length - 1; at >= 0; at -= 1) if (this.rules[at] === rule) return at;
    this.rules.push(rule);
    this.hundredths.push(0);
    return this.rules.length - 1;
  }

  /** Points of a row of the rule at `slot` (slotOf). */
  addPointsAt(slot: number, points: number): void {
    this.hundredths[slot]! += toHundredths(points);
  }

  addAction(action: ActionId): void {
    if (!this.actions.includes(action)) this.actions.push(action);
  }

  /** Points per rule (rules that sum to 0 left out), their total in hundredths, and the actions. */
  totals(): { points: Record<string, number>; deductedHundredths: number; actions: ActionId[] } {
    const points: Record<string, number> = {};
    let deductedHundredths = 0;
    for (let i = 0; i < this.rules.length; i += 1) {
      const hundredths = this.hundredths[i]!;
      if (hundredths === 0) continue;
      points[this.rules[i]!] = fromHundredths(hundredths);
      deductedHundredths += hundredths;
    }
    return { points, deductedHundredths, actions: this.actions.slice() };
  }
}

/**
 * A whole ledger's tallies, one per name, each fed in ledger order. Modules that make many rows
 * (commission's K3/K5 orders) add them as they make them, while the rows are still in the
 * processor's cache: a later pass over 20,000 cold rows cost several milliseconds at 1,000 people.
 */
export class LedgerTallies {
  private readonly byName = new Map<string, LedgerTally>();

  add(entry: LedgerEntry): void {
    this.tallyOf(entry.name).add(entry);
  }

  addAll(entries: readonly LedgerEntry[]): void {
    // A module's rows come person by person, and rule by rule within a person's (commission's K3/K5
    // orders): the tally is looked up when the name changes, the rule's slot when the rule does.
    let name: string | null = null;
    let tally: LedgerTally | null = null;
    let rule: string | null = null;
    let slot = -1;
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i] as LedgerEntry;
      if (tally === null || entry.name !== name) {
        name = entry.name;
        tally = this.tallyOf(name);
        rule = null;
      }
      if (entry.rule !== rule) {
        rule = entry.rule;
        slot = tally.slotOf(rule);
      }
      // Most such rows carry no points (K3/K5 orders): the rule still takes its place, nothing to add.
      if (entry.points !== 0) tally.addPointsAt(slot, entry.points);
      if (entry.action !== null) tally.addAction(entry.action);
    }
  }

  /** See LedgerTally.addPoints: for rows added out of ledger order, their actions added in order after. */
  addPoints(entry: LedgerEntry): void {
    this.tallyOf(entry.name).addPoints(entry);
  }

  addAction(name: string, action: ActionId): void {
    this.tallyOf(name).addAction(action);
  }

  /** The name's tally, made the first time: a module that adds many rows of one person keeps it at hand. */
  tallyOf(name: string): LedgerTally {
    let tally = this.byName.get(name);
    if (tally === undefined) this.byName.set(name, (tally = new LedgerTally()));
    return tally;
  }

  /** The name's tally (an empty one for a name with no rows). */
  of(name: string): LedgerTally {
    return this.byName.get(name) ?? new LedgerTally();
  }
}

/** scorePerson from a tally of the person's ledger rows. */
export function scoreTally(tally: LedgerTally, args: {
  name: string; month: MonthKey; history: readonly HistoryRecord[]; policy: Policy;
}): Score {
  const { score: params } = args.policy;
  const { points, deductedHundredths, actions } = tally.totals();
  // Praise (B10, negative points) offsets deductions; it lifts the score above the base only as far
  // as the ceiling allows (absent: the base; null: no ceiling, as on 物业客服).
  const raw = fromHundredths(toHundredths(params.base) - deductedHundredths);
  const ceiling = params.ceiling === undefined ? params.base : params.ceiling;
  const score = Math.max(params.floor, ceiling === null ? raw : Math.min(ceiling, raw));
  const verdict = verdictFor(score, args);
  return { baseScore: params.base, points, deducted: fromHundredths(deductedHundredths), score, verdict, actions };
}

/**
 * V1: ≤ penaltyAtOrBelow → penalty, ≤ warningAtOrBelow → warning; severe when this month and the
 * (severeMonths − 1) calendar months just before it, all in the history, are ≤ severeAtOrBelow.
 * A month missing from the history breaks the streak, and so does a month closed under another
 * preset (its score is on another scale: 10 points vs 100).
 */
export function verdictFor(score: number, args: {
  name: string; month: MonthKey; history: readonly HistoryRecord[]; policy: Policy;
}): Verdict {
  const params = args.policy.score;
  if (score <= params.severeAtOrBelow && params.severeMonths >= 1) {
    let month = args.month;
    let streak = 1;
    while (streak < params.severeMonths) {
      month = previousMonth(month);
      const record = args.history.find((r) => r.name === args.name && sameMonth(r.month, month) && r.preset === args.policy.preset);
      if (!record || record.score > params.severeAtOrBelow) break;
      streak += 1;
    }
    if (streak >= params.severeMonths) return 'severe';
  }
  if (score <= params.penaltyAtOrBelow) return 'penalty';
  if (score <= params.warningAtOrBelow) return 'warning';
  return 'ok';
}

/** '2026-9' and '2026-09' are the same month (a hand-edited history sheet may drop the zero). */
function sameMonth(a: MonthKey, b: MonthKey): boolean {
  const x = parseMonthKey(a);
  const y = parseMonthKey(b);
  return x !== null && y !== null && x.year === y.year && x.month === y.month;
}
