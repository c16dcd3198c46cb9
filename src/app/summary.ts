/**
 * The month-close summary of POLICY.md §5 (`cs-close --json`): English keys in the documented
 * order, names as in the workbook, money in yuan numbers, conversion and rate as ratios.
 */
import type { FineEntry, MonthResult, PersonResult, Verdict } from '../engine/model';
import { bpPerWhole, fenToYuan } from '../engine/money';
import type { ActionId, PresetId } from '../engine/policy/types';
import { cellAddress, type Problem, type Severity } from '../engine/result';
import { isoDate, type MonthKey } from '../engine/time';
import { message } from '../messages';
import { compareRuleIds } from '../report/scorecard';

export interface PersonSummary {
  name: string; score: number; deducted: number; verdict: Verdict; points: Record<string, number>;
  inquiries: number | null; buyers: number | null; conversion: number | null; sales: number;
  excludedOrders: number; rate: number; commission: number; rank: number | null; firstStreak: number;
  award: number; fines: number; base: number; pay: number;
}

export interface FineSummary {
  name: string; date: string; rule: string; nth: number; amount: number | null; action: ActionId | null; source: string;
}

export interface ProblemSummary { severity: Severity; source: string | null; message: string }

export interface MonthSummary {
  month: MonthKey; preset: PresetId; people: PersonSummary[]; fines: FineSummary[]; fund: number; problems: ProblemSummary[];
}

// Only the rules that cost (or, for praise, gave) points, in id order, as §5 shows them.
function pointsOf(person: PersonResult): Record<string, number> {
  const points: Record<string, number> = {};
  for (const rule of Object.keys(person.points).sort(compareRuleIds)) {
    const value = person.points[rule] ?? 0;
    if (value !== 0) points[rule] = value;
  }
  return points;
}

function personSummary(person: PersonResult): PersonSummary {
  const c = person.commission;
  return {
    name: person.name, score: person.score, deducted: person.deducted, verdict: person.verdict, points: pointsOf(person),
    inquiries: c.inquiries, buyers: c.buyers, conversion: c.conversion, sales: fenToYuan(c.salesFen),
    excludedOrders: c.excludedOrders, rate: c.rateBp / bpPerWhole, commission: fenToYuan(c.commissionFen),
    rank: c.rank, firstStreak: c.firstStreak, award: fenToYuan(c.awardFen), fines: fenToYuan(person.finesFen),
    base: fenToYuan(person.baseFen), pay: fenToYuan(person.payFen),
  };
}

function fineSummary(fine: FineEntry): FineSummary {
  return {
    name: fine.name, date: isoDate(fine.daySerial), rule: fine.rule, nth: fine.nth,
    // "amount (yuan or null)": null for an action step, which carries no money of its own.
    amount: fine.amountFen === null || (fine.action !== null && fine.amountFen === 0) ? null : fenToYuan(fine.amountFen),
    action: fine.action, source: cellAddress(fine.source),
  };
}

/** A problem for the summary: where (sheet!A1, null when it has no cell) and the Chinese sentence. */
export function problemSummary(p: Problem): ProblemSummary {
  return { severity: p.severity, source: p.cell ? cellAddress(p.cell) : null, message: message(p.code, p.params, 'zh') };
}

/**
 * The §5 object for a closed month. `problems` defaults to the engine's; the command line passes
 * every problem of the close (the readers' too).
 * @example summaryJson(result).people[0] → { name: '张三', score: 8.5, …, rate: 0.015, commission: 228.46, … }
 */
export function summaryJson(result: MonthResult, problems: readonly Problem[] = result.problems): MonthSummary {
  return {
    month: result.month,
    preset: result.preset,
    people: result.people.map(personSummary),
    fines: result.fines.map(fineSummary),
    fund: fenToYuan(result.fundFen),
    problems: problems.map(problemSummary),
  };
}
