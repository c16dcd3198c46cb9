/**
 * MonthResult → the output sheets of POLICY.md §4, in the order they appear in the workbook:
 * 计分表, 提成表, 罚款表, 明细, 制度参数, the hidden 月结历史, then 个人月度报告 (printable
 * statements) and 看板 (dashboard). Pure and shared by both adapters,
 * so the command line and the add-in write the same sheets.
 */
import type { MonthResult } from '../engine/model';
import { policyToRows } from '../engine/policy/params';
import type { Policy } from '../engine/policy/types';
import type { Lang } from '../messages';
import { historyRows, ownSheetNames } from '../sheets';
import { commissionTable } from './commission';
import { dashboardTable } from './dashboard';
import { finesTable } from './fines';
import { columnWidths } from './format';
import { ledgerTable } from './ledger';
import { scorecardTable } from './scorecard';
import { SharedLedger } from './shared';
import { statementsTable } from './statements';
import type { ReportCell, SheetTable } from './types';

export type { SheetTable, ReportCell, TableKind, NumberFormat, Highlight, PrintSetup, ChartSpec, Emphasis } from './types';
export { isLinkCell, isNumberCell } from './types';

function plainTable(name: string, kind: 'policy' | 'history', rows: ReportCell[][], hidden: boolean): SheetTable {
  return { name, kind, hidden, rows, highlights: [], columnWidths: columnWidths(rows), headerRows: 1 };
}

/**
 * The 制度参数 rows and widths, per policy object: they depend on the policy only (its objects are
 * readonly), yet wording and measuring its ~75 rows was about a tenth of a small team's report.
 * Every report shares the rows, which nothing changes (the writers under src/io only read tables).
 * Not frozen: freezing the arrays made the whole report ~15 % slower here (Node 20).
 */
const policySheets = new WeakMap<Policy, { readonly rows: ReportCell[][]; readonly widths: readonly number[] }>();

function policyTable(policy: Policy): SheetTable {
  let sheet = policySheets.get(policy);
  if (sheet === undefined) {
    const rows: ReportCell[][] = policyToRows(policy);
    sheet = { rows, widths: columnWidths(rows) };
    policySheets.set(policy, sheet);
  }
  // A new table object, highlights and widths per report: only the rows are shared.
  return { name: ownSheetNames.policy, kind: 'policy', hidden: false, rows: sheet.rows, highlights: [],
    columnWidths: [...sheet.widths], headerRows: 1 };
}

/**
 * Builds every output sheet for a closed month. Headers are "中文 English" (English first when
 * `lang` is 'en'); money is yuan numbers formatted with two decimals; names stay text.
 * @example buildReport(result, ecommercePreset, 'zh').map((t) => t.name)
 *   → ['计分表', '提成表', '罚款表', '明细', '制度参数', '月结历史', '个人月度报告', '看板']
 */
export function buildReport(result: MonthResult, policy: Policy, lang: Lang): SheetTable[] {
  // The statements repeat the 明细's date order and scored notes: built first, they work those out once for both.
  const ledger = new SharedLedger(result, lang);
  const statements = statementsTable(result, policy, ownSheetNames.personalReport, lang, ledger);
  return [
    scorecardTable(result, policy, ownSheetNames.scorecard, lang),
    commissionTable(result, ownSheetNames.commission, lang),
    finesTable(result, ownSheetNames.fines, lang, ledger.links),
    ledgerTable(result, policy, ownSheetNames.ledger, lang, ledger),
    policyTable(policy),
    plainTable(ownSheetNames.history, 'history', historyRows(result.history), true),
    statements,
    dashboardTable(result, ownSheetNames.dashboard, lang),
  ];
}
