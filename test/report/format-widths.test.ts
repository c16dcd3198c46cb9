import fc from 'fast-check';
import { ColumnMeasure, columnWidths, labelOf, linkCell } from '../../src/report/format';
import { ecommercePreset } from '../../src/engine/policy';
import { buildReport, isLinkCell, isNumberCell } from '../../src/report';
import { result } from './fixture';
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
  // Plain numbers (counts, ranks), measured by counting their digits.
  fc.oneof(fc.integer({ min: -1e6, max: 1e7 }), fc.double({ noNaN: false }), fc.constant(-0), fc.constant(1e21)),
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

describe('ColumnMeasure: widths measured while a table is built', () => {
  /** Tells the measure every cell as a builder would: texts, number cells, links, plain numbers. */
  function measured(head: readonly string[], rows: readonly (readonly ReportCell[])[]): number[] {
    const measure = new ColumnMeasure(head);
    for (const row of rows) {
      row.forEach((cell, col) => {
        // Texts in odd columns told as labels (their width remembered with them), as rule labels and action words are.
        if (typeof cell === 'string') {
          if (col % 2 === 1) measure.label(col, labelOf(cell));
          else measure.text(col, cell);
        }
        else if (cell !== null && typeof cell === 'object' && isNumberCell(cell)) measure.number(col, cell);
        else if (cell !== null && typeof cell === 'object' && isLinkCell(cell)) measure.link(col, cell);
        else if (cell !== null) measure.width(col, String(cell).length);
      });
    }
    return measure.widths();
  }

  it('agrees with columnWidths over the same rows, whatever the cells', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '张', '😀', '\ud83d', ' '), maxLength: 30 });
    // Links on sheets that need quotes or hold wide or paired characters, beyond column 1024 too (worded in full).
    const link = fc.record({
      sheet: fc.constantFrom('考勤', 'My Sheet', "a'b", '😀表', 'x\ud83d'),
      row: fc.integer({ min: 0, max: 2_000_000 }), col: fc.integer({ min: 0, max: 2000 }),
    }).map((source) => linkCell(source));
    const anyCell = fc.oneof(cell, link, fc.integer({ min: -50, max: 5000 }));
    const rowOf = (columns: number): fc.Arbitrary<ReportCell[]> => fc.array(anyCell, { minLength: columns, maxLength: columns });
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }).chain((head) =>
      fc.tuple(fc.constant(head), fc.array(rowOf(head.length), { maxLength: 30 }))), ([head, rows]) => {
      expect(measured(head, rows)).toEqual(columnWidths([head, ...rows]));
    }));
  });

  it('gives the 明细 and 罚款表 the widths columnWidths gives their rows', () => {
    for (const table of buildReport(result, ecommercePreset, 'zh')) {
      if (table.kind === 'ledger' || table.kind === 'fines') expect(table.columnWidths).toEqual(columnWidths(table.rows));
    }
  });
});
