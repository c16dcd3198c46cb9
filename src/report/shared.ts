/**
 * What the 明细 and the statements both work out from the ledger, once per report: its date order,
 * and the notes of the scored entries — the statements list those (about one in six) and remember
 * them by ledger index; the 明细, built after them, takes those and words the rest. Also the link
 * cells, which the 罚款表 shares too. Made per report, never kept across closes.
 */
import type { LedgerEntry } from '../engine/model';
import { message, type Lang } from '../messages';
import { indicesInDateOrder } from './dateOrder';
import { LinkCells } from './format';

export class SharedLedger {
  private order: ArrayLike<number> | undefined;

  // A map, not an array as long as the ledger: only the statements' few entries are kept; which
  // ones is marked in a byte per entry, so the 明细 asks the map only for those.
  private readonly remembered = new Map<number, string>();
  private readonly kept: Uint8Array;

  readonly links = new LinkCells();

  constructor(private readonly ledger: readonly LedgerEntry[], private readonly lang: Lang) {
    this.kept = new Uint8Array(ledger.length);
  }

  /** The ledger's indices in the 明细's order (date order), worked out once. */
  dateOrder(): ArrayLike<number> {
    return (this.order ??= indicesInDateOrder(this.ledger));
  }

  /** The note of `ledger[index]` in the report's language, kept for the next sheet that shows it. */
  remember(index: number): string {
    let text = this.remembered.get(index);
    if (text === undefined) {
      text = this.note(index);
      this.remembered.set(index, text);
      this.kept[index] = 1;
    }
    return text;
  }

  /** The note of `ledger[index]`, remembered or worded now. */
  note(index: number): string {
    const known = this.kept[index] === 1 ? this.remembered.get(index) : undefined;
    if (known !== undefined) return known;
    const note = (this.ledger[index] as LedgerEntry).note;
    return message(note.code, note.params, this.lang);
  }
}
