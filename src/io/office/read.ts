/**
 * Workbook → Grid[]: every input sheet's used range, in a constant number of round trips whatever
 * the team's size (two for the inventory, one for all values, one for all hidden rows).
 */
import type { CellValue } from '../../engine/cells';
import type { Grid } from '../../sheets/types';
import type { HostContext, HostRange } from './host';
import { loadInventory, type SheetInfo } from './inventory';

/** Own sheets read back as input: the policy the team may have edited, and the month history. */
const ownInputKinds: readonly string[] = ['policy', 'history'];

export interface ReadOptions {
  /** Read which rows are hidden (one more round trip); default true. */
  readonly hiddenRows?: boolean;
}

export interface WorkbookRead {
  readonly grids: Grid[];
  /** Every sheet in tab order, with the add-in's marks. */
  readonly sheets: readonly SheetInfo[];
}

/**
 * Values come as Excel gives them (dates and times already serial numbers); a blank is null. The
 * add-in's output sheets are left out; its policy and history sheets come under their canonical
 * names (制度参数, 月结历史) even when written beside a user's sheet as 月结历史(2).
 * @example await readGrids(context) → [{name:'考勤', rows:[['姓名','日期',…], …], hiddenRows:[]}, …]
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
  const ranges = inputs.map(({ info }) => {
    const used = info.sheet.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    return used;
  });
  await context.sync();
  const hidden = options.hiddenRows === false ? ranges.map(() => null) : await loadHiddenRows(context, ranges);
  const grids = inputs.map(({ name }, i): Grid => {
    const used = ranges[i]!;
    const rows = used.isNullObject ? [] : gridRows(used.values, used.rowIndex, used.columnIndex);
    const hiddenRows = hidden[i];
    // Like the file adapter: hiddenRows only when some row is hidden.
    return hiddenRows && hiddenRows.length > 0 ? { name, rows, hiddenRows } : { name, rows };
  });
  return { grids, sheets };
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
