/**
 * The figures the pane shows after a close, counted from the month's result. Counting here (not in
 * a component) keeps the numbers testable and the same whichever host ran the close.
 */
import type { MonthResult } from '../engine/model';
import type { Problem } from '../engine/result';
import type { CloseSummary } from './api';

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

/** Fen as yuan text with two decimals and thousands separators, without floating error. @example yuanText(123456) === '1,234.56' */
export function yuanText(amountFen: number): string {
  const sign = amountFen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(amountFen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${(abs % 100).toString().padStart(2, '0')}`;
}
