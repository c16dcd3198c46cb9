/**
 * The figures shown after a close (task pane, Office adapter), counted from the month's result in
 * one place so that every surface shows the same numbers.
 */
import type { MonthResult } from '../engine/model';
import type { Problem } from '../engine/result';
import type { MonthKey } from '../engine/time';

/** The figures shown after a close; money in integer fen. */
export interface CloseSummary {
  readonly ok: boolean;
  readonly month: MonthKey | null;
  readonly people: number;
  /** People with verdict 口头警告. */
  readonly warnings: number;
  /** People with verdict 处罚 or 严厉处罚. */
  readonly penalties: number;
  /** withhold-pay and dismissal flags the supervisor must act on (never applied silently). */
  readonly payActions: number;
  readonly finesFen: number;
  /** 部门基金: every fine goes into the fund (篇十五 16). */
  readonly fundFen: number;
  /** Sheets written, in order. */
  readonly sheetsWritten: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * Counts people, verdicts, pay actions and money of a closed month.
 * @example summarize(result, ['计分表'], []) // { ok: true, people: 6, warnings: 1, penalties: 1, … }
 */
export function summarize(result: MonthResult, sheetsWritten: readonly string[], problems: readonly Problem[]): CloseSummary {
  const verdicts = result.people.map((p) => p.verdict);
  // A withhold-pay or dismissal step is a flag for the supervisor (POLICY.md §2 Fines, Pay): count the
  // flags, one per person and action, wherever they came from (a fine ladder or B4).
  const payActions = result.people.reduce(
    (n, p) => n + p.actions.filter((a) => a === 'withhold-pay' || a === 'dismissal').length, 0);
  const finesFen = result.fines.reduce((sum, f) => sum + (f.amountFen ?? 0), 0);
  return {
    ok: !problems.some((p) => p.severity === 'error'),
    month: result.month,
    people: result.people.length,
    warnings: verdicts.filter((v) => v === 'warning').length,
    penalties: verdicts.filter((v) => v === 'penalty' || v === 'severe').length,
    payActions,
    finesFen,
    fundFen: result.fundFen,
    sheetsWritten,
    problems,
  };
}

/** A summary for a close that stopped before a result (errors in the input). */
export function failedSummary(month: string | null, problems: readonly Problem[]): CloseSummary {
  return { ok: false, month, people: 0, warnings: 0, penalties: 0, payActions: 0, finesFen: 0, fundFen: 0, sheetsWritten: [], problems };
}
