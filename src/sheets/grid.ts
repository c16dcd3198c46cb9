/** Small helpers over a Grid: safe cell access and cell references that always exist. */
import type { CellValue } from '../engine/cells';
import type { CellRef } from '../engine/result';
import type { Grid } from './types';

/** Per grid: "row,col" of each cell under the top of a merged block, in its column → the top cell's position. */
const mergedDown = new WeakMap<Grid, Map<string, readonly [number, number]>>();

function mergedTops(grid: Grid): Map<string, readonly [number, number]> {
  let tops = mergedDown.get(grid);
  if (tops) return tops;
  tops = new Map();
  for (const m of grid.merges ?? []) {
    for (let r = m.row + 1; r < m.row + m.rows; r += 1) tops.set(`${r},${m.col}`, [m.row, m.col]);
  }
  mergedDown.set(grid, tops);
  return tops;
}

/**
 * The cell at (row, col), or null past the end of a ragged row. A blank cell under the top of a
 * merged block, in the block's first column, reads as the top's value: a name merged down over a
 * person's days names every one of those rows (a block's other columns stay blank, so a leave word
 * merged across 上班 and 下班 is not read as a clock time).
 */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const value = grid.rows[row]?.[col];
  if (value !== undefined && value !== null) return value;
  if (grid.merges === undefined || grid.merges.length === 0) return null;
  const top = mergedTops(grid).get(`${row},${col}`);
  return top === undefined ? null : grid.rows[top[0]]?.[top[1]] ?? null;
}

/** The widest row's length. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, row.length);
  return width;
}

/**
 * A reference to a cell of the grid, clamped so that it always names a cell that exists (a problem
 * about a header row of an empty sheet points at A1 only if A1 exists; otherwise it has no cell).
 */
export function refIn(grid: Grid, row: number, col: number): CellRef | undefined {
  if (grid.rows.length === 0) return undefined;
  const r = Math.min(Math.max(0, row), grid.rows.length - 1);
  const width = gridWidth(grid);
  if (width === 0) return undefined;
  const c = Math.min(Math.max(0, col), width - 1);
  return { sheet: grid.name, row: r, col: c };
}

/** Blank: null, empty or spaces only (and a hole in a sparse row, which some adapters leave). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(cells: readonly CellValue[] | undefined): boolean {
  return cells === undefined || cells.every(isBlank);
}

/** Display form of a value for a message: text as is, numbers as written, blank as ''. */
export function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
