/**
 * How wide a text is in Excel character units, for the report's column widths: Chinese characters
 * take two, numbers are counted from the number. Shared by the cell builders (format.ts) and the
 * link texts (address.ts).
 */

// Chinese characters take two character widths in Excel's default font. A char-code loop, not a
// regex per character: the ledger has tens of thousands of cells. A surrogate pair is one character
// (the low half is read only after a high half, never past the end: an out-of-range read is slow).
// Counting stops at `enough`: a column is never wider than its maximum, so a long text is not read to its end.
export function displayWidth(text: string, enough = Infinity): number {
  let width = 0;
  for (let i = 0; i < text.length && width < enough; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width += 1;
        i += 1;
        continue;
      }
    }
    width += code >= 0x2e80 && code <= 0xffef ? 2 : 1;
  }
  return width;
}

/**
 * The length of `value.toFixed(2)`, counted from the number: the ledger and statements measure
 * tens of thousands of number cells, and formatting each as text only to measure it was a hot spot.
 */
export function fixed2Length(value: number): number {
  const size = Math.abs(value);
  // Beyond 1e15 toFixed may switch notation, and NaN/Infinity are words: let toFixed say.
  if (!(size < 1e15)) return value.toFixed(2).length;
  let digits = 1;
  let power = 10;
  while (size >= power) {
    digits += 1;
    power *= 10;
  }
  // Just below a power of ten, rounding to cents may carry into a new digit: let toFixed decide.
  if (power - size <= 0.01) return value.toFixed(2).length;
  return (value < 0 ? 1 : 0) + digits + 3;
}

/**
 * The length of String(value), counted from the number for the whole numbers most plain number
 * cells are (counts, ranks): the small tables' widths measured them by making each one's text.
 * @example decimalTextLength(-120) === 4; decimalTextLength(0.5) === String(0.5).length
 */
export function decimalTextLength(value: number): number {
  if (!(Number.isInteger(value) && Math.abs(value) < 1e15)) return String(value).length;
  let digits = 1;
  for (let power = 10; Math.abs(value) >= power; power *= 10) digits += 1;
  return (value < 0 ? 1 : 0) + digits;
}
