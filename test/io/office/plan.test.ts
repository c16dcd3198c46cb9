import fc from 'fast-check';
import { chunkRows, documentReference, fillRuns, jsonBytes, planTable, textFormat, toneColors } from '../../../src/io/office/plan';
import type { ReportCell, SheetTable } from '../../../src/report/types';

const table = (rows: ReportCell[][], highlights: SheetTable['highlights'] = []): SheetTable =>
  ({ name: '明细', kind: 'ledger', hidden: false, headerRows: 1, rows, highlights });

const cell: fc.Arbitrary<ReportCell> = fc.oneof(
  fc.constant(null), fc.string(), fc.integer(), fc.boolean(),
  fc.record({ number: fc.double({ noNaN: true, noDefaultInfinity: true }), format: fc.constantFrom('yuan', 'percent', 'date', 'points') as fc.Arbitrary<'yuan'> }),
);

describe('write plan', () => {
  it('every string is formatted as text (@), numbers by their kind, blanks left alone; rows padded to one width', () => {
    const plan = planTable(table([['姓名', '金额'], ['=1+1', { number: 12.5, format: 'yuan' }, '007'], [null]]));
    expect(plan.values).toEqual([['姓名', '金额', ''], ['=1+1', 12.5, '007'], ['', '', '']]);
    expect(plan.numberFormat).toEqual([[textFormat, textFormat, null], [textFormat, '#,##0.00', textFormat], [null, null, null]]);
  });

  it('links carry a quoted document reference; a quote in a sheet name is doubled', () => {
    expect(documentReference({ sheet: "王's 考勤", row: 0, col: 27 })).toBe("'王''s 考勤'!AB1");
    const plan = planTable(table([[{ text: '考勤!C14', link: { sheet: '考勤', row: 13, col: 2 } }]]));
    expect(plan.links).toEqual([{ row: 0, col: 0, text: '考勤!C14', documentReference: "'考勤'!C14" }]);
  });

  it('fills: one run per contiguous rows of one tone; red wins over amber on the same row', () => {
    const runs = fillRuns(table([], [{ row: 1, tone: 'amber' }, { row: 2, tone: 'amber' }, { row: 2, tone: 'red' }, { row: 3, tone: 'red' }, { row: 5, tone: 'red' }]));
    expect(runs).toEqual([{ row: 1, rows: 1, color: toneColors.amber }, { row: 2, rows: 2, color: toneColors.red }, { row: 5, rows: 1, color: toneColors.red }]);
  });

  it('chunks cover every row once, in order, each within the budget unless a single row is bigger', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 60 }), fc.integer({ min: 600, max: 5000 }), (rows, budget) => {
      const plan = planTable(table(rows));
      const chunks = chunkRows(plan, budget);
      let next = 0;
      for (const chunk of chunks) {
        expect(chunk.start).toBe(next);
        next += chunk.count;
        const actual = jsonBytes(plan.values.slice(chunk.start, next)) + jsonBytes(plan.numberFormat.slice(chunk.start, next));
        expect(chunk.bytes).toBeGreaterThanOrEqual(actual);
        if (chunk.count > 1) expect(chunk.bytes).toBeLessThanOrEqual(budget);
      }
      expect(next).toBe(plan.values.length);
    }));
  });

  it('jsonBytes counts UTF-8: a Chinese character is 3 bytes, an emoji 4', () => {
    expect(jsonBytes('张')).toBe(5);
    expect(jsonBytes('😀')).toBe(6);
    fc.assert(fc.property(fc.jsonValue(), (value) => { expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8')); }));
  });
});
