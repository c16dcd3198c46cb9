import { ecommercePreset } from '../../src/engine/policy';
import { buildReport, isNumberCell } from '../../src/report';
import { dateCell, pointsCell } from '../../src/report/format';
import { ledgerTable } from '../../src/report/ledger';
import { result } from './fixture';

// Date and points cells are shared across rows and closes (one object per day, per points value):
// that is only safe while nothing changes a cell, so the shared cells are frozen and these tests
// fail if one is not, or if a shared cell could carry another value.
describe('report cells shared across rows', () => {
  it('one frozen cell per day and per points value', () => {
    expect(dateCell(46296)).toBe(dateCell(46296));
    expect(dateCell(46296)).toEqual({ number: 46296, format: 'date' });
    expect(pointsCell(0.5)).toBe(pointsCell(0.5));
    expect(pointsCell(0.5)).toEqual({ number: 0.5, format: 'points' });
    expect(Object.isFrozen(dateCell(46296))).toBe(true);
    expect(Object.isFrozen(pointsCell(2))).toBe(true);
    expect(() => { (dateCell(46296) as { number: number }).number = 1; }).toThrow(TypeError);
  });

  it('the same number in another format is another cell', () => {
    expect(dateCell(3)).not.toBe(pointsCell(3));
    expect(pointsCell(3)).toEqual({ number: 3, format: 'points' });
  });

  it('values that fall in the same slot (hundredths modulo 4096) keep their own cells', () => {
    // 0.5 and 41.46 are 50 and 4146 hundredths: the same slot.
    const half = pointsCell(0.5);
    expect(pointsCell(41.46)).toEqual({ number: 41.46, format: 'points' });
    expect(pointsCell(0.5)).toBe(half);
    expect(pointsCell(41.46)).toBe(pointsCell(41.46));
    expect(dateCell(46296)).toEqual({ number: 46296, format: 'date' });
    expect(dateCell(46296 + 4096 / 4 * 41)).toEqual({ number: 46296 + 1024 * 41, format: 'date' });
    expect(Number.isNaN((pointsCell(NaN) as { number: number }).number)).toBe(true);
    expect((pointsCell(0) as { number: number }).number).toBe(0);
  });

  it('-0 points keep their sign (a map would take them for 0)', () => {
    pointsCell(0);
    expect(Object.is((pointsCell(-0) as { number: number }).number, -0)).toBe(true);
    expect(Object.is((pointsCell(0) as { number: number }).number, 0)).toBe(true);
  });

  it('every date and points cell of a built report is frozen', () => {
    const tables = buildReport(result, ecommercePreset, 'zh');
    let shared = 0;
    for (const table of tables) {
      for (const row of table.rows) {
        for (const cell of row) {
          if (cell !== null && isNumberCell(cell) && (cell.format === 'date' || cell.format === 'points')) {
            expect(Object.isFrozen(cell)).toBe(true);
            shared += 1;
          }
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('two ledgers of the same month share their date cells and read the same', () => {
    const first = ledgerTable(result, ecommercePreset, '明细', 'zh');
    const second = ledgerTable(result, ecommercePreset, '明细', 'zh');
    expect(second.rows).toEqual(first.rows);
    const dated = first.rows.findIndex((row, i) => i > 0 && row[0] !== null);
    expect(dated).toBeGreaterThan(0);
    expect(second.rows[dated]![0]).toBe(first.rows[dated]![0]);
  });
});
