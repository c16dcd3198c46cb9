/**
 * The incident log's orders. Sorting is the costly part of the log at 1,000 people (20,000 rows, 10,000
 * fines), and the log is nearly in order already: rows are counted into days, and fines are checked in
 * log order before falling back to a sort.
 */
import type { FineEntry, Incident } from '../model';
import type { RuleRun } from './interpret';

/**
 * The rows of the month by day, rows of the same day in the log's order: that stable sort as a
 * counting sort (how many rows each day has, then each row put at its day's next place), without
 * comparing rows (20,000 at 1,000 people) or an array per day. Rows of other months are left out,
 * as the caller skips them anyway.
 */
export function rowsInDateOrder(incidents: readonly Incident[], firstSerial: number, lastSerial: number): Incident[] {
  // startOfDay[d + 1] counts day d's rows at first, then (summed) is where day d + 1's rows start.
  const startOfDay = new Int32Array(lastSerial - firstSerial + 2);
  // Index loops over the log: for-of made an iterator result per row (20,000 at 1,000 people).
  for (let i = 0; i < incidents.length; i += 1) {
    const day = Math.floor((incidents[i] as Incident).daySerial);
    // A NaN date slips past the caller's range check; only Array.prototype.sort orders it as before.
    if (Number.isNaN(day)) return [...incidents].sort((a, b) => Math.floor(a.daySerial) - Math.floor(b.daySerial));
    if (day >= firstSerial && day <= lastSerial) startOfDay[day - firstSerial + 1]! += 1;
  }
  for (let d = 1; d < startOfDay.length; d += 1) startOfDay[d]! += startOfDay[d - 1]!;
  const rows = new Array<Incident>(startOfDay[startOfDay.length - 1]!);
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i] as Incident;
    const day = Math.floor(incident.daySerial);
    if (day >= firstSerial && day <= lastSerial) rows[startOfDay[day - firstSerial]!++] = incident;
  }
  return rows;
}

/**
 * The month's fines by date, then row, then column, equal ones in run order (the runs in the order
 * they began, each run's fines by nth): what a stable sort of them gives when they are added run by
 * run. Fines come in the log's order, which is usually that order already, so a check as each is
 * added replaces the sort (10,000 fines at 1,000 people) unless a date has a time or rows are out of order.
 */
export class FinesInLogOrder {
  private readonly fines: FineEntry[] = [];
  // Each fine's run (its place among the runs); its nth within the run is the fine's own.
  private readonly runIndexes: number[] = [];
  private inOrder = true;

  /** Adds the next fine of `run` (its nth is `fine.nth`). */
  add(fine: FineEntry, run: RuleRun): void {
    if (this.inOrder) this.inOrder = this.follows(fine, run.index);
    this.fines.push(fine);
    this.runIndexes.push(run.index);
  }

  /**
   * Whether the fine comes strictly after the last one by (date, row, column, run, nth); a NaN, which
   * the comparison skips, never does.
   */
  private follows(fine: FineEntry, runIndex: number): boolean {
    if (Number.isNaN(fine.daySerial + fine.source.row + fine.source.col)) return false;
    const last = this.fines.length - 1;
    if (last < 0) return true;
    const lastFine = this.fines[last]!;
    const order = byDateThenCell(lastFine, fine);
    const lastRun = this.runIndexes[last]!;
    return order < 0 || (order === 0 && (lastRun < runIndex || (lastRun === runIndex && lastFine.nth < fine.nth)));
  }

  byDateThenCell(): FineEntry[] {
    if (this.inOrder) return this.fines;
    // The sort itself, from the order run by run (as the fines were once added), so that ties and
    // NaN dates come out as they always have.
    const { runIndexes, fines } = this;
    const byRun = fines.map((_, i) => i).sort((a, b) => runIndexes[a]! - runIndexes[b]! || fines[a]!.nth - fines[b]!.nth);
    return byRun.map((i) => this.fines[i]!).sort(byDateThenCell);
  }
}

function byDateThenCell(a: FineEntry, b: FineEntry): number {
  return a.daySerial - b.daySerial || a.source.row - b.source.row || a.source.col - b.source.col;
}
