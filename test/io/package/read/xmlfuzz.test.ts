/**
 * Our reader against ExcelJS's on random sheet XML in the many shapes other writers use: attribute
 * order and quotes, whitespace between elements, every cell type with and without a formula, inline
 * strings plain and rich, numbers written oddly ('1E3', ' 2 ', '&#49;'), date styles, hidden flags
 * as 1/true/0/false, rows out of order, merges past the last row; shared strings with runs and
 * phonetic guides. README.md's deliberate differences are undone before comparing (asExcelJsRead).
 */
import fc from 'fast-check';
import { compareReaders } from './both';
import { packageOf } from './parts';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const words = fc.oneof(
  fc.constantFrom('王伟', ' 迟到 ', '=A1', 'a\tb', 'x_x000D_y', '_x005F_x0041_', '😀', '<&>', '"\'', ''),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const numberTexts = fc.oneof(
  fc.constantFrom('1', '0', '-0', '1.5', '1E3', '1.5e-7', ' 2 ', '007', '46296', '46296.75', '0.3368055555555556', '1e400', '&#49;&#50;', 'abc', '12abc'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

const strings = fc.array(fc.oneof(
  words.map((w) => `<t>${escape(w)}</t>`),
  words.map((w) => `<t xml:space="preserve">${escape(w)}</t>`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((runs) => runs.map((w, i) => `<r>${i % 2 ? '<rPr><b/><sz val="11"/></rPr>' : ''}<t>${escape(w)}</t></r>`).join('')),
  words.map((w) => `<t>${escape(w)}</t><rPh sb="0" eb="1"><t>ア</t></rPh><phoneticPr fontId="0"/>`),
  fc.constantFrom('<t/>', ''),
), { minLength: 1, maxLength: 8 });

type Cell = { column: number; xml: (ref: string, quote: string, gap: string, stringCount: number) => string };

const quoteAttr = (name: string, value: string, quote: string): string => `${name}=${quote}${value}${quote}`;

const cell: fc.Arbitrary<Cell> = fc.record({
  column: fc.integer({ min: 1, max: 8 }),
  type: fc.constantFrom(undefined, 'n', 's', 'str', 'b', 'e', 'inlineStr'),
  style: fc.constantFrom(undefined, '0', '1', '2', '3', '4', '5'),
  formula: fc.boolean(),
  shape: fc.constantFrom('v', 'v', 'empty', 'self', 'is', 'isRich'),
  number: numberTexts,
  word: words.filter((w) => !w.includes('&')),
  index: fc.nat(),
  order: fc.boolean(),
}).map((c) => ({
  column: c.column,
  xml: (ref, quote, gap, stringCount) => {
    const attrs = [quoteAttr('r', ref, quote), c.type ? quoteAttr('t', c.type, quote) : '', c.style ? quoteAttr('s', c.style, quote) : ''].filter(Boolean);
    if (c.order) attrs.reverse();
    const open = `<c ${attrs.join(' ')}`;
    if (c.shape === 'self') return `${open}/>`;
    const text = c.type === 's' ? String(c.index % stringCount) : c.type === 'b' ? String(c.index % 3) : c.type === 'e' ? '#N/A'
      : c.type === 'str' || c.type === 'inlineStr' ? escape(c.word) : c.number;
    const f = c.formula ? `<f>A1</f>${gap}` : '';
    if (c.shape === 'empty') return `${open}>${f}<v></v></c>`;
    if (c.shape === 'is' && c.type === 'inlineStr') return `${open}>${gap}<is>${gap}<t>${escape(c.word)}</t>${gap}</is>${gap}</c>`;
    if (c.shape === 'isRich' && c.type === 'inlineStr') return `${open}><is><r><t>${escape(c.word)}</t></r><r><rPr><i/></rPr><t>x</t></r></is></c>`;
    return `${open}>${gap}${f}<v>${text}</v>${gap}</c>`;
  },
}));

const row = fc.record({
  number: fc.integer({ min: 1, max: 15 }),
  hidden: fc.constantFrom(undefined, '1', 'true', '0', 'false'),
  cells: fc.uniqueArray(cell, { selector: (c) => c.column, maxLength: 6 }),
  extra: fc.constantFrom('', ' spans="1:8"', ' ht="20" customHeight="1"', ' x14ac:dyDescent="0.25"'),
});

const sheet = fc.record({
  rows: fc.uniqueArray(row, { selector: (r) => r.number, maxLength: 8 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 18 }), fc.integer({ min: 1, max: 8 }), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
  quote: fc.constantFrom('"', "'"),
  gap: fc.constantFrom('', '\n  '),
  sorted: fc.boolean(),
});

const columnLetter = (n: number): string => String.fromCharCode(64 + n);

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(s: Sheet, stringCount: number): string {
  const rows = s.sorted ? [...s.rows].sort((a, b) => a.number - b.number) : s.rows;
  const rowsXml = rows.map((r) => {
    const hidden = r.hidden ? ` hidden="${r.hidden}"` : '';
    const cells = [...r.cells].sort((a, b) => a.column - b.column).map((c) => c.xml(`${columnLetter(c.column)}${r.number}`, s.quote, s.gap, stringCount));
    return cells.length === 0 ? `<row r="${r.number}"${hidden}${r.extra}/>` : `<row r="${r.number}"${hidden}${r.extra}>${s.gap}${cells.join(s.gap)}${s.gap}</row>`;
  });
  const placed: [number, number, number, number][] = [];
  for (const m of s.merges) {
    const clash = placed.some((p) => p[0] <= m[0] + m[2] && m[0] <= p[0] + p[2] && p[1] <= m[1] + m[3] && m[1] <= p[1] + p[3]);
    if (!clash) placed.push(m);
  }
  const merges = placed.length === 0 ? '' : `<mergeCells count="${placed.length}">${placed.map(([r, c, h, w]) =>
    `<mergeCell ref="${columnLetter(c)}${r}:${columnLetter(c + w)}${r + h}"/>`).join('')}</mergeCells>`;
  return `<sheetData>${s.gap}${rowsXml.join(s.gap)}${s.gap}</sheetData>${merges}`;
}

describe('readGridsFromBytes against ExcelJS on random sheet XML', () => {
  it('reads every cell as ExcelJS did, but for README.md\'s differences', async () => {
    await fc.assert(fc.asyncProperty(strings, fc.array(sheet, { minLength: 1, maxLength: 2 }), fc.boolean(), async (shared, sheets, date1904) => {
      const data = sheets.map((s) => sheetXml(s, shared.length));
      const bytes = await packageOf({
        sheets: data.map((xml, i) => ({ name: `S${i + 1}`, data: xml })),
        sharedStrings: shared,
        xfs: [0, 14, 164, 165, 22, 45],
        numFmts: { 164: 'hh:mm', 165: '#,##0.00 &quot;元&quot;' },
        ...(date1904 ? { date1904: '1' } : {}),
      });
      const { difference } = await compareReaders(bytes, { allowDocumented: true });
      expect(difference === null ? null : `${difference}\n${data.join('\n')}\n${shared.join('|')}`).toBeNull();
    }), { numRuns: Number(process.env['READ_FUZZ_RUNS'] ?? 200) });
  }, 120_000);
});
