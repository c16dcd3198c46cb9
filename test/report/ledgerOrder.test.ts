import type { LedgerEntry } from '../../src/engine/model';
import { inDateOrder } from '../../src/report/ledger';

const entry = (daySerial: number | null, name: string): LedgerEntry =>
  ({ daySerial, name, rule: 'A1', points: 0, amountFen: null, action: null, source: null, note: { code: 'x', params: {} } }) as unknown as LedgerEntry;

describe('inDateOrder: the 明细 in date order, month-wide rows last, stable', () => {
  it('orders days, keeps each day in result order and puts entries with no day last', () => {
    const ledger = [entry(46300, 'a'), entry(null, 'tier1'), entry(46298, 'b'), entry(46300, 'c'), entry(46298, 'd'), entry(null, 'tier2'), entry(46310, 'e')];
    expect(inDateOrder(ledger).map((e) => e.name)).toEqual(['b', 'd', 'a', 'c', 'e', 'tier1', 'tier2']);
    expect(ledger.map((e) => e.name)).toEqual(['a', 'tier1', 'b', 'c', 'd', 'tier2', 'e']); // input untouched
  });

  it('matches a stable comparison sort on many entries', () => {
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const ledger = Array.from({ length: 3000 }, (_, i) => entry(random() < 0.1 ? null : 46290 + Math.floor(random() * 40), String(i)));
    const reference = [...ledger].sort((a, b) => (a.daySerial === b.daySerial ? 0 : a.daySerial === null ? 1 : b.daySerial === null ? -1 : a.daySerial - b.daySerial));
    expect(inDateOrder(ledger).map((e) => e.name)).toEqual(reference.map((e) => e.name));
  });
});
