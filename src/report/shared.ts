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

type Note = LedgerEntry['note'];

/** The codes of the notes the engine may share among entries (engine/incidents/notes.ts). */
const sharedNotePrefix = 'incidents.note.';

export class SharedLedger {
  private order: ArrayLike<number> | undefined;

  // One slot per entry, holey: reading a slot is cheaper than a map lookup, even with a byte per
  // entry marking the few the statements keep (about one in six).
  private readonly remembered: (string | undefined)[];

  readonly links: LinkCells;

  private readonly ledger: readonly LedgerEntry[];

  // Incident notes are shared among the rows they fit (engine/incidents/notes.ts): ~2,200 incident
  // rows at 100 people hold ~60 note objects, each worded once here. Only those are looked up: the
  // other notes are one per entry (an order's, a late arrival's), where a map insert per note was
  // slower than wording it.
  private readonly byNote = new Map<Note, string>();

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
    if (!note.code.startsWith(sharedNotePrefix)) return message(note.code, note.params, this.lang);
    let text = this.byNote.get(note);
    if (text === undefined) {
      text = message(note.code, note.params, this.lang);
      this.byNote.set(note, text);
    }
    return text;
  }
}
