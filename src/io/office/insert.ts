/**
 * The write in one request (ExcelApi 1.13): the output sheets travel to Excel as one compressed
 * .xlsx (src/io/package) through `workbook.insertWorksheetsFromBase64`, cells, styles, links,
 * widths, frozen rows and page setup included, so the number of round trips no longer grows with
 * the output (a 1,000-person month is ~2.5 MB of base64 against ~9 MB of cell-by-cell commands).
 *
 * A sheet we wrote before is rewritten in place, never deleted: a supervisor's formula such as
 * =计分表!C5 must keep pointing at it. Its new content is inserted under a temporary name, copied
 * over with Range.copyFrom (ExcelApi 1.9) and the temporary sheet deleted, in the same request.
 */
import { buildSheetsPackage } from '../package';
import type { SheetTable } from '../../report/types';
import type { Batcher } from './batch';
import { printCommands } from './decorate';
import type { HostContext, HostWorksheet } from './host';
import { ourCharts, type SheetInfo } from './inventory';
import { commandOverheadBytes, requestLimitBytes, widthPoints } from './plan';
import type { Target } from './targets';

/**
 * A request carrying a file: its size is known exactly (the base64), not estimated like cell
 * commands, so it may come closer to the 4 MB limit than the 3 MiB budget of those.
 */
export const insertBudgetBytes = requestLimitBytes - 256 * 1024;
/** Room kept in the insert's request for the commands that follow it (marks, charts, page breaks of a rewritten sheet). */
export const followUpReserveBytes = 512 * 1024;

/** A package and the targets it carries, each under the name it is inserted as. */
interface Packed { readonly targets: readonly Target[]; readonly insertedAs: readonly string[]; readonly base64: string }

/**
 * Uint8Array → base64 without Buffer (the task pane runs in a browser), in slices so that
 * String.fromCharCode never gets millions of arguments.
 */
export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Names no sheet has (compared without case, as Excel does), for content waiting to be copied over. */
function temporaryNames(count: number, taken: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) if (!taken.has(`cs_close_tmp_${n}`)) names.push(`CS_CLOSE_TMP_${n}`);
  return names;
}

async function pack(targets: readonly Target[], nameOf: (t: Target) => string): Promise<Packed> {
  const insertedAs = targets.map(nameOf);
  // A cell's reference only after a gap (Excel, like the spec, reads the others as the next column):
  // the references are most of a big sheet's compressed size, 4.7 MiB of base64 against 2.8 MiB at 1,000 people.
  const bytes = await buildSheetsPackage(targets.map((t, i) => ({ table: t.table, name: insertedAs[i]! })), { cellRefs: 'afterGap' });
  return { targets, insertedAs, base64: base64OfBytes(bytes) };
}

/**
 * Packages within `room` bytes of base64: all targets in one when they fit (the usual case), else
 * sheets grouped greedily; a sheet too big on its own is left for the cell-by-cell write.
 */
export async function packTargets(targets: readonly Target[], taken: ReadonlySet<string>, room: number):
  Promise<{ packages: Packed[]; rest: Target[] }> {
  if (targets.length === 0) return { packages: [], rest: [] };
  const temporary = temporaryNames(targets.length, taken);
  const nameOf = (t: Target): string => (t.existing ? temporary[targets.indexOf(t)]! : t.sheetName);
  const whole = await pack(targets, nameOf);
  if (whole.base64.length <= room) return { packages: [whole], rest: [] };
  const singles = await Promise.all(targets.map((t) => pack([t], nameOf)));
  const packages: Packed[] = [];
  const rest: Target[] = [];
  let group: Packed[] = [];
  let groupBytes = 0;
  const close = async (): Promise<void> => {
    if (group.length === 1) packages.push(group[0]!);
    else if (group.length > 1) packages.push(await pack(group.flatMap((p) => p.targets), nameOf));
    group = [];
    groupBytes = 0;
  };
  for (const single of singles) {
    if (single.base64.length > room) { rest.push(...single.targets); continue; }
    // Sizes of separate packages add up to at least their joint one (strings and styles are shared).
    if (groupBytes + single.base64.length > room) await close();
    group.push(single);
    groupBytes += single.base64.length;
  }
  await close();
  return { packages, rest };
}

/** The table's extent in cells, as written (at least A1). */
function extent(table: SheetTable): { rows: number; cols: number } {
  return { rows: Math.max(1, table.rows.length), cols: Math.max(1, ...table.rows.map((row) => row.length)) };
}

const a1Column = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** "'CS_CLOSE_TMP_1'!A1:F20": the block a table fills on a sheet. */
function blockAddress(sheetName: string, table: SheetTable): string {
  const { rows, cols } = extent(table);
  return `'${sheetName.replace(/'/g, "''")}'!A1:${a1Column(cols - 1)}${rows}`;
}

/**
 * Queues one package: the insert, then for each sheet we wrote before, its content copied over from
 * the inserted copy (layout and page setup redone, our old charts deleted) and the copy deleted.
 * Returns the worksheet each target's table now lives on.
 */
export async function queuePackage(batcher: Batcher, context: HostContext, packed: Packed, api19: boolean): Promise<HostWorksheet[]> {
  await batcher.add(packed.base64.length + commandOverheadBytes, () => {
    context.workbook.insertWorksheetsFromBase64(packed.base64, { positionType: 'End' });
  });
  const sheets: HostWorksheet[] = [];
  for (const [i, target] of packed.targets.entries()) {
    const existing: SheetInfo | null = target.existing;
    if (!existing) {
      const sheet = context.workbook.worksheets.getItem(target.sheetName);
      // Print titles live in a workbook-level name of the file, which an insert may not carry over: set again.
      const titleRows = target.table.print?.titleRows ?? 0;
      if (titleRows > 0) await batcher.add(commandOverheadBytes, () => sheet.pageLayout.setPrintTitleRows(`$1:$${titleRows}`));
      sheets.push(sheet);
      continue;
    }
    const inserted = packed.insertedAs[i]!;
    const sheet = existing.sheet;
    const { rows, cols } = extent(target.table);
    const oldCharts = ourCharts(existing);
    await batcher.add((8 + cols + oldCharts.length) * commandOverheadBytes, () => {
      sheet.getRange().clear();
      for (const chart of oldCharts) chart.delete();
      if (api19 && target.table.print) sheet.horizontalPageBreaks.removePageBreaks();
      sheet.getRangeByIndexes(0, 0, rows, cols).copyFrom(blockAddress(inserted, target.table), 'All');
      context.workbook.worksheets.getItem(inserted).delete();
      // What a cell copy does not carry: column widths and frozen rows (page setup is queued by the caller).
      (target.table.columnWidths ?? []).forEach((characters, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthPoints(characters);
      });
      if (target.table.headerRows > 0) sheet.freezePanes.freezeRows(target.table.headerRows);
    });
    for (const extra of api19 ? printCommands(sheet, target.table) : []) await batcher.add(extra.bytes, extra.queue);
    sheets.push(sheet);
  }
  return sheets;
}
