/**
 * What the 明细 and the statements both work out from the ledger, once per report: its date order,
 * and the notes of the scored entries — the statements list those (about one in six) and remember
 * them by ledger index; the 明细, built after them, takes those and words the rest. Also the link
 * cells of the fines, which the 罚款表 shares too. Made per report, never kept across closes.
 */
import type { LedgerEntry, MonthResult } from '../engine/model';
import { message, type Lang } from '../messages';
import { indicesInDateOrder } from './dateOrder';
import { LinkCells } from './format';

export class SharedLedger {
  private order: ArrayLike<number> | undefined;

  // One slot per entry, holey: reading a slot is cheaper than a map lookup, even with a byte per
  // entry marking the few the statements keep (about one in six).
  private readonly remembered: (string | undefined)[];

  readonly links: LinkCells;

  private readonly ledger: readonly LedgerEntry[];

  constructor(result: MonthResult, private readonly lang: Lang) {
    this.ledger = result.ledger;
    this.links = new LinkCells(result.fines);
    this.remembered = new Array<string | undefined>(result.ledger.length);
  }

  /** The ledger's indices in the 明细's order (date order), worked out once. */
  dateOrder(): ArrayLike<number> {
    return (this.order ??= indicesInDateOrder(this.ledger));
  }

  /** The note of `ledger[index]` in the report's language, kept for the next sheet that shows it. */
  remember(index: number): string {
    let text = this.remembered[index];
    if (text === undefined) {
      text = this.worded(index);
      this.remembered[index] = text;
    }
    return text;
  }

  /** The note of `ledger[index]`, remembered or worded now. */
  note(index: number): string {
    return this.remembered[index] ?? this.worded(index);
  }

  private worded(index: number): string {
    const note = (this.ledger[index] as LedgerEntry).note;
    return message(note.code, note.params, this.lang);
  }
}
