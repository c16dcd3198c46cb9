/**
 * 罚款表 Fines (POLICY.md §4, 篇十五 16): one row per fine — date, person, rule, nth in the month,
 * amount or action, the source cell as a link — and a last row with the 部门基金 total. A ladder step
 * that is an action (withhold pay, dismissal) has no amount and its row is red: the supervisor acts.
 */
import type { FineEntry, MonthResult } from '../engine/model';
import type { Lang } from '../messages';
import { actionWord, ColumnMeasure, dateCell, header, LinkCells, ruleLabel, yuanCell } from './format';
import type { Highlight, LinkCell, ReportCell, SheetTable } from './types';

const columns = ['date', 'name', 'rule', 'nth', 'amount', 'action', 'source'] as const;

/** One 罚款表 row, each cell measured for its column as it is made. */
function fineRow(fine: FineEntry, link: LinkCell | null, lang: Lang, measure: ColumnMeasure): ReportCell[] {
  const date = dateCell(fine.daySerial);
  const rule = ruleLabel(fine.rule, lang);
  // An action step carries no money of its own (POLICY.md §2 fines); a step with both shows both.
  const amount = fine.action === null || (fine.amountFen ?? 0) > 0 ? yuanCell(fine.amountFen) : null;
  const action = fine.action === null ? null : actionWord(fine.action, lang);
  measure.number(0, date);
  measure.text(1, fine.name);
  measure.text(2, rule);
  measure.width(3, String(fine.nth).length); // a plain number: as wide as its text
  measure.number(4, amount);
  measure.text(5, action);
  measure.link(6, link);
  return [date, fine.name, rule, fine.nth, amount, action, link];
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
export function finesTable(result: MonthResult, name: string, lang: Lang, links = new LinkCells()): SheetTable {
  const head = columns.map((column) => header(`report.col.${column}`, lang));
  const rows: ReportCell[][] = [head];
  const measure = new ColumnMeasure(head);
  const highlights: Highlight[] = [];
  const fines = finesInDateOrder(result.fines);
  // An index loop: for-of made an iterator result per fine.
  for (let i = 0; i < fines.length; i += 1) {
    const fine = fines[i] as FineEntry;
    rows.push(fineRow(fine, links.of(fine.source), lang, measure));
    if (fine.action !== null) highlights.push({ row: rows.length - 1, tone: 'red' });
  }
  const fund = header('report.fund', lang);
  const fundAmount = yuanCell(result.fundFen);
  measure.text(0, fund);
  measure.number(4, fundAmount);
  rows.push([fund, null, null, null, fundAmount, null, null]);
  return { name, kind: 'fines', hidden: false, rows, highlights, columnWidths: measure.widths(), headerRows: 1 };
}
