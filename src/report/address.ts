/**
 * Link texts for report cells ("考勤!C14"), as cellAddress words them, made quickly: the 明细, 罚款表
 * and statements link tens of thousands of cells on a few sheets and columns, so the text before the
 * row number ("考勤!C", quoted when the sheet name needs it) is worded once per sheet and column,
 * and measured once for the column widths.
 */
import { cellAddress, type CellRef } from '../engine/result';
import { displayWidth } from './width';

/** An address up to its row number, and its display width. */
interface Head { readonly text: string; readonly width: number }

/** Per sheet name, per column: the address up to its row number. Bounded, as sheet names come from the workbook. */
const headsBySheet = new Map<string, Head[]>();

/**
 * The last sheet's heads, ahead of the map: a report links runs of cells on one sheet (the 明细's
 * order lines, its incidents), and comparing the name is cheaper than a map lookup per link.
 */
let lastSheet: string | undefined;
let lastHeads: Head[] = [];

function headsOf(sheet: string): Head[] {
  if (sheet === lastSheet) return lastHeads;
  let heads = headsBySheet.get(sheet);
  if (heads === undefined) {
    if (headsBySheet.size >= 1000) headsBySheet.clear();
    heads = [];
    headsBySheet.set(sheet, heads);
  }
  lastSheet = sheet;
  lastHeads = heads;
  return heads;
}

/** The head of the cell's address, or null for a column that is not a small whole number (worded in full). */
function headOf(cell: CellRef): Head | null {
  if (!(Number.isInteger(cell.col) && cell.col >= 0 && cell.col < 1024)) return null;
  const heads = headsOf(cell.sheet);
  let head = heads[cell.col];
  if (head === undefined) {
    // An address ends with its row number: row 0 ends with '1'.
    const text = cellAddress({ sheet: cell.sheet, row: 0, col: cell.col }).slice(0, -1);
    head = { text, width: displayWidth(text) };
    heads[cell.col] = head;
  }
  return head;
}

export function linkText(cell: CellRef): string {
  const head = headOf(cell);
  return head === null ? cellAddress(cell) : `${head.text}${cell.row + 1}`;
}

/**
 * displayWidth(linkText(cell)), without reading the text: the head's width, remembered with it,
 * and the row number's digits (ASCII, one each).
 */
export function linkTextWidth(cell: CellRef): number {
  const head = headOf(cell);
  return head === null ? displayWidth(cellAddress(cell)) : head.width + decimalLength(cell.row + 1);
}

/** String(n).length without making the text, for the whole numbers rows are. */
function decimalLength(n: number): number {
  if (!(Number.isInteger(n) && n >= 0 && n < 1e15)) return String(n).length;
  let digits = 1;
  for (let power = 10; n >= power; power *= 10) digits += 1;
  return digits;
}
