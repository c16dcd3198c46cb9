/**
 * 罚款表 Fines (POLICY.md §4, 篇十五 16): one row per fine — date, person, rule, nth in the month,
 * amount or action, the source cell as a link — and a last row with the 部门基金 total. A ladder step
 * that is an action (withhold pay, dismissal) has no amount and its row is red: the supervisor acts.
 */
import type { FineEntry, MonthResult } from '../engine/model';
import type { Lang } from '../messages';
import { actionLabelOf, columnHeaders, ColumnMeasure, dateCell, header, LinkCells, ruleLabelOf, yuanCell } from './format';
import type { Highlight, LinkCell, ReportCell, SheetTable } from './types';

const columns = ['date', 'name', 'rule', 'nth', 'amount', 'action', 'source'] as const;

/** One 罚款表 row, each cell measured for its column as it is made. */
function fineRow(fine: FineEntry, link: LinkCell | null, lang: Lang, measure: ColumnMeasure): ReportCell[] {
  const date = dateCell(fine.daySerial);
  const rule = ruleLabelOf(fine.rule, lang);
  // An action step carries no money of its own (POLICY.md §2 fines); a step with both shows both.
  const amount = fine.action === null || (fine.amountFen ?? 0) > 0 ? yuanCell(fine.amountFen) : null;
  const action = fine.action === null ? null : actionLabelOf(fine.action, lang);
  measure.number(0, date);
  measure.text(1, fine.name);
  measure.label(2, rule);
  measure.width(3, String(fine.nth).length); // a plain number: as wide as its text
  measure.number(4, amount);
  measure.label(5, action);
  measure.link(6, link);
  return [date, fine.name, rule.text, fine.nth, amount, action === null ? null : action.text, link];
}

/**
 * Indices of `fines` (all of them, or those listed) in date order, each day's in result order (a
 * stable sort). The result keeps the fines by day already, so most calls find them in order and
 * return `listed` as it is (null for all: the fines' own order), without a copy and sort.
 */
export function fineIndicesInDateOrder(fines: readonly FineEntry[], listed: readonly number[] | null = null): readonly number[] | null {
  const count = listed === null ? fines.length : listed.length;
  const dayAt = (k: number): number => (fines[listed === null ? k : (listed[k] as number)] as FineEntry).daySerial;
  // No adjacent pair out of order: a stable sort would leave them as they are.
  let inOrder = true;
  for (let k = 1; k < count && inOrder; k += 1) inOrder = dayAt(k - 1) <= dayAt(k);
  if (inOrder) return listed;
  const indices = listed === null ? Array.from(fines, (_, index) => index) : [...listed];
  const day = (index: number): number => (fines[index] as FineEntry).daySerial;
  return indices.sort((a, b) => day(a) - day(b));
}

/**
 * Builds the 罚款表 in date order; the last row carries the fund total under 金额.
 * @example two fines of 30 and 50 yuan → rows: header, 2 fines, ['部门基金合计 …', …, 80, …]
 */
export function finesTable(result: MonthResult, name: string, lang: Lang, links = new LinkCells(result.fines)): SheetTable {
  const head = columnHeaders(columns, lang);
  const rows: ReportCell[][] = [head];
  const measure = new ColumnMeasure(head);
  const highlights: Highlight[] = [];
  const fines = result.fines;
  const order = fineIndicesInDateOrder(fines);
  // An index loop: for-of made an iterator result per fine.
  for (let k = 0; k < fines.length; k += 1) {
    const index = order === null ? k : (order[k] as number);
    const fine = fines[index] as FineEntry;
    rows.push(fineRow(fine, links.ofFine(index), lang, measure));
    if (fine.action !== null) highlights.push({ row: rows.length - 1, tone: 'red' });
  }
  const fund = header('report.fund', lang);
  const fundAmount = yuanCell(result.fundFen);
  measure.text(0, fund);
  measure.number(4, fundAmount);
  rows.push([fund, null, null, null, fundAmount, null, null]);
  return { name, kind: 'fines', hidden: false, rows, highlights, columnWidths: measure.widths(), headerRows: 1 };
}
