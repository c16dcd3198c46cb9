/**
 * The ledger notes two sheets of one report show alike, worded once per report: the statements
 * list the scored entries (about one in six) and remember their notes by ledger index; the 明细,
 * built after them, takes those and words the rest. Made per report, never kept across closes.
 */
import type { LedgerEntry } from '../engine/model';
import { message, type Lang } from '../messages';

export class LedgerNotes {
  // A map, not an array as long as the ledger: only the statements' few entries are kept.
  private readonly remembered = new Map<number, string>();

  constructor(private readonly ledger: readonly LedgerEntry[], private readonly lang: Lang) {}

  /** The note of `ledger[index]` in the report's language, kept for the next sheet that shows it. */
  remember(index: number): string {
    let text = this.remembered.get(index);
    if (text === undefined) {
      text = this.at(index);
      this.remembered.set(index, text);
    }
    return text;
  }

  /** The note of `ledger[index]`, remembered or worded now. */
  at(index: number): string {
    const known = this.remembered.get(index);
    if (known !== undefined) return known;
    const note = (this.ledger[index] as LedgerEntry).note;
    return message(note.code, note.params, this.lang);
  }
}
