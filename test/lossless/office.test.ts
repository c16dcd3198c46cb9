/**
 * Issue 5 §3 through the Office.js adapter (the in-memory Excel of test/doubles): the input sheets
 * untouched (values, formats, hidden rows, widths), September → October → September leaves each
 * month once in the history and September as first closed, and a user's own 计分表 is never
 * overwritten.
 */
import type { HostValue } from '../../src/io/office/host';
import { closeMonthInExcel } from '../../src/io/office/close';
import { readWorkbookFile } from '../../src/io/xlsx';
import { readHistory, ownSheetNames } from '../../src/sheets';
import { workbookBytes } from '../../src/cli/samples/kit';
import { ExcelHostDouble } from '../doubles/excel-host';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoMonthsWorkbook } from './twoMonths';

async function host(extra: { name: string; rows: HostValue[][] }[] = []): Promise<ExcelHostDouble> {
  const path = join(mkdtempSync(join(tmpdir(), 'cs-lossless-office-')), 'team.xlsx');
  writeFileSync(path, await workbookBytes(twoMonthsWorkbook()));
  const { grids } = await readWorkbookFile(path);
  return ExcelHostDouble.withSheets([...grids.map((g) => ({ name: g.name, rows: g.rows as HostValue[][], hiddenRows: [...(g.hiddenRows ?? [])] })), ...extra]);
}

const close = (excel: ExcelHostDouble, month: string) => excel.run((context) => closeMonthInExcel(context, { month }));

function history(excel: ExcelHostDouble): string[] {
  const records = readHistory({ name: ownSheetNames.history, rows: excel.values(ownSheetNames.history) }).records;
  return records.map((r) => `${r.month} ${r.name} ${r.score} ${r.salesRank ?? '-'} ${r.firstStreak}`).sort();
}

type Snapshot = { name: string }[];

describe('nothing lost through the Office adapter (issue 5 §3)', () => {
  it('input sheets are untouched; Sep → Oct → Sep keeps each month once and September as first closed', async () => {
    const excel = await host();
    const inputs = excel.sheetNames();
    const before = excel.snapshot() as Snapshot;
    expect((await close(excel, '2026-09')).ok).toBe(true);
    const september = history(excel);
    const scorecard = excel.values(ownSheetNames.scorecard);
    expect((await close(excel, '2026-10')).ok).toBe(true);
    const both = history(excel);
    expect((await close(excel, '2026-09')).ok).toBe(true);
    expect(september.map((h) => h.slice(0, 10))).toEqual(['2026-09 张三', '2026-09 李四'].sort());
    expect(both.filter((h) => h.startsWith('2026-09'))).toEqual(september);
    expect(history(excel)).toEqual(both);
    expect(excel.values(ownSheetNames.scorecard)).toEqual(scorecard);
    expect((excel.snapshot() as Snapshot).filter((s) => inputs.includes(s.name))).toEqual(before);
    expect(excel.formulas()).toEqual([]);
  }, 60000);

  it("a user's own 计分表 stays as it was, closes after closes; ours goes beside it once", async () => {
    const excel = await host([{ name: '计分表', rows: [['我自己的计分表'], ['不要动我']] }]);
    const mine = (excel.snapshot() as Snapshot).find((s) => s.name === '计分表');
    for (const month of ['2026-10', '2026-10', '2026-09']) expect((await close(excel, month)).ok).toBe(true);
    expect((excel.snapshot() as Snapshot).find((s) => s.name === '计分表')).toEqual(mine);
    expect(excel.sheetNames().filter((n) => n.startsWith('计分表'))).toEqual(['计分表', '计分表(2)']);
  }, 60000);
});
