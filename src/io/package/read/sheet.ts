/**
 * A worksheet part's text → Grid, by one forward scan with indexOf: no DOM, no token list, nothing
 * kept per cell but its value. Shaped as ExcelJS's `gridOfWorksheet` shaped it: row i is sheet row
 * i + 1 up to the last `<row>` (or the bottom of the last merge, which ExcelJS also made rows for),
 * trailing blanks cut, merged tails blank, `hidden="1"`/`"true"` rows listed.
 *
 * Cells and rows without `r` (other writers than Excel leave it out) take the column or row after
 * the previous one; ExcelJS put such a cell after the last cell that had a value, and threw on such a row.
 */
import type { CellValue } from '../../../engine/cells';
import type { Grid, MergedRange } from '../../../sheets/types';
import { cellValue, decodeEscapes, numberValue, type CellContext } from './cells';
import { findElement, rootPrefix, startsElement, xmlText } from './tokens';

/** The names this sheet's elements go by (a prefix like `x:` when the part uses one). */
interface Names { vOpen: string; vThenCEnd: string; row: string; rowEnd: string; c: string; cEnd: string; v: string; f: string; is: string; isEnd: string; t: string; r: string; rEnd: string; rPh: string; rPhEnd: string }

function namesFor(p: string): Names {
  return {
    vOpen: `<${p}v>`, vThenCEnd: `</${p}v></${p}c>`, row: `<${p}row`, rowEnd: `</${p}row>`, c: `<${p}c`, cEnd: `</${p}c>`,
    v: `${p}v`, f: `${p}f`, is: `${p}is`, isEnd: `</${p}is>`, t: `${p}t`, r: `${p}r`, rEnd: `</${p}r>`, rPh: `${p}rPh`, rPhEnd: `</${p}rPh>`,
  };
}

/**
 * 'AB12' → 28 (1-based column of a cell reference); 0 when there are no letters.
 * @example columnOfRef('C14') === 3
 */
