/**
 * Test helper: an .xlsx read by ExcelJS the way src/io/xlsx/read.ts reads it, and by our reader,
 * with the first difference between the two described (null when they agree).
 */
import ExcelJS from 'exceljs';
import { inspect, isDeepStrictEqual } from 'node:util';
import { gridOfWorksheet, installInternalLinks } from '../../../../src/io/xlsx';
import { readGridsFromBytes } from '../../../../src/io/package/read';
import type { CellValue } from '../../../../src/engine/cells';
import type { Grid } from '../../../../src/sheets/types';

export async function exceljsGrids(bytes: Uint8Array): Promise<{ grids: Grid[]; states: Record<string, string> }> {
  installInternalLinks();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets = workbook.worksheets;
  return { grids: sheets.map(gridOfWorksheet), states: Object.fromEntries(sheets.map((s) => [s.name, s.state])) };
}

/**
 * Our grids with README.md's deliberate differences undone where ExcelJS shows them: a 0 / FALSE
 * formula result ExcelJS read as blank (LibreOffice saves every FALSE as =FALSE()), and a text,
 * error, boolean or unreadable formula result in a date-formatted cell that ExcelJS made NaN, 1 or 0.
 */
export function asExcelJsRead(ours: readonly Grid[], theirs: readonly Grid[]): Grid[] {
  const undo = (v: CellValue, other: CellValue | undefined): CellValue => {
    if ((v === 0 || v === false) && (other ?? null) === null) return null;
    if ((typeof v === 'string' || v === null) && Number.isNaN(other)) return NaN;
    // Text that JavaScript coerces to a number (' ', '5') came out of ExcelJS's date round trip as a date.
    if (typeof v === 'string' && typeof other === 'number' && !Number.isNaN(Number(v))) return other;
    // A boolean through ExcelJS's date round trip: 0 or 1, or 1462 / 1463 in a 1904 workbook.
    return typeof v === 'boolean' && typeof other === 'number' && (other - Number(v)) % 1462 === 0 ? other : v;
  };
  return ours.map((grid, s) => ({
    ...grid,
    rows: grid.rows.map((row, r) => {
      const other = theirs[s]?.rows[r] ?? [];
      const cells = Array.from({ length: Math.max(row.length, other.length) }, (_, c) => undo(row[c] ?? null, other[c]));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    }),
  }));
}

/** Where two grid lists first differ ('考勤 row 3 col 2: 1 vs 2'), or null. */
export function firstDifference(ours: readonly Grid[], theirs: readonly Grid[]): string | null {
  if (ours.length !== theirs.length) return `sheets: ${ours.map((g) => g.name).join(',')} vs ${theirs.map((g) => g.name).join(',')}`;
  for (let s = 0; s < ours.length; s++) {
    const [a, b] = [ours[s]!, theirs[s]!];
    if (a.name !== b.name) return `sheet ${s} name: ${a.name} vs ${b.name}`;
    if (!isDeepStrictEqual(a.hiddenRows ?? [], b.hiddenRows ?? [])) return `${a.name} hiddenRows: ${JSON.stringify(a.hiddenRows)} vs ${JSON.stringify(b.hiddenRows)}`;
    if (!isDeepStrictEqual(a.merges ?? [], b.merges ?? [])) return `${a.name} merges: ${JSON.stringify(a.merges)} vs ${JSON.stringify(b.merges)}`;
    if (a.rows.length !== b.rows.length) return `${a.name} row count: ${a.rows.length} vs ${b.rows.length}`;
    for (let r = 0; r < a.rows.length; r++) {
      const [x, y] = [a.rows[r]!, b.rows[r]!];
      if (isDeepStrictEqual(x, y)) continue;
      const c = Array.from({ length: Math.max(x.length, y.length) }, (_, i) => i).find((i) => !Object.is(x[i], y[i])) ?? -1;
      return `${a.name} row ${r + 1} col ${c + 1}: ${inspect(x[c])} vs ${inspect(y[c])} (row ${inspect(x)} vs ${inspect(y)})`;
    }
  }
  return null;
}

/** Both readers on the same bytes: the difference, and the two results. */
export async function compareReaders(bytes: Uint8Array, options: { allowDocumented?: boolean } = {}): Promise<{ difference: string | null; ours: Grid[]; theirs: Grid[] }> {
  const [ours, theirs] = [await readGridsFromBytes(bytes), await exceljsGrids(bytes)];
  const compared = options.allowDocumented ? asExcelJsRead(ours.grids, theirs.grids) : ours.grids;
  const difference = firstDifference(compared, theirs.grids)
    ?? (isDeepStrictEqual(ours.sheetStates, theirs.states) ? null : `states ${JSON.stringify(ours.sheetStates)} vs ${JSON.stringify(theirs.states)}`);
  return { difference, ours: ours.grids, theirs: theirs.grids };
}
