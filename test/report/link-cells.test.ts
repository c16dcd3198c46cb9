import { ecommercePreset } from '../../src/engine/policy';
import type { FineEntry, LedgerEntry, MonthResult } from '../../src/engine/model';
import { buildReport, isLinkCell, type SheetTable } from '../../src/report';
import { fineIndicesInDateOrder } from '../../src/report/fines';
import { result } from './fixture';

// A fine and its ledger entry share one source object, and the report shares one link cell per fine
// on the 明细, the 罚款表 and the statements. The 明细 finds a fine's cell by walking the fines
// alongside the ledger (they are made in the same order); out of that order it makes its own cells,
// which must read the same.
const fines: FineEntry[] = result.fines.map((fine) => ({ ...fine, source: { ...fine.source } }));
const ledger: LedgerEntry[] = [
  ...result.ledger.filter((entry) => entry.rule !== 'F2'),
  ...fines.map((fine): LedgerEntry => ({ daySerial: fine.daySerial, name: fine.name, rule: fine.rule, points: 0,
    amountFen: fine.amountFen, action: fine.action, source: fine.source, note: { code: 'test.note', params: {} } })),
];
const linked: MonthResult = { ...result, fines, ledger };

const links = (table: SheetTable): unknown[] => table.rows.flatMap((row) => row.filter((cell) => cell !== null && isLinkCell(cell)));
const sheet = (tables: SheetTable[], kind: SheetTable['kind']): SheetTable => tables.find((table) => table.kind === kind)!;

describe('link cells shared per fine', () => {
  it('the 明细, 罚款表 and statements show the same cell object for a fine in ledger order', () => {
    const tables = buildReport(linked, ecommercePreset, 'zh');
    const onFines = links(sheet(tables, 'fines'));
    expect(onFines).toHaveLength(3);
    for (const cell of onFines) {
      expect(links(sheet(tables, 'ledger'))).toContain(cell);
      expect(links(sheet(tables, 'personalReport'))).toContain(cell);
    }
  });

  it('a ledger whose fines come in another order reads the same, cell by cell', () => {
    const reordered: MonthResult = { ...linked, ledger: [...ledger].reverse() };
    const shared = sheet(buildReport(reordered, ecommercePreset, 'zh'), 'ledger');
    // No fines to walk alongside: every source gets a cell of its own.
    const own = sheet(buildReport({ ...reordered, fines: [] }, ecommercePreset, 'zh'), 'ledger');
    expect(shared.rows).toEqual(own.rows);
    expect(shared.columnWidths).toEqual(own.columnWidths);
  });
});

describe('fineIndicesInDateOrder', () => {
  // The general order: a stable sort of the fines by day.
  const byDay = (list: readonly FineEntry[]): FineEntry[] => [...list].sort((a, b) => a.daySerial - b.daySerial);
  const days = [3, 1, 2, 2, 1, 5, 3, 4];
  const many: FineEntry[] = days.map((daySerial, nth) => ({ ...fines[0]!, daySerial, nth }));

  it('gives the stable sort by day, all of them or those listed, and null/the list itself when already in order', () => {
    const all = fineIndicesInDateOrder(many)!;
    expect(all.map((index) => many[index])).toEqual(byDay(many));
    const listed = [0, 2, 3, 4, 7];
    expect(fineIndicesInDateOrder(many, listed)!.map((index) => many[index])).toEqual(byDay(listed.map((index) => many[index]!)));
    const ordered = byDay(many);
    expect(fineIndicesInDateOrder(ordered)).toBeNull();
    const inOrder = [1, 2, 3];
    expect(fineIndicesInDateOrder(many, inOrder)).toBe(inOrder);
  });
});
