/**
 * SheetTable[] → the workbook: own sheets created or rewritten in place, input sheets never written.
 * Where the host can (ExcelApi 1.13) the sheets go in as one .xlsx (insert.ts); otherwise cell by
 * cell: values in chunks under the request limit, formats and fills in runs, hyperlinks back to the
 * input. Calculation and screen updating are suspended while writing.
 */
import type { SheetTable } from '../../report/types';
import { Batcher } from './batch';
import { officeSetSupported, type HostContext, type HostWorksheet, type SetSupported } from './host';
import { loadInventory, markerPrefix, ourCharts, ownMarkKey, ownMarkValue } from './inventory';
import { chartCommands, emphasisCommands, printCommands } from './decorate';
import { planTargets, type Target, type TargetOptions } from './targets';
import { followUpReserveBytes, insertBudgetBytes, packTargets, queuePackage } from './insert';
import {
  chunkRows, commandOverheadBytes, defaultBudgetBytes, jsonBytes, linkBytes, planTable, widthPoints,
} from './plan';

export interface WriteOptions extends TargetOptions {
  /** Bytes a request may carry (estimated from the JSON of queued values); default 3 MiB. */
  readonly budgetBytes?: number;
  readonly supports?: SetSupported;
  /** false: cell by cell even where the host could insert the sheets from a file (ExcelApi 1.13). */
  readonly insert?: boolean;
  /** The table kind whose sheet is shown when done; default 'scorecard'. */
  readonly activate?: SheetTable['kind'] | null;
}

export interface WriteResult {
  /** Sheet names written, in table order (计分表(2) when a user's 计分表 was in the way). */
  readonly sheetsWritten: string[];
}

/**
 * Writes the tables; returns the sheet names used. Round trips: two for the inventory, then one for
 * the whole output where the host can insert sheets from a file (ExcelApi 1.13) and it fits one
 * request (a 1,000-person month does); otherwise one per ~budget of cell-by-cell data.
 * @example await writeTables(context, buildReport(result, policy, 'zh')) → {sheetsWritten: ['计分表', …]}
 */
export async function writeTables(context: HostContext, tables: readonly SheetTable[], options: WriteOptions = {}): Promise<WriteResult> {
  const supports = options.supports ?? officeSetSupported();
  const inventory = await loadInventory(context);
  const targets = planTargets(inventory.sheets, tables, options);
  const api19 = supports('ExcelApi', '1.9');
  // Inserting needs ExcelApi 1.13, and copyFrom (1.9) to rewrite a sheet we wrote before in place.
  const insert = supports('ExcelApi', '1.13') && api19 && options.insert !== false;
  const taken = new Set(inventory.sheets.map((s) => s.name.toLowerCase()));
  const room = (options.budgetBytes ?? insertBudgetBytes) - followUpReserveBytes;
  const { packages, rest } = insert ? await packTargets(targets, taken, room) : { packages: [], rest: targets };
  const allInserted = packages.length > 0 && rest.length === 0;
  const batcher = new Batcher(context, options.budgetBytes ?? (allInserted ? insertBudgetBytes : defaultBudgetBytes), api19);
  const sheetOf = new Map<Target, HostWorksheet>();
  for (const packed of packages) {
    const sheets = await queuePackage(batcher, context, packed, api19);
    packed.targets.forEach((target, i) => sheetOf.set(target, sheets[i]!));
  }
  for (const target of rest) sheetOf.set(target, await prepareSheet(batcher, context, target, api19));
  const cellByCell = new Set(rest);
  for (const target of targets) {
    const sheet = sheetOf.get(target)!;
    await batcher.add(markBytes, () => markSheet(context, sheet, target, inventory.markerNames));
    // An inserted sheet brought its cells, emphasis and page setup in the file; charts are drawn for both.
    const width = cellByCell.has(target) ? await writeTable(batcher, sheet, target.table) : 0;
    const extras = [...(cellByCell.has(target) ? emphasisCommands(sheet, target.table, width) : []),
      ...(supports('ExcelApi', '1.7') ? chartCommands(sheet, target.table) : []),
      ...(api19 && cellByCell.has(target) ? printCommands(sheet, target.table) : [])];
    for (const extra of extras) await batcher.add(extra.bytes, extra.queue);
  }
  const shown = options.activate === undefined ? 'scorecard' : options.activate;
  const shownTarget = targets.find((t) => t.table.kind === shown && !t.table.hidden);
  if (shownTarget) await batcher.add(commandOverheadBytes, () => sheetOf.get(shownTarget)!.activate());
  await batcher.flush();
  return { sheetsWritten: targets.map((t) => t.sheetName) };
}

