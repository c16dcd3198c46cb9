/**
 * Link texts for report cells ("考勤!C14"), as cellAddress words them, made quickly: the 明细, 罚款表
 * and statements link tens of thousands of cells on a few sheets and columns, so the text before the
 * row number ("考勤!C", quoted when the sheet name needs it) is worded once per sheet and column.
 */
import { cellAddress, type CellRef } from '../engine/result';

/** Per sheet name, per column: the address up to its row number. Bounded, as sheet names come from the workbook. */
const headsBySheet = new Map<string, string[]>();

export function linkText(cell: CellRef): string {
  // Only whole column numbers index the array; anything else is worded in full.
  if (!(Number.isInteger(cell.col) && cell.col >= 0 && cell.col < 1024)) return cellAddress(cell);
  let heads = headsBySheet.get(cell.sheet);
  if (heads === undefined) {
    if (headsBySheet.size >= 1000) headsBySheet.clear();
    heads = [];
    headsBySheet.set(cell.sheet, heads);
  }
  let head = heads[cell.col];
  if (head === undefined) {
    // An address ends with its row number: row 0 ends with '1'.
    head = cellAddress({ sheet: cell.sheet, row: 0, col: cell.col }).slice(0, -1);
    heads[cell.col] = head;
  }
  return `${head}${cell.row + 1}`;
}
