import fc from 'fast-check';
import { columnWidths } from '../../src/report/format';
import type { ReportCell } from '../../src/report/types';

/** The widths as plainly defined: every cell's display width (CJK 2, a surrogate pair 1), + 2, within [min, max]. */
function referenceWidths(rows: readonly (readonly ReportCell[])[], minWidth = 6, maxWidth = 40): number[] {
  const widths: number[] = [];
  rows.forEach((row) => row.forEach((cell, col) => {
    let text = '';
    if (typeof cell === 'string') text = cell;
    else if (typeof cell === 'number' || typeof cell === 'boolean') text = String(cell);
    else if (cell !== null && 'format' in cell) text = cell.format === 'date' ? '2026-10-31' : cell.number.toFixed(2);
    else if (cell !== null) text = cell.text;
    const width = [...text].reduce((sum, ch) => sum + (ch.length === 2 ? 1 : ch.charCodeAt(0) >= 0x2e80 && ch.charCodeAt(0) <= 0xffef ? 2 : 1), 0);
    widths[col] = Math.max(widths[col] ?? minWidth, Math.min(width + 2, maxWidth));
  }));
  return widths;
}

const cell: fc.Arbitrary<ReportCell> = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '张', '😀', '\ud83d', ' '), maxLength: 30 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((number) => ({ number, format: 'yuan' as const })),
  fc.constant({ number: 46296, format: 'date' as const }),
  fc.constant(null),
);

describe('columnWidths: the widest cell per column, within bounds', () => {
  it('agrees with the plain definition, whatever the cells (a lone surrogate at the end counts as wide)', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 }), (rows) => {
      expect(columnWidths(rows)).toEqual(referenceWidths(rows));
    }));
  });

  it('stops at the maximum however long the later cells are', () => {
    expect(columnWidths([['a'.repeat(100)], ['张'.repeat(100)], ['b']])).toEqual([40]);
    expect(columnWidths([['中中中\ud83d']], 0)).toEqual([10]);
  });
});
