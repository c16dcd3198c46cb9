/**
 * Merged areas as Excel reports them (RangeAreas.address, ExcelApi 1.13) → the readers'
 * MergedRange blocks, so a name merged down over a person's rows counts on each of them in the
 * add-in exactly as it does from a file (src/io/xlsx/read.ts fills Grid.merges the same way).
 */
import type { MergedRange } from '../../sheets/types';

/** One rectangle of an A1 address list, 0-based, with the sheet it names (null when none). */
export interface AreaRef extends MergedRange {
  readonly sheet: string | null;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The areas of an A1 address list: commas separate areas except inside a quoted sheet name, a
 * quoted name has its quotes doubled, `$` marks are ignored. Whole rows or columns ("A:A", "2:5")
 * and anything else that is not a cell or a rectangle of cells are left out.
 * @example parseAreaList("'考勤'!$A$2:$A$29, 'a,''b'!C1") →
 *   [{sheet:'考勤', row:1, col:0, rows:28, cols:1}, {sheet:"a,'b", row:0, col:2, rows:1, cols:1}]
 */
export function parseAreaList(address: string): AreaRef[] {
  return splitOutsideQuotes(address).flatMap((item) => {
    const area = parseArea(item.trim());
    return area ? [area] : [];
  });
}

/**
 * The merged blocks of a sheet from its merged areas' address list, in sheet coordinates — which
 * are the grid's too, because gridRows (read.ts) pads the used range back to A1. A 1×1 "area" is
 * not a merge and is dropped.
 * @example mergedRangesOf("考勤!A2:A29,考勤!C1:D1") → [{row:1, col:0, rows:28, cols:1}, {row:0, col:2, rows:1, cols:2}]
 */
export function mergedRangesOf(address: string): MergedRange[] {
  return parseAreaList(address)
    .filter((a) => a.rows > 1 || a.cols > 1)
    .map(({ row, col, rows, cols }) => ({ row, col, rows, cols }));
}

function splitOutsideQuotes(list: string): string[] {
  const items: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    // A doubled quote inside a quoted name toggles twice, so it leaves the state as it was.
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  items.push(list.slice(start));
  return items;
}

function parseArea(item: string): AreaRef | null {
  const bang = item.lastIndexOf('!');
  const sheet = bang < 0 ? null : unquote(item.slice(0, bang));
  const [from, to, extra] = item.slice(bang + 1).split(':');
  if (from === undefined || extra !== undefined) return null;
  const start = parseCell(from);
  const end = to === undefined ? start : parseCell(to);
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { sheet, row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

function unquote(name: string): string {
  return name.length >= 2 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function parseCell(text: string): { row: number; col: number } | null {
  const match = cellPattern.exec(text.trim());
  if (!match || Number(match[2]) < 1) return null;
  const col = [...(match[1] ?? '').toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}