/** `='计分表(2)'!$A$1`: the sheet always quoted, quotes doubled. */
function firstCellReference(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** A sheet for the cell-by-cell write: ours cleared (its old charts gone), or a new one added. */
async function prepareSheet(batcher: Batcher, context: HostContext, target: Target, api19: boolean): Promise<HostWorksheet> {
  let sheet: HostWorksheet | undefined = target.existing?.sheet;
  const oldCharts = ourCharts(target.existing);
  await batcher.add((3 + oldCharts.length) * commandOverheadBytes, () => {
    if (sheet) {
      sheet.getRange().clear();
      for (const chart of oldCharts) chart.delete();
      if (api19 && target.table.print) sheet.horizontalPageBreaks.removePageBreaks();
    } else sheet = context.workbook.worksheets.add(target.sheetName);
  });
  return sheet!;
}

const markBytes = 4 * commandOverheadBytes;

/** Our marks on the sheet (custom property, and the command line's workbook name) and its visibility. */
function markSheet(context: HostContext, sheet: HostWorksheet, target: Target, markerNames: ReadonlySet<string>): void {
  const marker = `${markerPrefix}${target.table.kind}`;
  sheet.customProperties.add(ownMarkKey, ownMarkValue({ kind: target.table.kind, name: target.table.name }));
  // The command line's mark too, so `cs-close` re-closes this workbook in place.
  if (markerNames.has(marker)) context.workbook.names.getItem(marker).delete();
  context.workbook.names.add(marker, firstCellReference(target.sheetName));
  sheet.visibility = target.table.hidden ? 'Hidden' : 'Visible';
}

/** Writes cells, links, fills and layout; returns the table's width in columns. */
async function writeTable(batcher: Batcher, sheet: HostWorksheet, table: SheetTable): Promise<number> {
  const plan = planTable(table);
  const width = plan.columnCount;
  // A chunk must fit a request of its own, beside the suspend commands that open every request.
  for (const chunk of chunkRows(plan, batcher.budget() - 2 * commandOverheadBytes)) {
    const formats = plan.numberFormat.slice(chunk.start, chunk.start + chunk.count);
    await batcher.add(chunk.bytes, () => {
      const range = sheet.getRangeByIndexes(chunk.start, 0, chunk.count, width);
      // Formats first: a string lands in a '@' cell as text, never as a formula.
      if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
      range.values = plan.values.slice(chunk.start, chunk.start + chunk.count);
    });
  }
  for (const link of plan.links) {
    await batcher.add(linkBytes(link), () => {
      sheet.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = { documentReference: link.documentReference, textToDisplay: link.text };
    });
  }
  for (const run of plan.fills) {
    await batcher.add(commandOverheadBytes + jsonBytes(run.color), () => {
      sheet.getRangeByIndexes(run.row, 0, run.rows, width).format.fill.color = run.color;
    });
  }
  await writeLayout(batcher, sheet, table, width);
  return width;
}

async function writeLayout(batcher: Batcher, sheet: HostWorksheet, table: SheetTable, width: number): Promise<void> {
  const widths = table.columnWidths ?? [];
  await batcher.add((widths.length + 2) * commandOverheadBytes, () => {
    widths.forEach((characters, col) => { sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthPoints(characters); });
    if (table.headerRows > 0 && table.rows.length > 0) {
      sheet.getRangeByIndexes(0, 0, Math.min(table.headerRows, table.rows.length), width).format.font.bold = true;
      sheet.freezePanes.freezeRows(table.headerRows);
    }
  });
}
