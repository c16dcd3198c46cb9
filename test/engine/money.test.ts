import fc from 'fast-check';
import { applyRateBp, fen, fenToYuan, roundHalfUp, sumFen, yuanToFen } from '../../src/engine/money';

describe('money in fen', () => {
  it('rounds half away from zero', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(4, 2)).toBe(2);
    expect(roundHalfUp(-5, 2)).toBe(-3);
    expect(roundHalfUp(14999, 10000)).toBe(1);
    expect(roundHalfUp(15000, 10000)).toBe(2);
  });

  it('K2: 15230.50 yuan at 1.5 % is 228.46 (228.4575 rounded half-up once)', () => {
    expect(applyRateBp(fen(1523050), 150)).toBe(22846);
  });

  it('refuses more than two decimals of yuan instead of rounding silently', () => {
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(0.125)).toBeNull();
    expect(yuanToFen(Number.NaN)).toBeNull();
  });

  it('property: fen sums equal the yuan totals shown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 })), (amounts) => {
        const total = sumFen(amounts.map(fen));
        const shown = amounts.reduce((acc, a) => acc + Math.round(fenToYuan(fen(a)) * 100), 0);
        expect(shown).toBe(total);
      }),
    );
  });
});
