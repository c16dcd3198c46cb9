/**
 * Workbook → Grid[]: every input sheet's used range and merged areas, in a constant number of round
 * trips whatever the team's size (two for the inventory, one for all values and merged areas, one
 * for all hidden rows).
 */
import type { CellValue } from '../../engine/cells';
import type { Grid } from '../../sheets/types';
import { officeSetSupported, type HostContext, type HostRange, type HostRangeAreas, type SetSupported } from './host';
import { loadInventory, type SheetInfo } from './inventory';
import { mergedRangesOf } from './merges';

/** Own sheets read back as input: the policy the team may have edited, and the month history. */
const ownInputKinds: readonly string[] = ['policy', 'history'];

export interface ReadOptions {
  /** Read which rows are hidden (one more round trip); default true. */
  readonly hiddenRows?: boolean;
  /** Which API sets the host has (merged areas need ExcelApi 1.13); default Office's own check. */
  readonly supports?: SetSupported;
}

export interface WorkbookRead {
  readonly grids: Grid[];
  /** Every sheet in tab order, with the add-in's marks. */
  readonly sheets: readonly SheetInfo[];
}

/**
 * Values come as Excel gives them (dates and times already serial numbers); a blank is null. The
 * add-in's output sheets are left out; its policy and history sheets come under their canonical
 * names (制度参数, 月结历史) even when written beside a user's sheet as 月结历史(2). Merged blocks come
 * as Grid.merges, as from a file; a host without ExcelApi 1.13 gives none.
 * @example await readGrids(context) → [{name:'考勤', rows:[['姓名','日期',…], …], merges:[{row:1, col:0, rows:28, cols:1}]}, …]
 */
export async function readGrids(context: HostContext, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(context, options)).grids;
}

export async function readWorkbook(context: HostContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const { sheets } = await loadInventory(context);
  const canonical = new Set(sheets.flatMap((s) => (s.own && ownInputKinds.includes(s.own.kind) ? [s.own.name] : [])));
  const inputs = sheets.flatMap((info) => {
    if (info.own) return ownInputKinds.includes(info.own.kind) ? [{ info, name: info.own.name }] : [];
    return canonical.has(info.name) ? [] : [{ info, name: info.name }];
  });
  const withMerges = (options.supports ?? officeSetSupported())('ExcelApi', '1.13');
  const reads = await loadValues(context, inputs, withMerges);
  const ranges = reads.map((r) => r.used);
  const hidden = options.hiddenRows === false ? ranges.map(() => null) : await loadHiddenRows(context, ranges);
  const grids = inputs.map(({ name }, i): Grid => {
    const { used, merged } = reads[i]!;
    const rows = used.isNullObject ? [] : gridRows(used.values, used.rowIndex, used.columnIndex);
    const hiddenRows = hidden[i];
    const merges = merged === null || merged.isNullObject || rows.length === 0 ? [] : mergedRangesOf(merged.address);
    // Like the file adapter: hiddenRows and merges only when there are some.
    return { name, rows, ...(hiddenRows && hiddenRows.length > 0 ? { hiddenRows } : {}), ...(merges.length > 0 ? { merges } : {}) };
  });
  return { grids, sheets };
}

interface SheetReads {
  readonly used: HostRange;
  readonly merged: HostRangeAreas | null;
}

/**
 * One round trip for every sheet's values and merged areas. Merged areas are asked of the used range
 * with formats (getUsedRange: never a null object, so an empty sheet is safe; it holds every merged
 * block, a merge being formatting). A host that claims ExcelApi 1.13 but fails on them still has its
 * values read, without merges, in one more round trip taken only then.
 */
async function loadValues(context: HostContext, inputs: readonly { info: SheetInfo }[], withMerges: boolean): Promise<SheetReads[]> {
  const queue = (merges: boolean): SheetReads[] => inputs.map(({ info }) => {
    const used = info.sheet.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    const merged = merges ? info.sheet.getUsedRange().getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { used, merged };
  });
  const reads = queue(withMerges);
  try {
    await context.sync();
    return reads;
  } catch (error) {
    if (!withMerges) throw error;
  }
  const plain = queue(false);
  await context.sync();
  return plain;
}

/** Rows from A1: blank rows above and blank cells left of the used range keep row and column numbers true. */
export function gridRows(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  const lead: CellValue[] = Array.from({ length: columnIndex }, () => null);
  for (const row of values) rows.push([...lead, ...row.map(cellValue)]);
  return rows;
}

function cellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Hidden rows of each used range from the visible view of its first column: one address per visible
 * row is cheap, and one round trip covers every sheet. Hosts without RangeView give no hidden rows.
 */
async function loadHiddenRows(context: HostContext, ranges: readonly HostRange[]): Promise<(number[] | null)[]> {
  const views = ranges.map((used) => {
    if (used.isNullObject) return null;
    const view = used.getColumn(0).getVisibleView();
    view.load('cellAddresses');
    return view;
  });
  try {
    await context.sync();
  } catch {
    return ranges.map(() => null);
  }
  return views.map((view, i) => {
    const used = ranges[i]!;
    if (!view) return [];
    const visible = new Set(view.cellAddresses.map((row) => Number(/(\d+)$/.exec(String(row[0]))?.[1]) - 1));
    const hiddenRows: number[] = [];
    for (let r = used.rowIndex; r < used.rowIndex + used.values.length; r++) if (!visible.has(r)) hiddenRows.push(r);
    return hiddenRows;
  });
}
