/**
 * cs-close as a function: `main(argv, io)` returns the exit code — 0 closed (warnings allowed),
 * 1 the input cannot be closed (nothing written), 2 wrong usage. Progress and problems go to stderr
 * in Chinese with their cell (考勤!C14 …); stdout holds the summary, or with --json exactly the
 * POLICY.md §5 object and nothing else.
 */
import { promises as fs } from 'fs';
import { resolve } from 'path';
import { monthClose, type MonthCloseResult } from '../app/monthClose';
import { summaryJson } from '../app/summary';
import type { Grid } from '../sheets';
import { describeProblem, message } from '../messages';
import type { Problem } from '../engine/result';
import type { MonthResult } from '../engine/model';
// write.ts, not the io/xlsx index: that one loads ExcelJS (its reader), 0.4 s of start-up the command no longer needs.
import { writeCloseWorkbook } from '../io/xlsx/write';
import { markerPrefix } from '../io/package';
import { markedSheets, readGridsFromBytes } from '../io/package/read';
import { ownSheetNames } from '../sheets';
import { defaultOutPath, parseArgs, type CliOptions } from './args';
import { summaryText } from './summaryText';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Both languages, Chinese first: usage mistakes are said to whoever runs the command. */
const both = (code: string, params: Readonly<Record<string, string | number>> = {}): string =>
  `${message(code, params, 'zh')}\n${message(code, params, 'en')}\n`;

const severityWord = (p: Problem): string => message(`cli.severity.${p.severity}`, {}, 'zh');

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then((s) => s.isFile(), () => false);
}

/**
 * Grids for the close: the add-in's own output sheets (found by their marker, whatever their name)
 * are not input; its policy and history sheets are read under their canonical names.
 */
function inputGrids(grids: Grid[], own: Partial<Record<string, string>>): Grid[] {
  const canonical: Record<string, string> = {};
  for (const [kind, sheet] of Object.entries(own)) if (sheet !== undefined) canonical[sheet] = kind;
  return grids.flatMap((grid) => {
    const kind = canonical[grid.name];
    if (kind === undefined) return [grid];
    if (kind === 'policy' || kind === 'history') return [{ ...grid, name: ownSheetNames[kind] }];
    return [];
  });
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const input = resolve(options.input);
  if (!(await exists(input))) { io.stderr(both('cli.missingFile', { path: options.input })); return 2; }
  if (!/\.xlsx$/i.test(input)) { io.stderr(both('cli.notXlsx', { path: options.input })); return 2; }
  if (options.out !== undefined && resolve(options.out) === input) { io.stderr(both('cli.sameAsInput', { path: options.out })); return 2; }
  io.stderr(`${message('cli.reading', { path: options.input })}\n`);
  // Our own reader (src/io/package/read): the same grids as ExcelJS gives, ~10x faster and in a third of the memory.
  let read: Awaited<ReturnType<typeof readGridsFromBytes>> & { bytes: Uint8Array };
  try {
    const bytes = await fs.readFile(input);
    read = { ...(await readGridsFromBytes(bytes)), bytes };
  } catch (error) {
    io.stderr(`${message('cli.unreadable', { path: options.input, detail: String(error) })}\n`);
    return 1;
  }
  let closed: MonthCloseResult;
  try {
    closed = monthClose(inputGrids(read.grids, markedSheets(read, markerPrefix)), { month: options.month, preset: options.preset, lang: options.lang });
  } catch (error) {
    // A bug of ours, never the supervisor's input: say so in Chinese, write nothing, keep the detail for a report.
    io.stderr(`${message('cli.internalError', { path: options.input, detail: String(error) })}\n`);
    return 1;
  }
  if (closed.month) io.stderr(`${message('cli.closing', { month: closed.month })}\n`);
  // Errors first: they are what stops the close; the sort is stable, so sheet order stays within each.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const p of [...closed.problems].sort((a, b) => rank[a.severity] - rank[b.severity])) {
    io.stderr(`${severityWord(p)} ${describeProblem(p, 'zh')}\n`);
  }
  if (!closed.ok || !closed.result) {
    const count = closed.problems.filter((p) => p.severity === 'error').length;
    io.stderr(`${message('cli.notClosed', { count })}\n`);
    return 1;
  }
  return write(options, input, read.bytes, { ...closed, result: closed.result }, io);
}

async function write(options: CliOptions, input: string, inputBytes: Uint8Array, closed: MonthCloseResult & { result: MonthResult }, io: CliIo): Promise<number> {
  const { result, tables, problems } = closed;
  let out = options.out === undefined ? defaultOutPath(input, result.month) : resolve(options.out);
  // Re-closing an output file: never write over the file being read (the user's only copy until the new one is checked).
  if (out === input) out = out.replace(/\.xlsx$/i, '(2).xlsx');
  // The summary is made before the file is written, so nothing after the write can still fail.
  const summary = options.json ? `${JSON.stringify(summaryJson(result, problems), null, 2)}\n` : summaryText(result, problems.length, out, options.lang);
  try {
    // A 月结历史 read without a single problem is carried in full into the new one, so it is replaced;
    // one with skipped rows is kept for the supervisor to fix. A team's own 制度参数 is their policy.
    const historyClean = !problems.some((p) => p.cell?.sheet === ownSheetNames.history);
    await writeCloseWorkbook(inputBytes, tables, out, { adopt: historyClean ? ['history'] : [], keepUserSheet: ['policy'] });
  } catch (error) {
    io.stderr(`${message('cli.writeFailed', { path: out, detail: String(error) })}\n`);
    return 1;
  }
  io.stderr(`${message('cli.written', { path: out })}\n`);
  // 看板: the xlsx library cannot draw charts; the file holds their figures as tables (the add-in draws them).
  const charted = tables.find((table) => (table.charts ?? []).length > 0);
  if (charted) io.stderr(`${message('cli.chartsAsTables', { sheet: charted.name }, options.lang)}\n`);
  io.stdout(summary);
  return 0;
}

/**
 * Runs cs-close with argv (without node and the script).
 * @example await main(['客服部.xlsx', '--month', '2026-10'], { stdout, stderr }) === 0  // writes 客服部-月结-2026-10.xlsx
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') { io.stdout(both('cli.usage')); return 0; }
  if (parsed.kind === 'usage-error') { io.stderr(both(parsed.code, parsed.params) + both('cli.usage')); return 2; }
  try {
    return await run(parsed.options, io);
  } catch (error) {
    // The last line of defence: nothing below may crash the command; the output is written last, by rename.
    io.stderr(`${message('cli.internalError', { path: parsed.options.input, detail: String(error) })}\n`);
    return 1;
  }
}
