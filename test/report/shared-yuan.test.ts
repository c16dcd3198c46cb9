import { fen } from '../../src/engine/money';
import { pointsCell, yuanCell } from '../../src/report/format';

// Yuan cells are shared like dates and points: safe only while frozen and keyed by value and format.
describe('yuan cells shared across rows', () => {
  it('one frozen cell per amount, distinct from points of the same number, blank for null', () => {
    expect(yuanCell(fen(3000))).toBe(yuanCell(fen(3000)));
    expect(yuanCell(fen(22846))).toEqual({ number: 228.46, format: 'yuan' });
    expect(Object.isFrozen(yuanCell(fen(3000)))).toBe(true);
    expect(yuanCell(fen(300))).not.toBe(pointsCell(3));
    expect(yuanCell(fen(100))).not.toEqual(yuanCell(fen(200)));
    expect(yuanCell(null)).toBeNull();
  });
});
