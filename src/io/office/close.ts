/**
 * The month close inside Excel: read the workbook, run the pure pipeline, write the sheets — in one
 * Excel.run batch and a constant number of round trips. Nothing is written when the close fails.
 */
import { monthClose, type MonthCloseOptions, type MonthCloseResult } from '../../app/monthClose';
import { failedSummary, summarize, type CloseSummary } from '../../app/closeSummary';
import type { Problem } from '../../engine/result';
import type { MonthKey } from '../../engine/time';
import { ownSheetNames } from '../../sheets/ownSheets';
import { detectSheets } from '../../sheets';
import type { HostContext } from './host';
import { readWorkbook } from './read';
import { writeTables, type WriteOptions } from './write';

export type CloseStep = 'read' | 'detect' | 'compute' | 'write';

/** The figures after a close, as the task pane shows them; money in fen. */
export type OfficeCloseSummary = CloseSummary;

/** Problems point at the sheet as the user sees it: 月结历史 read from 月结历史(2) points back there. */
function renameCells(problems: readonly Problem[], sheetOf: ReadonlyMap<string, string>): Problem[] {
  return problems.map((p) => {
    const actual = p.cell && sheetOf.get(p.cell.sheet);
    return actual && p.cell ? { ...p, cell: { ...p.cell, sheet: actual } } : p;
  });
}

/**
 * How a close's sheets are written, the same from the task pane and here, and as the command line
 * does: a 月结历史 read without a problem is carried in full into the new one, so a user's copy of it
 * is replaced; a team's own 制度参数 is their policy and stays theirs.
 */
export function closeWriteOptions(closed: MonthCloseResult): WriteOptions {
  const historyClean = !closed.problems.some((p) => p.cell?.sheet === ownSheetNames.history);
  return { adopt: historyClean ? ['history'] : [], keepUserSheet: ['policy'] };
}

/**
 * Closes the month in the open workbook. `onProgress` hears each step as it finishes; a promise it
 * returns is awaited, so a task pane can repaint before the next (synchronous) stage starts.
 * @example await closeMonthInExcel(context, { month: '2026-10' }, (step) => show(step))
 *   → { ok: true, month: '2026-10', people: 6, sheetsWritten: ['计分表', …, '月结历史'], … }
 */
export async function closeMonthInExcel(
  context: HostContext, options: MonthCloseOptions = {}, onProgress: (step: CloseStep) => void | Promise<void> = () => undefined,
  writeOptions: WriteOptions = {},
): Promise<OfficeCloseSummary> {
  const read = await readWorkbook(context);
  await onProgress('read');
  // Detection on its own first, so the step the pane shows is real; its problems come again from the close.
  detectSheets(read.grids, options.overrides ?? {});
  await onProgress('detect');
  const closed = monthClose(read.grids, options);
  await onProgress('compute');
  const sheetOf = new Map(read.sheets.flatMap((s) => (s.own && s.own.name !== s.name ? [[s.own.name, s.name] as const] : [])));
  const problems = renameCells(closed.problems, sheetOf);
  if (!closed.ok || !closed.result) return failedSummary(closed.month, problems);
  const { sheetsWritten } = await writeTables(context, closed.tables, { ...closeWriteOptions(closed), ...writeOptions });
  await onProgress('write');
  return summarize(closed.result, sheetsWritten, problems);
}
