/**
 * The same catalogue through the add-in's path: each entry's workbook loaded into the in-memory
 * Excel (test/doubles) and closed by closeMonthInExcel, as the task pane does. It must agree with the
 * command line — closed exactly when cs-close exits 0, the same problems at the same cells — and a
 * close that stops writes nothing at all, while one that closes leaves the input sheets untouched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookBytes } from '../../src/cli/samples/kit';
import { monthClose } from '../../src/app/monthClose';
import { summarize } from '../../src/app/closeSummary';
import { cellAddress } from '../../src/engine/result';
import type { HostValue } from '../../src/io/office/host';
import { closeMonthInExcel } from '../../src/io/office/close';
import { readWorkbookFile } from '../../src/io/xlsx';
import { ExcelHostDouble } from '../doubles/excel-host';
import { entries } from './entries';
import { cleanTeam, teamWorkbook } from './team';

const dir = mkdtempSync(join(tmpdir(), 'cs-catalogue-office-'));

describe('catalogue through the Office adapter (issue 5)', () => {
  const skipped = entries.filter((e) => e.fileOnly !== undefined);
  if (skipped.length > 0) console.warn(`Office catalogue skips ${skipped.map((e) => `${e.id} (${e.fileOnly})`).join('; ')}`);
  it.each(entries.filter((e) => e.fileOnly === undefined).map((e) => [e.id, e.input, e] as const))('%s %s', async (_id, _input, entry) => {
    const team = cleanTeam();
    entry.build(team);
    const path = join(dir, `${entry.id}.xlsx`);
    writeFileSync(path, await workbookBytes(teamWorkbook(team)));
    const { grids } = await readWorkbookFile(path);
    // Merged blocks go into the double as Excel holds them; the adapter must find them itself (C56).
    const excel = ExcelHostDouble.withSheets(grids.map((g) => ({
      name: g.name, rows: g.rows as HostValue[][], hiddenRows: [...(g.hiddenRows ?? [])], merges: [...(g.merges ?? [])],
    })));
    const inputs = excel.sheetNames();
    const before = excel.snapshot() as { name: string }[];
    const month = entry.args?.[0] === '--month' ? entry.args[1] : entry.args === undefined ? '2026-10' : undefined;
    const summary = await excel.run((context) => closeMonthInExcel(context, month === undefined ? {} : { month }));

    const seen = summary.problems.map((p) => `${p.severity} ${p.cell ? cellAddress(p.cell) : '-'} ${p.code}`);
    const wanted = entry.problems.map((p) => `${p.severity} ${p.cell ?? '-'} ${p.code}`);
    expect(wanted.filter((w) => !seen.includes(w))).toEqual([]);
    expect(summary.ok).toBe(entry.exit === 0);
    expect(excel.formulas()).toEqual([]);
    if (!summary.ok) {
      expect(summary.sheetsWritten).toEqual([]);
      expect(excel.snapshot()).toEqual(before);
      return;
    }
    expect(seen.filter((s) => !s.startsWith('info') && !wanted.includes(s))).toEqual([]);
    // The same figures as the command line's pipeline on the file's grids: a value the add-in read
    // differently (C56: a merged name read as blank is 27 silent absences) changes a verdict or a fine.
    const cli = monthClose(grids, month === undefined ? {} : { month });
    const figures = ({ people, warnings, penalties, payActions, finesFen, fundFen }: typeof summary) =>
      ({ people, warnings, penalties, payActions, finesFen, fundFen });
    expect(cli.result).not.toBeNull();
    if (cli.result) expect(figures(summary)).toEqual(figures(summarize(cli.result, [], [])));
    // Input sheets untouched (月结历史 is ours to carry forward; in the double a file's marks are not
    // loaded, so last month's 计分表 counts as the user's and is kept too).
    expect((excel.snapshot() as { name: string }[]).filter((s) => inputs.includes(s.name) && s.name !== '月结历史'))
      .toEqual(before.filter((s) => s.name !== '月结历史'));
  }, 60000);
});