export function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36 /* $ */) continue;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** 'AB12' → 12; NaN without digits. */
function rowOfRef(ref: string): number {
  const m = /(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : NaN;
}

/**
 * Where the values of the attributes that matter stand in a `<row>` or `<c>` tag ([from, to), -1
 * when absent): positions rather than strings, so a cell costs no allocation until its value.
 */
interface TagAttributes { rFrom: number; rTo: number; tFrom: number; tTo: number; sFrom: number; sTo: number; hiddenFrom: number; hiddenTo: number }

const newTag = (): TagAttributes => ({ rFrom: -1, rTo: -1, tFrom: -1, tTo: -1, sFrom: -1, sTo: -1, hiddenFrom: -1, hiddenTo: -1 });

// '>' cannot stand inside the attribute values of <row> and <c> (numbers, refs, short names), so a
// tag ends at the first '>'.
function readTag(xml: string, from: number, gt: number, into: TagAttributes): void {
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
function intAt(xml: string, from: number, to: number): number {
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
function columnAt(xml: string, from: number, to: number): number {
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
function typeAt(xml: string, tag: TagAttributes): string | undefined {
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
const styleAt = (xml: string, tag: TagAttributes): number => (tag.sFrom < 0 ? 0 : intAt(xml, tag.sFrom, tag.sTo));

const isTrue = (flag: string): boolean => flag === '1' || flag === 'true';

/** The value of a cell that holds only a non-empty `<v>` (xml[from, to) is its raw text). */
function plainValue(xml: string, from: number, to: number, tag: TagAttributes, context: CellContext): CellValue {
  const type = typeAt(xml, tag);
  if (type === 's') return context.strings[intAt(xml, from, to)] ?? null;
  if (type === undefined || type === 'n') {
    // Whole numbers by their digits (exact below 2^53); anything else as ExcelJS did, by parseFloat.
    const whole = to - from <= 15 && isDigits(xml, from, to);
    return numberValue(whole ? intAt(xml, from, to) : parseFloat(xmlText(xml.slice(from, to))), styleAt(xml, tag), context);
  }
  return cellValue(type, styleAt(xml, tag), xmlText(xml.slice(from, to)), undefined, false, context);
}

function isDigits(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Reads the children of one `<c>` (xml[from, to)) into a value. */
function scanCell(xml: string, from: number, to: number, names: Names, tag: TagAttributes, context: CellContext): CellValue {
  let text: string | undefined;
  let runs: string[] | undefined;
  let formula = false;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (xml.charCodeAt(lt + 1) === 47 /* / */) { i = gt + 1; continue; }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const name = xml.slice(lt + 1, nameEndOf(xml, lt + 1, gt));
    if (name === names.v) {
      if (selfClosing) { i = gt + 1; continue; }
      const end = xml.indexOf('<', gt + 1);
      // An empty <v></v> gives no text to ExcelJS's parser, so the cell stays blank.
      if (end > gt + 1) text = (text ?? '') + xmlText(xml.slice(gt + 1, end));
      i = end;
    } else if (name === names.f) {
      if (/\st\s*=/.test(xml.slice(lt, gt))) formula = true;
      if (selfClosing) { i = gt + 1; continue; }
      const end = xml.indexOf('<', gt + 1);
      if (end > gt + 1) formula = true;
      i = end;
    } else if (name === names.is) {
      const end = selfClosing ? gt : xml.indexOf(names.isEnd, gt);
      const inline = inlineString(xml, gt + 1, end < 0 ? to : end, names);
      if (inline.text !== undefined) text = (text ?? '') + inline.text;
      runs = inline.runs;
      i = end < 0 ? to : end + (selfClosing ? 1 : names.isEnd.length);
    } else {
      i = gt + 1;
    }
  }
  return cellValue(typeAt(xml, tag), styleAt(xml, tag), text, runs, formula, context);
}

function nameEndOf(xml: string, from: number, gt: number): number {
  let i = from;
  while (i < gt) {
    const code = xml.charCodeAt(i);
    if (code <= 32 || code === 47) break;
    i++;
  }
  return i;
}

/**
 * `<is>` content: its plain `<t>` texts (entities decoded, `_xHHHH_` left as is, as ExcelJS did for
 * inline strings), or its rich runs (each run's text `_xHHHH_`-decoded). Phonetic `<rPh>` guides are skipped.
 */
function inlineString(xml: string, from: number, to: number, names: Names): { text: string | undefined; runs: string[] | undefined } {
  let text: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let inRun = false;
  let inPhonetic = false;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    const closing = xml.charCodeAt(lt + 1) === 47;
    const name = xml.slice(lt + (closing ? 2 : 1), nameEndOf(xml, lt + (closing ? 2 : 1), gt));
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    i = gt + 1;
    if (name === names.rPh) { inPhonetic = !closing && !selfClosing; continue; }
    if (name === names.r) {
      if (!closing) { inRun = !selfClosing; runText = undefined; if (selfClosing) (runs ??= []).push(''); continue; }
      (runs ??= []).push(runText ?? '');
      inRun = false;
      continue;
    }
    if (closing || name !== names.t || inPhonetic) continue;
    let raw = '';
    if (!selfClosing) {
      const end = xml.indexOf('<', gt + 1);
      raw = xml.slice(gt + 1, end);
      i = end;
    }
    if (inRun) runText = decodeEscapes(xmlText(raw));
    else if (raw !== '') text = (text ?? '') + xmlText(raw);
  }
  return { text, runs };
}

/** The merged blocks of `<mergeCell ref>` after the sheet data, 0-based and normalised as ExcelJS's Range did. */
function mergesOf(xml: string, from: number, prefix: string): MergedRange[] {
  const merges: MergedRange[] = [];
  const open = `<${prefix}mergeCell`;
  for (let at = findElement(xml, open, from); at >= 0; at = findElement(xml, open, at + open.length)) {
    const gt = xml.indexOf('>', at);
    const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(xml.slice(at, gt))?.[1];
    if (ref === undefined) continue;
    const [from1, to1 = from1] = ref.split(':') as [string, string?];
    const [r1, c1, r2, c2] = [rowOfRef(from1), columnOfRef(from1), rowOfRef(to1), columnOfRef(to1)];
    if (!(r1 > 0 && r2 > 0 && c1 > 0 && c2 > 0)) continue;
    const top = Math.min(r1, r2);
    const left = Math.min(c1, c2);
    merges.push({ row: top - 1, col: left - 1, rows: Math.max(r1, r2) - top + 1, cols: Math.max(c1, c2) - left + 1 });
  }
  return merges;
}

/** The row's cells as a dense array, merged tails blanked, trailing blanks cut. */
function finishRow(cells: CellValue[]): CellValue[] {
  for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/**
 * A worksheet part as a Grid.
 * @example gridOfSheetXml('考勤', '<worksheet><sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>', context)
 *   → { name: '考勤', rows: [[], [null, 1]] }
 */
export function gridOfSheetXml(name: string, xml: string, context: CellContext): Grid {
  const prefix = rootPrefix(xml, 'worksheet');
  const names = namesFor(prefix);
  const rows: CellValue[][] = [];
  const hidden: boolean[] = [];
  const tag = newTag();
  let dataEnd = 0;
  const dataAt = findElement(xml, `<${prefix}sheetData`, 0);
  if (dataAt >= 0) {
    const gt = xml.indexOf('>', dataAt);
    const close = xml.indexOf(`</${prefix}sheetData>`, gt);
    dataEnd = xml.charCodeAt(gt - 1) === 47 ? gt : close < 0 ? xml.length : close;
    let rowNumber = 0;
    for (let at = findElement(xml, names.row, gt, dataEnd); at >= 0; at = findElement(xml, names.row, at, dataEnd)) {
      const rowGt = xml.indexOf('>', at);
      readTag(xml, at + names.row.length, rowGt, tag);
      rowNumber = tag.rFrom < 0 ? rowNumber + 1 : intAt(xml, tag.rFrom, tag.rTo);
      const isHidden = tag.hiddenFrom >= 0 && isTrue(xml.slice(tag.hiddenFrom, tag.hiddenTo));
      const cells: CellValue[] = [];
      if (xml.charCodeAt(rowGt - 1) === 47) {
        at = rowGt + 1;
      } else {
        const rowEnd = xml.indexOf(names.rowEnd, rowGt);
        const end = rowEnd < 0 ? dataEnd : rowEnd;
        scanRow(xml, rowGt + 1, end, names, tag, context, cells);
        at = end;
      }
      // Rows numbered below 1 never reached ExcelJS's grid either.
      if (rowNumber >= 1) { rows[rowNumber - 1] = cells; hidden[rowNumber - 1] = isHidden; }
    }
  }
  const merges = mergesOf(xml, dataEnd, prefix);
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      const cells = (rows[r] ??= []);
      for (let c = m.col; c < m.col + m.cols && c < cells.length; c++) if (r > m.row || c > m.col) cells[c] = null;
    }
  }
  const grid: CellValue[][] = new Array<CellValue[]>(rows.length);
  const hiddenRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    grid[r] = finishRow(rows[r] ?? []);
    if (hidden[r]) hiddenRows.push(r);
  }
  return { name, rows: grid, ...(hiddenRows.length > 0 ? { hiddenRows } : {}), ...(merges.length > 0 ? { merges } : {}) };
}

/** The `<c>` elements of one row (xml[from, to)) into `cells`, sparse; finishRow makes it dense. */
function scanRow(xml: string, from: number, rowEnd: number, names: Names, tag: TagAttributes, context: CellContext, cells: CellValue[]): void {
  let column = 0;
  // Step from '<' to '<' rather than searching for the next '<c': in an empty row that search
  // would run on into later rows.
  let at = from;
  while (at < rowEnd) {
    at = xml.indexOf('<', at);
    if (at < 0 || at >= rowEnd) return;
    if (!startsElement(xml, at, names.c)) { at++; continue; }
    const gt = xml.indexOf('>', at);
    readTag(xml, at + names.c.length, gt, tag);
    column = tag.rFrom < 0 ? column + 1 : columnAt(xml, tag.rFrom, tag.rTo);
    let value: CellValue = null;
    if (xml.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
    } else if (xml.startsWith(names.vOpen, gt + 1)) {
      // Most cells are `<c …><v>text</v></c>`: read that without the general child scan.
      const from = gt + 1 + names.vOpen.length;
      const to = xml.indexOf('<', from);
      if (xml.startsWith(names.vThenCEnd, to)) {
        value = to === from ? null : plainValue(xml, from, to, tag, context);
        at = to + names.vThenCEnd.length;
      } else {
        const end = xml.indexOf(names.cEnd, gt);
        const cellEnd = end < 0 || end > rowEnd ? rowEnd : end;
        value = scanCell(xml, gt + 1, cellEnd, names, tag, context);
        at = cellEnd;
      }
    } else {
      const end = xml.indexOf(names.cEnd, gt);
      const cellEnd = end < 0 || end > rowEnd ? rowEnd : end;
      value = scanCell(xml, gt + 1, cellEnd, names, tag, context);
      at = cellEnd;
    }
    if (column >= 1 && (value !== null || column <= cells.length)) cells[column - 1] = value;
  }
}
