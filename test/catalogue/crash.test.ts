/**
 * Issue 5: a crash is impossible at the top. Whatever throws inside the month close (a bug of ours,
 * never the supervisor's input), cs-close prints a Chinese message, exits 1 and writes nothing; the
 * input file stays as it was.
 */
import * as monthCloseModule from '../../src/app/monthClose';
import * as summaryModule from '../../src/app/summary';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { workbookBytes } from '../../src/cli/samples/kit';
import { messages } from '../../src/messages';
import { runWorkbook } from './run';
import { cleanTeam, teamWorkbook } from './team';

const opening = (code: string): string => (messages[code]?.zh ?? '?').split('{')[0] ?? '?';

afterEach(() => jest.restoreAllMocks());

describe('nothing inside the close can crash cs-close', () => {
  it('monthClose throwing: Chinese message, exit 1, no output, input unchanged', async () => {
    jest.spyOn(monthCloseModule, 'monthClose').mockImplementation(() => { throw new TypeError('boom'); });
    const run = await runWorkbook(teamWorkbook(cleanTeam()), 'crash.xlsx', ['--month', '2026-10']);
    expect({ code: run.code, outExists: run.outExists, inputUnchanged: run.inputUnchanged, stdout: run.stdout })
      .toEqual({ code: 1, outExists: false, inputUnchanged: true, stdout: '' });
    expect(run.stderr).toContain(opening('cli.internalError'));
    expect(run.stderr).toContain('boom');
  }, 60000);

  it('the summary throwing after a good close: still exit 1 and nothing written (the summary is made before the file)', async () => {
    jest.spyOn(summaryModule, 'summaryJson').mockImplementation(() => { throw new RangeError('summary broke'); });
    const run = await runWorkbook(teamWorkbook(cleanTeam()), 'crash2.xlsx', ['--month', '2026-10']);
    expect({ code: run.code, outExists: run.outExists, inputUnchanged: run.inputUnchanged })
      .toEqual({ code: 1, outExists: false, inputUnchanged: true });
    expect(run.stderr).toContain(opening('cli.internalError'));
  }, 60000);

  it('a write that fails at the last step (the output name is a folder): exit 1, the write-failed message, no temp file left', async () => {
    const team = teamWorkbook(cleanTeam());
    const dir = mkdtempSync(join(tmpdir(), 'cs-crash-'));
    const input = join(dir, 'team.xlsx');
    writeFileSync(input, await workbookBytes(team));
    mkdirSync(join(dir, 'out.xlsx'));
    let stderr = '';
    const code = await main([input, '--month', '2026-10', '--json', '--out', join(dir, 'out.xlsx')], { stdout: () => undefined, stderr: (t) => { stderr += t; } });
    expect(code).toBe(1);
    expect(stderr).toContain(opening('cli.writeFailed'));
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', 'team.xlsx']);
    expect(readdirSync(join(dir, 'out.xlsx'))).toEqual([]);
  }, 60000);

  it('cli.internalError speaks to the supervisor in Chinese and in English', () => {
    expect(messages['cli.internalError']?.zh).toMatch(/没有写出任何文件/);
    expect(messages['cli.internalError']?.en).toMatch(/nothing was written/);
  });
});
