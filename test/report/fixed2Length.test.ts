import { decimalTextLength, fixed2Length } from '../../src/report/width';

describe('fixed2Length: the length of toFixed(2) without formatting', () => {
  it('agrees with toFixed(2) on edges: powers of ten, cents that carry, signs, -0, NaN, huge values', () => {
    const edges = [0, -0, 0.001, -0.001, -0.004, -0.005, 0.995, 0.9949, 9.995, 9.99499, 9.994, 99.995, 999.999, 1e14 - 0.001, 1e15, 1e21, 1e22, -1e21,
      NaN, Infinity, -Infinity, 10, 100, -10, -9.999, 123456.78, Number.MIN_VALUE, Number.MAX_VALUE];
    for (const value of edges) expect([value, fixed2Length(value)]).toEqual([value, value.toFixed(2).length]);
  });

  it('agrees with toFixed(2) on many random amounts, points and ratios', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i += 1) {
      const scale = 10 ** Math.floor(random() * 12);
      const value = (random() - 0.3) * scale;
      const rounded = Math.round(value * 100) / 100 - (i % 3 === 0 ? 0.005 : 0);
      for (const v of [value, rounded]) expect(fixed2Length(v)).toBe(v.toFixed(2).length);
    }
  });
});

describe('decimalTextLength: the length of String(n) without making it', () => {
  it('agrees with String() on whole numbers, signs, -0, fractions, huge values and words', () => {
    const edges = [0, -0, 1, -1, 9, 10, 99, 100, -100, 999999, 1e14, 1e15 - 1, 1e15, -1e15 + 1, 1e21, 0.5, -0.25, 0.1 + 0.2,
      NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER];
    for (const value of edges) expect([value, decimalTextLength(value)]).toEqual([value, String(value).length]);
  });
});
