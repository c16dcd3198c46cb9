/**
 * Test helper: random workbooks for the fuzz tests — text with XML specials, CJK, emoji, leading
 * '=', whitespace and `_xHHHH_` look-alikes; numbers, booleans, dates, blanks, rich text,
 * formulas with cached values, errors; hidden rows, merges, hidden sheets, the 1904 date system —
 * written by ExcelJS.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';

type Value = string | number | boolean | Date | null | { richText: { text: string }[] } | { formula: string; result: string | number | boolean } | { error: string };

const tricky = [
  '=SUM(A1)', '=', ' 张三 ', '\t', ' ', '', 'a\nb', 'a\r\nb', 'x\ry', '<b>&amp;</b>', 'R&D', '"q"', "it's", ']]>',
  '_x000D_', '_x0041_', '_x005F_x0041_', '_xD83D_', '&lt;', '&#13;', '😀👨‍👩‍👧', '王伟', '迟到 15 分钟', '𠀋', '１２', '0012', '1e5',
  'TRUE', '#N/A', '\u00a0', '\u3000全角空格', 'a\u0001b', 'end\u0000',
];

const text = fc.oneof(
  fc.constantFrom(...tricky),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', '_', 'x', '0', 'D', '王', '😀', '='), maxLength: 10 }),
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.constantFrom(0, -0, 0.1, 1 / 3, 46296, 46296.5, 0.3368055555555556, 1e-300, 2 ** 53 + 2),
);
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
  .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000));
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date },
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t) => ({ text: t })) })) },
  // Formula results that are not 0 / FALSE / '' (ExcelJS dropped those) and text without entity-like
  // '&lt;' (ExcelJS decoded formula text twice): README.md lists both as deliberate differences.
  { weight: 1, arbitrary: fc.oneof(text.filter((t) => t !== '' && !/&[a-z]*;/.test(t)), number.filter((n) => n !== 0), fc.constant(true)).map((result) => ({ formula: 'A1', result })) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error })) },
);

export interface SheetSpec {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: Value[][];
  hidden: number[];
  merges: [number, number, number, number][];
  timeColumn: number;
}

const sheetNames = ['员工', '考勤 10月', 'R&D', "O'Brien", 'Sheet 1', '月结历史', 'a<b>', '😀'];

const sheet = (name: string): fc.Arbitrary<SheetSpec> => fc.record({
  name: fc.constant(name),
  state: fc.constantFrom('visible', 'visible', 'hidden', 'veryHidden'),
  rows: fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 12 }),
  hidden: fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { maxLength: 3 }),
  timeColumn: fc.integer({ min: 0, max: 8 }),
});

export const workbookSpec = fc.record({
  date1904: fc.boolean(),
  sheets: fc.uniqueArray(fc.constantFrom(...sheetNames), { minLength: 1, maxLength: 3 }).chain((names) => fc.tuple(...names.map(sheet))),
});

const overlaps = (a: readonly number[], b: readonly number[]): boolean =>
  a[0]! <= b[0]! + b[2]! && b[0]! <= a[0]! + a[2]! && a[1]! <= b[1]! + b[3]! && b[1]! <= a[1]! + a[3]!;

export async function bytesOf(spec: { date1904: boolean; sheets: SheetSpec[] }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  if (spec.date1904) book.properties.date1904 = true;
  for (const s of spec.sheets) {
    const ws = book.addWorksheet(s.name, { state: s.state });
    // A time-formatted column: numbers in it are read through ExcelJS's Date round trip.
    if (s.timeColumn > 0) ws.getColumn(s.timeColumn).numFmt = 'hh:mm';
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v as ExcelJS.CellValue;
      // ExcelJS made a text or TRUE formula result in a date-formatted cell NaN or a date (README.md).
      if (typeof v === 'object' && 'formula' in v && typeof v.result !== 'number') cell.numFmt = 'General';
    }));
    for (const r of s.hidden) ws.getRow(r).hidden = true;
    const placed: [number, number, number, number][] = [];
    for (const m of s.merges) {
      if (placed.some((p) => overlaps(p, m))) continue;
      placed.push(m);
      ws.mergeCells(m[0], m[1], m[0] + m[2], m[1] + m[3]);
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

