/**
 * 明细 Ledger (POLICY.md §4): one row per rule hit — date, person, rule id, points, amount, action,
 * a link back to the input cell, and the note worded in the reader's language.
 */
import type { FineEntry, LedgerEntry, MonthResult } from '../engine/model';
import type { Policy, RuleId } from '../engine/policy/types';
import type { Lang } from '../messages';
import { actionLabelOf, columnHeaders, ColumnMeasure, dateCell, linkCell, pointsCell, yuanCell } from './format';
import { indicesInDateOrder } from './dateOrder';
import { SharedLedger } from './shared';
import type { Highlight, LinkCell, ReportCell, SheetTable } from './types';

const columns = ['date', 'name', 'rule', 'points', 'amount', 'action', 'source', 'note'] as const;

/** One 明细 row, each cell measured for its column as it is made. */
function entryRow(entry: LedgerEntry, note: string, link: LinkCell | null, lang: Lang, measure: ColumnMeasure): ReportCell[] {
  const date = dateCell(entry.daySerial);
  const points = pointsCell(entry.points);
  const amount = yuanCell(entry.amountFen);
  const action = entry.action === null ? null : actionLabelOf(entry.action, lang);
  measure.number(0, date);
  measure.text(1, entry.name);
  measure.text(2, entry.rule);
  measure.number(3, points);
  measure.number(4, amount);
  measure.label(5, action);
  measure.link(6, link);
  measure.text(7, note);
  return [date, entry.name, entry.rule, points, amount, action === null ? null : action.text, link, note];
}

/**
 * Dated rows first in date order, then the month-wide ones, each day's rows in result order.
 * Placed by day (a month has a few dozen days), not a comparison sort of ~50,000 entries.
 */
export function inDateOrder(ledger: readonly LedgerEntry[]): LedgerEntry[] {
  return Array.from(indicesInDateOrder(ledger), (index) => ledger[index] as LedgerEntry);
}

/**
 * Rules that only flag something for the supervisor to look at (A7 early leave when it costs no
 * points, R1 too many rest days): their rows are amber so they are not lost among the zeros.
 */
export function flagRulesOf(policy: Policy): RuleId[] {
  const rules = [policy.rota.restRule];
  if (policy.attendance.earlyLeavePoints === 0) rules.push(policy.attendance.earlyLeaveRule);
  // B11 (物业客服): not early enough for the handover, a flag with no points.
  if (policy.attendance.earlyArrival) rules.push(policy.attendance.earlyArrival.rule);
  return rules;
}

/** Highlight tones as bytes, per row: none, amber, red. */
const noTone = 0;
const amberTone = 1;
const redTone = 2;

function highlightsOf(tones: Uint8Array): Highlight[] {
  const highlights: Highlight[] = [];
  for (let row = 0; row < tones.length; row += 1) {
    const tone = tones[row];
    if (tone !== noTone) highlights.push({ row, tone: tone === redTone ? 'red' : 'amber' });
  }
  return highlights;
}

/**
 * Builds the 明细; rows with an action are red, flag-only rows (A7, R1) amber.
 * @example an A1 hit on 2026-10-03 → [{number: 46298, format: 'date'}, '张三', 'A1', 0.5, null, null, link, '迟到 12 分钟']
 */
export function ledgerTable(result: MonthResult, policy: Policy, name: string, lang: Lang,
  shared = new SharedLedger(result, lang)): SheetTable {
  const ledger = result.ledger;
  const head = columnHeaders(columns, lang);
  const measure = new ColumnMeasure(head);
  // A few rules: comparing them is cheaper than a set lookup per row.
  const flags = flagRulesOf(policy);
  // Each entry's row in the sheet (after the header), by the date order.
  const order = shared.dateOrder();
  const rowOf = new Int32Array(ledger.length);
  for (let k = 0; k < order.length; k += 1) rowOf[order[k] as number] = k + 1;
  // Rows made in ledger order and placed at their row: the entries, their notes and sources are
  // read in the order they were made (in date order they were scattered: ~15 % slower at 100 people).
  const rows = new Array<ReportCell[]>(ledger.length + 1);
  rows[0] = head;
  const tones = new Uint8Array(ledger.length + 1);
  // The fines are made with their ledger entries, in ledger order and with the same source object:
  // the next fine's source, compared as the ledger is walked, finds each fine's shared link cell
  // without a lookup. Any other source (or a fine out of that order) gets a cell of its own.
  const fines = result.fines;
  let nextFine = 0;
  for (let index = 0; index < ledger.length; index += 1) {
    const entry = ledger[index] as LedgerEntry;
    const row = rowOf[index] as number;
    let link: LinkCell | null;
    if (nextFine < fines.length && entry.source === (fines[nextFine] as FineEntry).source) {
      link = shared.links.ofFine(nextFine);
      nextFine += 1;
    } else link = linkCell(entry.source);
    rows[row] = entryRow(entry, shared.note(index), link, lang, measure);
    if (entry.action !== null) tones[row] = redTone;
    else if (flags.includes(entry.rule)) tones[row] = amberTone;
  }
  return { name, kind: 'ledger', hidden: false, rows, highlights: highlightsOf(tones), columnWidths: measure.widths(), headerRows: 1 };
}
