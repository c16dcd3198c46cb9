import fc from 'fast-check';
import { fingerprint, keyOf, LruCache } from '../../src/functions/cache';

const grid = fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 5 }), { maxLength: 8 });

describe('range fingerprints', () => {
  it('equal content gives an equal fingerprint, whatever the array identity', () => {
    fc.assert(fc.property(grid, (rows) => {
      expect(fingerprint(rows.map((row) => [...row]))).toBe(fingerprint(rows.map((row) => [...row])));
    }));
  });

  it('a changed cell, a moved cell or a changed type gives another fingerprint', () => {
    expect(fingerprint([['ab']])).not.toBe(fingerprint([['a', 'b']]));
    expect(fingerprint([['a'], ['b']])).not.toBe(fingerprint([['a', 'b']]));
    expect(fingerprint([[1]])).not.toBe(fingerprint([['1']]));
    expect(fingerprint([['张三', 8.5]])).not.toBe(fingerprint([['张三', 8]]));
    fc.assert(fc.property(grid, fc.string({ minLength: 1 }), (rows, extra) => {
      const changed = [...rows.map((row) => [...row]), [extra]];
      expect(fingerprint(changed)).not.toBe(fingerprint(rows.map((row) => [...row])));
    }));
  });

  it('numbers are hashed by value: -0 is 0, the last bit counts, and 1, true and "1" differ', () => {
    expect(fingerprint([[-0]])).toBe(fingerprint([[0]]));
    expect(fingerprint([[0.1 + 0.2]])).not.toBe(fingerprint([[0.3]]));
    expect(fingerprint([[45941.375]])).not.toBe(fingerprint([[45941.375 + 2 ** -36]]));
    expect(new Set([fingerprint([[1]]), fingerprint([[true]]), fingerprint([['1']]), fingerprint([[false]]), fingerprint([[0]])]).size).toBe(5);
  });

  it('a blank is the same whether Excel passes "" or null', () => {
    expect(fingerprint([['', 1]])).toBe(fingerprint([[null, 1]]));
  });

  it('keyOf marks an omitted range and the scalar options', () => {
    expect(keyOf([null], ['2026-10'])).toBe('-|2026-10');
    expect(keyOf([[['a']]], [undefined])).toMatch(/^1\.[0-9a-f]+\.[0-9a-f]+\|-$/);
  });

  it('the LRU cache computes once per key and forgets the least recently used', () => {
    const cache = new LruCache<number>(2);
    let computed = 0;
    const get = (key: string) => cache.getOrCompute(key, () => ++computed);
    expect([get('a'), get('a'), get('b'), get('a'), get('c'), get('b')]).toEqual([1, 1, 2, 1, 3, 4]);
  });
});
