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
import { plainValue, scanCell } from './cells';
import { columnAt, intAt, namesFor, newTag, readTag, type Names, type TagAttributes } from './tags';
import { findElement, rootPrefix, startsElement } from './tokens';
import type { CellContext } from './values';

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

/** ExcelJS's parseBoolean. */
const isTrue = (flag: string): boolean => flag === '1' || flag === 'true';

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
        at = scanRow(xml, rowGt + 1, dataEnd, names, tag, context, cells);
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

/**
 * The `<c>` elements of one row, from `from` to its `</row>`, into `cells` (sparse; finishRow makes
 * it dense). Returns where `</row>` stands (or `limit`, the end of the sheet data).
 */
function scanRow(xml: string, from: number, limit: number, names: Names, tag: TagAttributes, context: CellContext, cells: CellValue[]): number {
  let column = 0;
  // Step from '<' to '<': the row's end is found on the way, and an empty row costs nothing.
  let at = from;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0 || at >= limit) return limit;
    if (!startsElement(xml, at, names.c)) {
      if (xml.startsWith(names.rowEnd, at)) return at;
      at++;
      continue;
    }
    const gt = xml.indexOf('>', at);
    readTag(xml, at + names.c.length, gt, tag);
    column = tag.rFrom < 0 ? column + 1 : columnAt(xml, tag.rFrom, tag.rTo);
    let value: CellValue = null;
    if (xml.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
    } else {
      // Most cells are `<c …><v>text</v></c>`: read that without the general child scan.
      const from = gt + 1 + names.vOpen.length;
      const to = xml.startsWith(names.vOpen, gt + 1) ? xml.indexOf('<', from) : -1;
      if (to >= 0 && xml.startsWith(names.vThenCEnd, to)) {
        value = to === from ? null : plainValue(xml, from, to, tag, context);
        at = to + names.vThenCEnd.length;
      } else {
        const end = xml.indexOf(names.cEnd, gt);
        const cellEnd = end < 0 || end > limit ? limit : end;
        value = scanCell(xml, gt + 1, cellEnd, names, tag, context);
        at = cellEnd;
      }
    }
    if (column >= 1 && (value !== null || column <= cells.length)) cells[column - 1] = value;
  }
}
