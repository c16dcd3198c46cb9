/**
 * The 明细's order: dated rows first in date order, then the month-wide ones (tiers, awards; no
 * day), each day's rows in result order — as ledger indices, so the 明细 and the statements (which
 * group them by person) share one order and the notes worded per index.
 */
import { indicesByKey } from '../engine/group';
import type { LedgerEntry } from '../engine/model';

/** Whole day serials spread over at most this many days are counted into slots; anything else is bucketed. */
const maxCountedDays = 4096;

/**
 * The ledger's indices in that order. Days are whole serials of about a month, so a counting
 * sort places each entry with no map lookup or bucket array per entry.
 */
export function indicesInDateOrder(ledger: readonly LedgerEntry[]): ArrayLike<number> & Iterable<number> {
  let first = Infinity;
  let last = -Infinity;
  // Index loops over the ledger here: for-of made an iterator result per entry (100,000 at 1,000 people).
  for (let index = 0; index < ledger.length; index += 1) {
    const day = (ledger[index] as LedgerEntry).daySerial;
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
  for (let index = 0; index < ledger.length; index += 1) (next[slotOf((ledger[index] as LedgerEntry).daySerial) + 1] as number) += 1;
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
  const byDaySerial = indicesByKey(ledger.length, (index) => (ledger[index] as LedgerEntry).daySerial);
  const ordered: number[] = [];
  for (const day of [...byDaySerial.keys()].sort(byDay)) for (const index of byDaySerial.get(day) as number[]) ordered.push(index);
  return ordered;
}
