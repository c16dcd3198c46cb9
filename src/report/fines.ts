/**
 * 罚款表 Fines (POLICY.md §4, 篇十五 16): one row per fine — date, person, rule, nth in the month,
 * amount or action, the source cell as a link — and a last row with the 部门基金 total. A ladder step
 * that is an action (withhold pay, dismissal) has no amount and its row is red: the supervisor acts.
 */
import type { FineEntry, MonthResult } from '../engine/model';
import type { Lang } from '../messages';
import { actionWord, columnWidths, dateCell, header, linkCell, ruleLabel, yuanCell } from './format';
import type { Highlight, ReportCell, SheetTable } from './types';

const columns = ['date', 'name', 'rule', 'nth', 'amount', 'action', 'source'] as const;

function fineRow(fine: FineEntry, lang: Lang): ReportCell[] {
  return [
    dateCell(fine.daySerial),
    fine.name,
    ruleLabel(fine.rule, lang),
    fine.nth,
    // An action step carries no money of its own (POLICY.md §2 fines); a step with both shows both.
    fine.action === null || (fine.amountFen ?? 0) > 0 ? yuanCell(fine.amountFen) : null,
    fine.action === null ? null : actionWord(fine.action, lang),
    linkCell(fine.source),
  ];
}

const byFineDay = (a: FineEntry, b: FineEntry): number => a.daySerial - b.daySerial;

/**
 * The fines in date order, each day's in result order (a stable sort). The result keeps them by day
 * already, so most calls return them as they are, without the copy and sort (the statements ask per person).
 */
export function finesInDateOrder(fines: readonly FineEntry[]): readonly FineEntry[] {
  return isInOrder(fines, byFineDay) ? fines : [...fines].sort(byFineDay);
}

/**
 * No adjacent pair out of order: a stable sort would leave `items` as they are (it finds one
 * ascending run), so the copy and the sort, which allocate per call, can be skipped.
 */
function isInOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  return true;
}

/**
 * Builds the 罚款表 in date order; the last row carries the fund total under 金额.
 * @example two fines of 30 and 50 yuan → rows: header, 2 fines, ['部门基金合计 …', …, 80, …]
 */
export function finesTable(result: MonthResult, name: string, lang: Lang): SheetTable {
  const rows: ReportCell[][] = [columns.map((column) => header(`report.col.${column}`, lang))];
  const highlights: Highlight[] = [];
  const fines = finesInDateOrder(result.fines);
  for (const fine of fines) {
    rows.push(fineRow(fine, lang));
    if (fine.action !== null) highlights.push({ row: rows.length - 1, tone: 'red' });
  }
  rows.push([header('report.fund', lang), null, null, null, yuanCell(result.fundFen), null, null]);
  return { name, kind: 'fines', hidden: false, rows, highlights, columnWidths: columnWidths(rows), headerRows: 1 };
}
