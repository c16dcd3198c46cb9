/**
 * The incident log's orders. Sorting is the costly part of the log at 1,000 people (20,000 rows, 10,000
 * fines), and the log is nearly in order already: rows are bucketed by day, and fines are checked in
 * log order before falling back to a sort.
 */
import type { FineEntry, Incident } from '../model';

/**
 * The rows of the month by day, rows of the same day in the log's order. One bucket per day filled in
 * log order is that stable sort without comparing rows (20,000 rows at 1,000 people); rows of other
 * months are left out, as the caller skips them anyway.
 */
export function rowsInDateOrder(incidents: readonly Incident[], firstSerial: number, lastSerial: number): Incident[] {
  const byDay: Incident[][] = [];
  // Index loops over the log: for-of made an iterator result per row (20,000 at 1,000 people).
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i] as Incident;
    const day = Math.floor(incident.daySerial);
    // A NaN date slips past the caller's range check; only Array.prototype.sort orders it as before.
    if (Number.isNaN(day)) return [...incidents].sort((a, b) => Math.floor(a.daySerial) - Math.floor(b.daySerial));
    if (day >= firstSerial && day <= lastSerial) (byDay[day - firstSerial] ??= []).push(incident);
  }
  const rows: Incident[] = [];
  for (const dayRows of byDay) if (dayRows !== undefined) for (const row of dayRows) rows.push(row);
  return rows;
}

/**
 * The month's fines by date, then row, then column, equal ones in the order they were added: what a
 * stable sort of them gives. Fines are added group by group (person and rule); each also goes to the
 * slot of its hit's place in the log, which is usually that order already, so a check of the log's
 * order replaces the sort (10,000 fines at 1,000 people) unless a date has a time or rows are out of order.
 */
export class FinesInLogOrder {
  private readonly added: FineEntry[] = [];
  private readonly bySlot: (FineEntry | undefined)[];
  private readonly addedIndexBySlot: number[];

  constructor(slots: number) {
    this.bySlot = new Array<FineEntry | undefined>(slots);
    this.addedIndexBySlot = new Array<number>(slots);
  }

  add(fine: FineEntry, slot: number): void {
    this.bySlot[slot] = fine;
    this.addedIndexBySlot[slot] = this.added.length;
    this.added.push(fine);
  }

  byDateThenCell(): FineEntry[] {
    const inLog: FineEntry[] = [];
    let previousAdded = -1;
    for (let slot = 0; slot < this.bySlot.length; slot++) {
      const fine = this.bySlot[slot];
      if (fine === undefined) continue;
      const addedIndex = this.addedIndexBySlot[slot]!;
      const previous = inLog[inLog.length - 1];
      // Each fine strictly after the previous one by (date, row, column, order added) means the log's
      // order is the sort's; anything else gets the sort, and so does a NaN, which the comparison skips.
      const order = previous === undefined ? -1 : byDateThenCell(previous, fine);
      const inOrder = order < 0 || (order === 0 && previousAdded < addedIndex);
      if (!inOrder || Number.isNaN(fine.daySerial + fine.source.row + fine.source.col)) return this.added.sort(byDateThenCell);
      inLog.push(fine);
      previousAdded = addedIndex;
    }
    return inLog;
  }
}

function byDateThenCell(a: FineEntry, b: FineEntry): number {
  return a.daySerial - b.daySerial || a.source.row - b.source.row || a.source.col - b.source.col;
}
