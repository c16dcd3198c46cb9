/**
 * One month close per distinct set of ranges. 1,000 =CS.SCORE cells over the same attendance range
 * must not parse it 1,000 times: a range's fingerprint is computed once per array (WeakMap on its
 * identity: Excel hands every cell of a recalculation the same array when it can) and the close is
 * kept under the fingerprints of all its ranges (so a fresh array with the same content hits too).
 */
import type { RangeArg } from './args';

const fingerprints = new WeakMap<object, string>();

/** Counters for tests and diagnostics: how many closes ran, how many calls were served from cache. */
export const cacheStats = { fingerprints: 0, runs: 0, hits: 0 };

/**
 * Two independent 32-bit FNV-1a style hashes over every cell's type and text, with the shape: a
 * cheap pass (no parsing) and a collision chance of about 2⁻⁶⁴.
 * @example fingerprint([['姓名'], ['张三']]) === fingerprint([['姓名'], ['张三']])
 */
export function fingerprint(rows: RangeArg): string {
  const known = fingerprints.get(rows);
  if (known !== undefined) return known;
  cacheStats.fingerprints++;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    // a separator no cell text can forge, so ['ab'] and ['a','b'] differ
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  };
  for (const row of rows) {
    mix(`#${row.length}`);
    for (const cell of row) mix(cell === null || cell === undefined || cell === '' ? '' : `${typeof cell}:${String(cell)}`);
  }
  const result = `${rows.length}.${(a >>> 0).toString(16)}.${(b >>> 0).toString(16)}`;
  fingerprints.set(rows, result);
  return result;
}

/** A small least-recently-used cache: a workbook rarely has more than a few distinct range sets. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly maxEntries = 16) {}
  getOrCompute(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      cacheStats.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    cacheStats.runs++;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
  clear(): void {
    this.entries.clear();
  }
}

/** The cache key of a call: each range's fingerprint (or '-' when omitted) and the scalar options. */
export function keyOf(ranges: readonly (RangeArg | null)[], scalars: readonly (string | undefined)[]): string {
  return [...ranges.map((r) => (r === null ? '-' : fingerprint(r))), ...scalars.map((s) => s ?? '-')].join('|');
}
