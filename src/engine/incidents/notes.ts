/**
 * Ledger notes shared by the rows they fit. The note of a ladder's or a count tier's nth row, of an
 * absenteeism row, of a row-points row with the same points, depends only on the policy and the
 * type text: one object serves every such row, of every close under that policy. A ledger's notes
 * are read-only, so sharing changes nothing for a reader; it saves ~110 bytes per incident row and
 * lets a reader word a note once for all the rows that share it.
 */
import type { LedgerEntry } from '../model';

export type Note = LedgerEntry['note'];

/**
 * How many nth rows a type's notes are kept for: a month rarely has more rows of one type per
 * person, and a run past it makes its notes afresh instead of keeping a long array.
 */
const nthKept = 64;

/** The shared notes of one type's rows under one rule (kept with the type's rule, classify.ts). */
export class SharedNotes {
  private readonly byNth: (Note | undefined)[] = [];
  private byPoints: Note | undefined;

  /** The note of the nth row, when one was kept. */
  ofNth(nth: number): Note | undefined {
    return this.byNth[nth];
  }

  /** Keeps the nth row's note for the next rows of that nth; returns it. */
  keepNth(nth: number, note: Note): Note {
    if (nth < nthKept) this.byNth[nth] = note;
    return note;
  }

  /** The note kept for a row of `points` (the last one kept: a type's rows mostly take one value), if any. */
  ofPoints(points: number): Note | undefined {
    const kept = this.byPoints;
    return kept !== undefined && Object.is(kept.params['points'], points) ? kept : undefined;
  }

  keepPoints(note: Note): Note {
    this.byPoints = note;
    return note;
  }
}
