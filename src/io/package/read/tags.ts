/**
 * The start tags of `<row>` and `<c>`, read without allocating: where each attribute that matters
 * stands, and its number or type read straight from the part's text. Millions of calls per sheet.
 */

/** The names this sheet's elements go by (a prefix like `x:` when the part uses one). */
export interface Names { vOpen: string; vThenCEnd: string; row: string; rowEnd: string; c: string; cEnd: string; v: string; f: string; is: string; isEnd: string; t: string; r: string; rPh: string }

export function namesFor(p: string): Names {
  return {
    vOpen: `<${p}v>`, vThenCEnd: `</${p}v></${p}c>`, row: `<${p}row`, rowEnd: `</${p}row>`, c: `<${p}c`, cEnd: `</${p}c>`,
    v: `${p}v`, f: `${p}f`, is: `${p}is`, isEnd: `</${p}is>`, t: `${p}t`, r: `${p}r`, rPh: `${p}rPh`,
  };
}

/**
 * Where the values of the attributes that matter stand in a `<row>` or `<c>` tag ([from, to), -1
 * when absent): positions rather than strings, so a cell costs no allocation until its value.
 */
export interface TagAttributes { rFrom: number; rTo: number; tFrom: number; tTo: number; sFrom: number; sTo: number; hiddenFrom: number; hiddenTo: number }

export const newTag = (): TagAttributes => ({ rFrom: -1, rTo: -1, tFrom: -1, tTo: -1, sFrom: -1, sTo: -1, hiddenFrom: -1, hiddenTo: -1 });

// '>' cannot stand inside the attribute values of <row> and <c> (numbers, refs, short names), so a
// tag ends at the first '>'.
export function readTag(xml: string, from: number, gt: number, into: TagAttributes): void {
  into.rFrom = -1; into.tFrom = -1; into.sFrom = -1; into.hiddenFrom = -1;
  let i = from;
  while (i < gt) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= gt) return;
    let nameStart = i;
    while (nameStart < eq && xml.charCodeAt(nameStart) <= 32) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let q = eq + 1;
    while (q < gt && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
    if (q >= gt) return;
    const close = xml.indexOf(xml.charCodeAt(q) === 34 ? '"' : "'", q + 1);
    if (close < 0 || close >= gt) return;
    const length = nameEnd - nameStart;
    if (length === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) { into.rFrom = q + 1; into.rTo = close; }
      else if (name === 116 /* t */) { into.tFrom = q + 1; into.tTo = close; }
      else if (name === 115 /* s */) { into.sFrom = q + 1; into.sTo = close; }
    } else if (length === 6 && xml.startsWith('hidden', nameStart)) {
      into.hiddenFrom = q + 1; into.hiddenTo = close;
    }
    i = close + 1;
  }
}

/** `parseInt(xml.slice(from, to), 10)`, without the slice when it is plain digits. */
export function intAt(xml: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return parseInt(xml.slice(from, to), 10);
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return parseInt(xml.slice(from, to), 10);
    n = n * 10 + digit;
  }
  return n;
}

/** The 1-based column of the cell reference at xml[from, to) ('AB12' → 28). */
export function columnAt(xml: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code === 36 /* $ */) continue;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** A `t` attribute as one of the constant strings (no allocation), or as written when unusual. */
export function typeAt(xml: string, tag: TagAttributes): string | undefined {
  const { tFrom: from, tTo: to } = tag;
  if (from < 0) return undefined;
  const length = to - from;
  const first = xml.charCodeAt(from);
  if (length === 1) {
    if (first === 115) return 's';
    if (first === 110) return 'n';
    if (first === 98) return 'b';
    if (first === 101) return 'e';
    if (first === 100) return 'd';
  }
  if (length === 3 && xml.startsWith('str', from)) return 'str';
  if (length === 9 && xml.startsWith('inlineStr', from)) return 'inlineStr';
  return xml.slice(from, to);
}

/** ExcelJS kept `s` as parseInt of it, and 0 or NaN meant no style. */
export const styleAt = (xml: string, tag: TagAttributes): number => (tag.sFrom < 0 ? 0 : intAt(xml, tag.sFrom, tag.sTo));


const powersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * `parseFloat(xml.slice(from, to))` for the plain decimals a sheet is full of ('-117.67'), read from
 * the characters: the digits make an integer below 2^53 and one division by an exact power of ten
 * rounds once, so the double is parseFloat's to the last bit (Clinger's fast path). Anything else
 * (exponents, 17 digits, spaces, entities) → NaN, and the caller takes parseFloat.
 * @example decimalAt('-117.67', 0, 7) === -117.67; Number.isNaN(decimalAt('1E3', 0, 3))
 */
export function decimalAt(xml: string, from: number, to: number): number {
  let i = from;
  const negative = xml.charCodeAt(i) === 45 /* - */;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code === 46 /* . */ && decimals < 0) { decimals = 0; continue; }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || digits > 16 || n > Number.MAX_SAFE_INTEGER) return NaN;
  const value = decimals > 0 ? n / (powersOfTen[decimals] as number) : n;
  return negative ? -value : value;
}
