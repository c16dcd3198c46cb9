/**
 * Issue 5 §3, nothing lost: the input sheets (values and formats) are identical before and after a
 * close; closing the same month twice gives identical outputs; closing September, then October, then
 * September again leaves the history consistent; a user's own sheet that shares an output sheet's
 * name is never overwritten. All through cs-close and files, as a supervisor would.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { workbookBytes } from '../../src/cli/samples/kit';
import { readHistory, ownSheetNames } from '../../src/sheets';
import { readWorkbookFile } from '../../src/io/xlsx';
import type { HistoryRecord } from '../../src/engine/model';
import { twoMonthsWorkbook } from './twoMonths';

const dir = mkdtempSync(join(tmpdir(), 'cs-lossless-'));

async function close(input: string, month: string, out: string): Promise<{ code: number; summary: { people: unknown[] } | null; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([input, '--month', month, '--json', '--out', out], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, summary: code === 0 ? JSON.parse(stdout) as { people: unknown[] } : null, stderr };
}

async function writeInput(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookBytes(workbook));
  return path;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A sheet as comparable data: every cell's value and style, merges, widths, hidden rows, state. */
function sheetImage(sheet: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
    cells.push([r, c, cell.value, cell.numFmt ?? null, cell.font ?? null, cell.fill ?? null, cell.alignment ?? null, cell.border ?? null]);
  }));
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => { if (row.hidden) hiddenRows.push(r); });
  return {
    name: sheet.name, state: sheet.state, cells, hiddenRows,
    merges: [...((sheet.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: (sheet.columns ?? []).map((column) => column.width ?? null),
  };
}

const own = new Set<string>(Object.values(ownSheetNames));

async function images(path: string, which: (name: string) => boolean): Promise<unknown[]> {
  return (await load(path)).worksheets.filter((s) => which(s.name)).map(sheetImage);
}

async function historyOf(path: string): Promise<HistoryRecord[]> {
  const { grids } = await readWorkbookFile(path);
  const sheet = grids.find((g) => g.name === ownSheetNames.history);
  return sheet ? readHistory(sheet).records : [];
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('nothing lost (issue 5 §3)', () => {
  let input = '';
  beforeAll(async () => {
    input = await writeInput(twoMonthsWorkbook(), '客服部-2026.xlsx');
  });

  it('the input file is byte for byte the same after a close, and its sheets are identical (values and formats) in the output', async () => {
    const before = sha(input);
    const out = join(dir, 'sep.xlsx');
    const closed = await close(input, '2026-09', out);
    expect(closed.code).toBe(0);
    expect(sha(input)).toBe(before);
    const inputs = await images(input, () => true);
    expect(inputs.length).toBe(5);
    expect(await images(out, (name) => !own.has(name) && !name.startsWith('计分表('))).toEqual(inputs);
  }, 60000);

  it('closing the same month twice gives identical outputs, and re-closing the closed file changes none of its own sheets', async () => {
    const [a, b, again] = [join(dir, 'oct-a.xlsx'), join(dir, 'oct-b.xlsx'), join(dir, 'oct-again.xlsx')];
    const first = await close(input, '2026-10', a);
    const second = await close(input, '2026-10', b);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.summary).toEqual(first.summary);
    expect(await images(b, () => true)).toEqual(await images(a, () => true));
    const third = await close(a, '2026-10', again);
    expect(third.code).toBe(0);
    expect(third.summary).toEqual(first.summary);
    expect((await load(again)).worksheets.map((s) => s.name)).toEqual((await load(a)).worksheets.map((s) => s.name));
    expect(await images(again, () => true)).toEqual(await images(a, () => true));
  }, 60000);

  it('September, then October, then September again: each month once in the history, September as first closed', async () => {
    const [sep, oct, sepAgain] = [join(dir, 'h-sep.xlsx'), join(dir, 'h-oct.xlsx'), join(dir, 'h-sep-again.xlsx')];
    const first = await close(input, '2026-09', sep);
    const second = await close(sep, '2026-10', oct);
    const third = await close(oct, '2026-09', sepAgain);
    expect([first.code, second.code, third.code]).toEqual([0, 0, 0]);
    const key = (r: HistoryRecord): string => `${r.month} ${r.name}`;
    const [h1, h2, h3] = [await historyOf(sep), await historyOf(oct), await historyOf(sepAgain)];
    expect(h1.map(key)).toEqual(['2026-09 张三', '2026-09 李四']);
    expect(h2.map(key).sort()).toEqual(['2026-09 张三', '2026-09 李四', '2026-10 张三', '2026-10 李四'].sort());
    expect([...h3].sort((x, y) => key(x).localeCompare(key(y)))).toEqual([...h2].sort((x, y) => key(x).localeCompare(key(y))));
    // September closed again is September as first closed: the October record does not leak back into it.
    expect(third.summary).toEqual(first.summary);
    expect(await images(sepAgain, (n) => n === ownSheetNames.scorecard)).toEqual(await images(sep, (n) => n === ownSheetNames.scorecard));
    // Hand-worked: K4 September first 张三, October first 李四 (a new streak of 1).
    const firsts = h2.filter((r) => r.salesRank === 1).map((r) => [r.month, r.name, r.firstStreak]);
    expect(firsts).toEqual(expect.arrayContaining([['2026-09', '张三', 1], ['2026-10', '李四', 1]]));
  }, 90000);

  it("a user's own 计分表 is never overwritten: ours goes beside it, and stays beside it on the next close", async () => {
    const workbook = twoMonthsWorkbook();
    const mine = workbook.addWorksheet('计分表');
    mine.getCell('A1').value = '我自己的计分表';
    mine.getCell('A2').value = { formula: '1+1', result: 2 };
    mine.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
    const path = await writeInput(workbook, '自己的计分表.xlsx');
    const userSheet = await images(path, (n) => n === '计分表');
    const [once, twice] = [join(dir, 'mine-1.xlsx'), join(dir, 'mine-2.xlsx')];
    expect((await close(path, '2026-10', once)).code).toBe(0);
    expect(await images(once, (n) => n === '计分表')).toEqual(userSheet);
    expect((await load(once)).worksheets.map((s) => s.name)).toContain('计分表(2)');
    expect((await close(once, '2026-10', twice)).code).toBe(0);
    expect(await images(twice, (n) => n === '计分表')).toEqual(userSheet);
    const names = (await load(twice)).worksheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('计分表'))).toEqual(['计分表', '计分表(2)']);
    expect(await images(twice, (n) => n === '计分表(2)')).toEqual(await images(once, (n) => n === '计分表(2)'));
  }, 90000);
});
