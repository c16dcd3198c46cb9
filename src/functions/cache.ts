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

// The running pair of hashes. Module state, not a closure per call: fingerprinting is the hot path of a fresh range.
let hashA = 0;
let hashB = 0;

function mixWord(word: number): void {
  hashA = Math.imul(hashA ^ word, 0x01000193);
  hashB = Math.imul(hashB ^ word, 0x5bd1e995) ^ (hashB >>> 15);
}

function mixText(text: string): void {
  for (let i = 0; i < text.length; i++) mixWord(text.charCodeAt(i));
}

/** A 32-bit word as two 16-bit units, as text is mixed: the multiply only carries bits upward. */
function mixHalves(word: number): void {
  mixWord(word & 0xffff);
  mixWord(word >>> 16);
}

// A number is hashed by its 64 bits (through this shared view), not by its decimal text.
const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/** Type tags and the end-of-cell mark sit above 0xffff, so no UTF-16 code unit can forge them. */
const tag = { blank: 0x10000, string: 0x10001, number: 0x10002, boolean: 0x10003, other: 0x10004, row: 0x10005, end: 0x1ffff };

function mixCell(cell: unknown): void {
  if (cell === null || cell === undefined || cell === '') mixWord(tag.blank);
  else if (typeof cell === 'string') {
    mixWord(tag.string);
    mixText(cell);
  } else if (typeof cell === 'number') {
    mixWord(tag.number);
    float[0] = cell === 0 ? 0 : cell; // -0 shows as 0: same content
    mixHalves(floatWords[0] as number);
    mixHalves(floatWords[1] as number);
  } else if (typeof cell === 'boolean') mixWord(cell ? tag.boolean + 0x100 : tag.boolean);
  else {
    mixWord(tag.other);
    mixText(`${typeof cell}:${String(cell)}`);
  }
  // the end mark keeps ['ab'] and ['a','b'] apart
  mixWord(tag.end);
}

/**
 * Two independent 32-bit FNV-1a style hashes over every cell's type and content (numbers by their
 * bits, text by its code units), with the shape: a cheap pass (no parsing, no strings built) and a
 * collision chance of about 2⁻⁶⁴.
 * @example fingerprint([['姓名'], ['张三']]) === fingerprint([['姓名'], ['张三']])
 */
export function fingerprint(rows: RangeArg): string {
  const known = fingerprints.get(rows);
  if (known !== undefined) return known;
  cacheStats.fingerprints++;
  hashA = 0x811c9dc5;
  hashB = 0x01000193;
  for (const row of rows) {
    mixWord(tag.row);
    mixWord(row.length);
    for (let i = 0; i < row.length; i++) mixCell(row[i]);
  }
  const result = `${rows.length}.${(hashA >>> 0).toString(16)}.${(hashB >>> 0).toString(16)}`;
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
