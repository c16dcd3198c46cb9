/**
 * Issue 5, the catalogue of bad inputs: one test per entry of ./entries.ts, each through the
 * command line as a supervisor would run it. Every entry must either close (exit 0, only the
 * expected warnings, the figures right) or stop (exit 1) with its problem at its cell in Chinese,
 * writing nothing; never crash, never change the input file. The last test keeps
 * test/fixtures/CATALOGUE.md in step with what was printed (CATALOGUE_WRITE=1 rewrites it;
 * CATALOGUE_DEBUG=<folder> keeps each entry's exit code and stderr there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputSheetDifferences } from '../e2e/harness';
import { entries, type Entry } from './entries';
import { runWorkbook, wordingMatches, type EntryRun, type ProblemLine } from './run';
import { catalogueTable } from './table';
import { cleanTeam, teamWorkbook } from './team';

const seen = new Map<string, ProblemLine[]>();

async function runEntry(entry: Entry): Promise<EntryRun> {
  const team = cleanTeam();
  entry.build(team);
  return runWorkbook(teamWorkbook(team), `${entry.id}.xlsx`, entry.args ?? ['--month', '2026-10']);
}

const key = (p: { severity: string; cell: string | null }): string => `${p.severity} ${p.cell ?? '-'}`;

describe('catalogue of bad inputs (issue 5)', () => {
  it.each(entries.map((e) => [e.id, e.input, e] as const))('%s %s', async (_id, _input, entry) => {
    const run = await runEntry(entry);
    if (process.env['CATALOGUE_DEBUG']) writeFileSync(join(process.env['CATALOGUE_DEBUG'], `${entry.id}.txt`), `${run.code}\n${run.stderr}`);
    const matched = entry.problems.map((want) => run.lines.find((l) => l.severity === want.severity && l.cell === want.cell && wordingMatches(want.code, l.text)));
    seen.set(entry.id, matched.filter((l): l is ProblemLine => l !== undefined));
    // Every expected problem printed at its cell, in its words.
    expect(entry.problems.filter((_, i) => matched[i] === undefined).map(key)).toEqual([]);
    expect({ code: run.code, inputUnchanged: run.inputUnchanged, outExists: run.outExists })
      .toEqual({ code: entry.exit, inputUnchanged: true, outExists: entry.exit === 0 });
    if (entry.exit === 1) {
      expect(run.stdout).toBe('');
      return;
    }
    // Closed: no warning or error beyond the expected ones, the input sheets identical in the output.
    const unexpected = run.lines.filter((l) => l.severity !== 'info' && !matched.includes(l));
    expect(unexpected.map((l) => l.line)).toEqual([]);
    expect(await inputSheetDifferences(run.input, run.out)).toEqual([]);
    entry.check?.(run);
  }, 60000);

  it('has at least 30 entries, each with its own id', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('test/fixtures/CATALOGUE.md lists every entry with the message it printed', () => {
    const path = join(__dirname, '..', 'fixtures', 'CATALOGUE.md');
    const table = catalogueTable(entries, seen);
    if (process.env['CATALOGUE_WRITE'] === '1') writeFileSync(path, table);
    expect(seen.size).toBe(entries.length);
    expect(readFileSync(path, 'utf8')).toBe(table);
  });
});
