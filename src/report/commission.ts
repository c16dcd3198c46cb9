/**
 * 提成表 Commission (POLICY.md §4): one row per person — K1 inquiries, buyers, conversion; K3/K5
 * commissionable sales and excluded orders; K2 rate and commission; K4 rank, streak and award; then
 * pay (P1 base, P2 meal, fines, pay).
 */
import type { MonthResult, PersonResult } from '../engine/model';
import { bpPerWhole, sumFen, type Fen } from '../engine/money';
import type { Lang } from '../messages';
import { columnHeaders, columnWidths, header, percentCell, yuanCell } from './format';
import type { ReportCell, SheetTable } from './types';

const columns = [
  'name', 'inquiries', 'buyers', 'conversion', 'sales', 'excludedOrders', 'rate', 'commission',
  'rank', 'firstStreak', 'award', 'basePay', 'meal', 'fines', 'pay',
] as const;

function personRow(person: PersonResult): ReportCell[] {
  const c = person.commission;
  return [
    person.name,
    c.inquiries,
    c.buyers,
    percentCell(c.conversion),
    yuanCell(c.salesFen),
    c.excludedOrders,
    percentCell(c.rateBp / bpPerWhole),
    yuanCell(c.commissionFen),
    c.rank,
    c.firstStreak,
    yuanCell(c.awardFen),
    yuanCell(person.baseFen),
    yuanCell(person.mealFen),
    yuanCell(person.finesFen),
    yuanCell(person.payFen),
  ];
}

// The payroll total: every money column summed in fen, the rest left blank.
function totalRow(people: readonly PersonResult[], lang: Lang): ReportCell[] {
  const total = (pick: (p: PersonResult) => Fen): ReportCell => yuanCell(sumFen(people.map(pick)));
  return [
    header('report.total', lang), null, null, null, total((p) => p.commission.salesFen), null, null,
    total((p) => p.commission.commissionFen), null, null, total((p) => p.commission.awardFen),
    total((p) => p.baseFen), total((p) => p.mealFen), total((p) => p.finesFen), total((p) => p.payFen),
  ];
}

/**
 * Builds the 提成表, with a last 合计 row of the money columns. Conversion is blank with no inquiries (K1); the rate is a ratio shown as a
 * percentage (150 bp → 1.50 %); money is yuan as numbers.
 * @example sales 15230.50 at 1.5 % → commission cell {number: 228.46, format: 'yuan'}
 */
export function commissionTable(result: MonthResult, name: string, lang: Lang): SheetTable {
  const rows: ReportCell[][] = [columnHeaders(columns, lang)];
  for (const person of result.people) rows.push(personRow(person));
  rows.push(totalRow(result.people, lang));
  return { name, kind: 'commission', hidden: false, rows, highlights: [], columnWidths: columnWidths(rows), headerRows: 1 };
}
