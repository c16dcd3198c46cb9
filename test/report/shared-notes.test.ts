import type { LedgerEntry, MonthResult } from '../../src/engine/model';
import * as messages from '../../src/messages';
import { message } from '../../src/messages';
import { SharedLedger } from '../../src/report/shared';
import { result } from './fixture';

// An incident note object may serve many entries (engine/incidents/notes.ts): the report words it
// once. Each entry's note must still read as message() words it, shared or not.
describe('SharedLedger notes', () => {
  const base = result.ledger[0] as LedgerEntry;
  const sharedNote = { code: 'incidents.note.countTier', params: { type: '差评', nth: 2, total: 3 } };
  const ledger: LedgerEntry[] = [
    { ...base, note: sharedNote },
    { ...base, note: { code: 'commission.note.refunded', params: { order: 'A1', amount: 12.5, status: '退款' } } },
    { ...base, note: sharedNote },
    { ...base, note: { code: 'incidents.note.countTier', params: { type: '差评', nth: 3, total: 4 } } },
    { ...base, note: { code: 'incidents.note.unknownCode', params: { x: 1 } } },
  ];
  const month: MonthResult = { ...result, ledger, fines: [] };

  it.each(['zh', 'en'] as const)('words every note as message() does (%s)', (lang) => {
    const shared = new SharedLedger(month, lang);
    ledger.forEach((entry, index) => {
      expect(shared.note(index)).toBe(message(entry.note.code, entry.note.params, lang));
      expect(shared.remember(index)).toBe(message(entry.note.code, entry.note.params, lang));
    });
  });

  it('a shared note object is worded once for all its entries', () => {
    const shared = new SharedLedger(month, 'zh');
    const wording = jest.spyOn(messages, 'message');
    try {
      ledger.forEach((_, index) => shared.note(index));
      expect(wording).toHaveBeenCalledTimes(4); // entries 0 and 2 share one note object
    } finally {
      wording.mockRestore();
    }
  });
});
