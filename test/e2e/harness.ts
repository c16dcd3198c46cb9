/**
 * End-to-end harness: runs cs-close in-process (`main([...args, '--json'], io)`) on a workbook,
 * and compares its summary with a hand-worked expectation (test/fixtures/*.expected.json, explained
 * in the matching .expected.md). Numbers are compared after rounding to 6 decimals, so 8.7 and
 * 10 − 1.3 agree; money is exact to the fen either way.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { monthClose } from '../../src/app/monthClose';
import { readWorkbookFile } from '../../src/io/xlsx';
import type { LedgerEntry } from '../../src/engine/model';
import type { PresetId } from '../../src/engine/policy/types';
import type { Problem } from '../../src/engine/result';
import { ownSheetNames } from '../../src/sheets';
import { workbookBytes } from '../../src/cli/samples/kit';

export interface ExpectedPerson {
  name: string; points: Record<string, number>; deducted: number; score: number; verdict: string;
  inquiries: number | null; buyers: number | null; conversion: number | null; sales: number; excludedOrders: number;
  rate: number; commission: number; rank: number | null; firstStreak: number; award: number; fines: number;
  base: number; pay: number;
}
export interface ExpectedFine { name: string; date: string; rule: string; nth: number; amount: number | null; action: string | null }
export interface Expected {
  workbook: string; month: string; preset: string; people: ExpectedPerson[]; fines: ExpectedFine[]; fund: number;
  /** Ledger rows (name, rule) that must be there; count null = at least one. */
  ledger: { name: string; rule: string; count: number | null }[];
  /** (name, rule) pairs with no ledger row carrying points. */
  absentLedger: { name: string; rule: string }[];
  /** Problems the close must report: by code, by cell (`违规记录!B8`), or both. */
  problems?: { code: string | null; cell: string | null }[];
  /** Problem codes the close must not report. */
  absentProblems?: string[];
}

/** What --json prints (POLICY.md §5), as far as the tests read it. */
export interface Summary {
  month: string; preset: string; people: ExpectedPerson[]; fines: (ExpectedFine & { source: string })[]; fund: number;
  problems: { severity: string; source: string | null; message: string }[];
}

export interface Closed { code: number; stdout: string; stderr: string; summary: Summary | null; input: string; out: string }

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', `${name}.expected.json`), 'utf8')) as Expected;
}

/** A fresh temporary copy of a committed sample, so the output lands in a scratch folder. */
export function copySample(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-e2e-'));
  const input = join(dir, file.split('/').pop() ?? 'input.xlsx');
  copyFileSync(join(__dirname, '..', '..', file), input);
  return input;
}

/** A built workbook written to a temporary file. */
export async function writeTemp(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  const input = join(mkdtempSync(join(tmpdir(), 'cs-e2e-')), file);
  writeFileSync(input, await workbookBytes(workbook));
  return input;
}

export async function runClose(input: string, extra: readonly string[] = []): Promise<Closed> {
  const out = input.replace(/\.xlsx$/, '.out.xlsx');
  let stdout = '';
  let stderr = '';
  const code = await main([input, ...extra, '--out', out, '--json'], {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
  });
  const summary = code === 0 && stdout.trim() !== '' ? (JSON.parse(stdout) as Summary) : null;
  return { code, stdout, stderr, summary, input, out };
}

const round6 = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e6) / 1e6);

/** name → the picked fields, numbers rounded: one object per aspect so a failure shows a readable diff. */
export function byName<T extends object>(people: readonly ExpectedPerson[], pick: (p: ExpectedPerson) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const person of people) {
    const picked = pick(person) as Record<string, unknown>;
    const rounded: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(picked)) rounded[k] = typeof v === 'number' || v === null ? round6(v as number | null) : v;
    out[person.name] = rounded as T;
  }
  return out;
}

export function pointsByName(people: readonly ExpectedPerson[]): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const person of people) {
    const points: Record<string, number | null> = {};
    for (const [rule, value] of Object.entries(person.points)) if (value !== 0) points[rule] = round6(value);
    out[person.name] = points;
  }
  return out;
}

/** Fines as comparable lines, in date order (a null amount on an action step and a 0 count as the same). */
export function fineLines(fines: readonly ExpectedFine[]): string[] {
  return fines
    .map((f) => `${f.date} ${f.name} ${f.rule} #${f.nth} ${f.action ?? ''}${f.action === null ? String(f.amount) : f.amount ? `+${f.amount}` : ''}`)
    .sort();
}

/** Ledger rows and problems of the same close, from the pipeline (the summary has no ledger). */
export async function pipelineOf(input: string, month?: string, preset?: PresetId): Promise<{ ledger: readonly LedgerEntry[]; problems: readonly Problem[] }> {
  const { grids } = await readWorkbookFile(input);
  // The preset as `--preset` gives it (物业客服); a workbook's own 制度参数 sheet still wins.
  const closed = monthClose(grids, { ...(month === undefined ? {} : { month }), ...(preset === undefined ? {} : { preset }) });
  return { ledger: closed.result?.ledger ?? [], problems: closed.problems };
}

function cellKey(cell: ExcelJS.Cell): string {
  return JSON.stringify({ value: cell.value, numFmt: cell.numFmt ?? null });
}

/** Differences between an input sheet and the same sheet in the output workbook (empty = identical). */
export function sheetDifferences(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet | undefined): string[] {
  if (!after) return [`${before.name}: missing from the output`];
  const diffs: string[] = [];
  if (before.state !== after.state) diffs.push(`${before.name}: state ${before.state} → ${after.state}`);
  const merges = (ws: ExcelJS.Worksheet): string[] => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
  if (JSON.stringify(merges(before)) !== JSON.stringify(merges(after))) diffs.push(`${before.name}: merged cells changed`);
  const rows = Math.max(before.rowCount, after.rowCount);
  const cols = Math.max(before.columnCount, after.columnCount);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const a = cellKey(before.getCell(r, c));
      const b = cellKey(after.getCell(r, c));
      if (a !== b) diffs.push(`${before.name}!${before.getCell(r, c).address}: ${a} → ${b}`);
    }
  }
  return diffs;
}

/** Every input sheet (not our own 月结历史 / 制度参数 …) compared cell for cell with the output. */
export async function inputSheetDifferences(input: string, out: string): Promise<string[]> {
  const [before, after] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await before.xlsx.readFile(input);
  await after.xlsx.readFile(out);
  const own = new Set<string>(Object.values(ownSheetNames));
  return before.worksheets.filter((ws) => !own.has(ws.name)).flatMap((ws) => sheetDifferences(ws, after.getWorksheet(ws.name)));
}
