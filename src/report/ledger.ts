/**
 * 明细 Ledger (POLICY.md §4): one row per rule hit — date, person, rule id, points, amount, action,
 * a link back to the input cell, and the note worded in the reader's language.
 */
import type { LedgerEntry, MonthResult } from '../engine/model';
import type { Policy, RuleId } from '../engine/policy/types';
import type { Lang } from '../messages';
import { actionWord, columnWidths, dateCell, header, linkCell, pointsCell, yuanCell } from './format';
import { LedgerNotes } from './shared';
import type { Highlight, ReportCell, SheetTable } from './types';

const columns = ['date', 'name', 'rule', 'points', 'amount', 'action', 'source', 'note'] as const;

function entryRow(entry: LedgerEntry, note: string, lang: Lang): ReportCell[] {
  return [
    dateCell(entry.daySerial),
    entry.name,
    entry.rule,
    pointsCell(entry.points),
    yuanCell(entry.amountFen),
    entry.action === null ? null : actionWord(entry.action, lang),
    linkCell(entry.source),
    note,
  ];
}

/**
 * Dated rows first in date order, then the month-wide ones, each day's rows in result order.
 * Placed by day (a month has a few dozen days), not a comparison sort of ~50,000 entries.
 */
export function inDateOrder(ledger: readonly LedgerEntry[]): LedgerEntry[] {
  return Array.from(indicesInDateOrder(ledger), (index) => ledger[index] as LedgerEntry);
}

/** Whole day serials spread over at most this many days are counted into slots; anything else is bucketed. */
const maxCountedDays = 4096;

/**
 * inDateOrder as ledger indices (the notes are worded once per index). Days are whole serials of
 * about a month, so a counting sort places each entry with no map lookup or bucket array per entry.
 */
function indicesInDateOrder(ledger: readonly LedgerEntry[]): ArrayLike<number> & Iterable<number> {
  let first = Infinity;
  let last = -Infinity;
  for (const entry of ledger) {
    const day = entry.daySerial;
    if (day === null) continue;
    if (!Number.isInteger(day)) return indicesByDayBuckets(ledger);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const days = first <= last ? last - first + 1 : 0;
  if (days > maxCountedDays) return indicesByDayBuckets(ledger);
  // Slot per day, the month-wide entries in the last one; `| 0` makes a -0 slot 0 (0 and -0 are one day).
  const slotOf = (day: number | null): number => (day === null ? days : (day - first) | 0);
  const next = new Int32Array(days + 2);
  for (const entry of ledger) (next[slotOf(entry.daySerial) + 1] as number) += 1;
  for (let slot = 1; slot < next.length; slot += 1) (next[slot] as number) += next[slot - 1] as number;
  // Typed: `new Array(n)` of ~50,000 would be a slow dictionary.
  const ordered = new Int32Array(ledger.length);
  for (let index = 0; index < ledger.length; index += 1) {
    const slot = slotOf((ledger[index] as LedgerEntry).daySerial);
    ordered[next[slot] as number] = index;
    (next[slot] as number) += 1;
  }
  return ordered;
}

// Days in order, the month-wide entries (tiers, awards; no day) last.
function byDay(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Fractional or far-apart day serials (never from the readers): one bucket per day, days sorted. */
function indicesByDayBuckets(ledger: readonly LedgerEntry[]): number[] {
  const byDaySerial = new Map<number | null, number[]>();
  for (let index = 0; index < ledger.length; index += 1) {
    const day = (ledger[index] as LedgerEntry).daySerial;
    const bucket = byDaySerial.get(day);
    if (bucket === undefined) byDaySerial.set(day, [index]);
    else bucket.push(index);
  }
  const ordered: number[] = [];
  for (const day of [...byDaySerial.keys()].sort(byDay)) for (const index of byDaySerial.get(day) as number[]) ordered.push(index);
  return ordered;
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

/**
 * Builds the 明细; rows with an action are red, flag-only rows (A7, R1) amber.
 * @example an A1 hit on 2026-10-03 → [{number: 46298, format: 'date'}, '张三', 'A1', 0.5, null, null, link, '迟到 12 分钟']
 */
export function ledgerTable(result: MonthResult, policy: Policy, name: string, lang: Lang,
  notes = new LedgerNotes(result.ledger, lang)): SheetTable {
  const rows: ReportCell[][] = [columns.map((column) => header(`report.col.${column}`, lang))];
  const highlights: Highlight[] = [];
  const flags = new Set(flagRulesOf(policy));
  const order = indicesInDateOrder(result.ledger);
  for (let k = 0; k < order.length; k += 1) {
    const index = order[k] as number;
    const entry = result.ledger[index] as LedgerEntry;
    rows.push(entryRow(entry, notes.at(index), lang));
    if (entry.action !== null) highlights.push({ row: rows.length - 1, tone: 'red' });
    else if (flags.has(entry.rule)) highlights.push({ row: rows.length - 1, tone: 'amber' });
  }
  return { name, kind: 'ledger', hidden: false, rows, highlights, columnWidths: columnWidths(rows), headerRows: 1 };
}
