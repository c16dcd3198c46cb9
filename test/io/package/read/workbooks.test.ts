/**
 * Every workbook the project knows, read by our reader and by ExcelJS's: the bundled samples (one
 * of them a close's output), the fixtures' workbooks, each catalogue entry's workbook, and
 * workbooks saved by LibreOffice — the committed fixtures/libreoffice-*.xlsx always, and when
 * `soffice` is on the machine, random workbooks converted on the spot (READ_LO_RUNS, READ_LO_SEED).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { workbookBytes } from '../../../../src/cli/samples/kit';
import { buildOrdersSample } from '../../../../src/cli/samples/orders-2026-10';
import { buildPropertySample, buildPropertyWorkbook } from '../../../../src/cli/samples/property-2026-11';
import { buildShopSample } from '../../../../src/cli/samples/shop-2026-10';
import { entries } from '../../../catalogue/entries';
import { cleanTeam, teamWorkbook } from '../../../catalogue/team';
import { buildDingtalkWorkbook } from '../../../fixtures/dingtalk-2026-11';
import { buildMessyWorkbook } from '../../../fixtures/messy-2026-10';
import { buildPolicySheetWorkbook } from '../../../fixtures/policy-sheet-2026-12';
import { buildNovemberWorkbook } from '../../../fixtures/shop-2026-11';
import { compareReaders } from './both';
import { kitchenWorkbook } from './kitchen';
import { bytesOf, workbookSpec } from './random';

const root = join(__dirname, '../../../..');
const fixtures = join(__dirname, 'fixtures');

const built: [string, () => ExcelJS.Workbook][] = [
  ['shop sample', buildShopSample], ['orders sample', buildOrdersSample], ['property sample', buildPropertySample],
  ['property workbook', buildPropertyWorkbook], ['dingtalk', buildDingtalkWorkbook], ['messy', () => buildMessyWorkbook().workbook],
  ['policy sheet', buildPolicySheetWorkbook], ['shop November', () => buildNovemberWorkbook([['月份', '姓名'], ['2026-10', '王伟']])],
  ['kitchen', kitchenWorkbook],
];

describe('readGridsFromBytes reads the project\'s workbooks as ExcelJS did', () => {
  it.each(readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')))('samples/%s', async (file) => {
    const { difference, ours } = await compareReaders(readFileSync(join(root, 'samples', file)));
    expect(difference).toBeNull();
    expect(ours.some((g) => g.rows.length > 10)).toBe(true);
  });

  it.each(built)('%s workbook', async (_, build) => {
    // The kitchen workbook's =SUM(…) caches 0 and its =NA() is date-formatted: README.md's differences.
    expect((await compareReaders(await workbookBytes(build()), { allowDocumented: true })).difference).toBeNull();
  });

  it('reads every catalogue entry\'s workbook as ExcelJS did', async () => {
    const differences: string[] = [];
    for (const entry of entries) {
      const team = cleanTeam();
      entry.build(team);
      const { difference } = await compareReaders(await workbookBytes(teamWorkbook(team)));
      if (difference !== null) differences.push(`${entry.id}: ${difference}`);
    }
    expect(differences).toEqual([]);
  }, 60_000);
});

describe('workbooks saved by LibreOffice', () => {
  it('reads LibreOffice\'s date1904="true" as the 1904 system (ExcelJS took it for 1900: four years early)', async () => {
    const bytes = readFileSync(join(fixtures, 'libreoffice-date1904.xlsx'));
    const { ours, theirs } = await compareReaders(bytes);
    // 2026-10-01 and 02; a time in a 1904 workbook moves by 1462 days too, as with ExcelJS on Excel's date1904="1".
    expect(ours[0]!.rows).toEqual([['姓名', '日期', '上班'], ['王伟', 46296, 1462.3368055555547], ['李娜', 46297, 1462.5]]);
    expect(theirs[0]!.rows[1]).toEqual(['王伟', 46296 - 1462, 0.3368055555547471]);
  });

  it.each(readdirSync(fixtures).filter((f) => f.startsWith('libreoffice-') && !f.includes('1904')))('fixtures/%s', async (file) => {
    const { difference, ours } = await compareReaders(readFileSync(join(fixtures, file)), { allowDocumented: true });
    expect(difference).toBeNull();
    expect(ours.length).toBeGreaterThan(1);
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const live = soffice.status === 0 ? it : it.skip;
  live('reads random workbooks LibreOffice saved again as ExcelJS did (FALSE is a formula there)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-read-lo-'));
    // ExcelJS read LibreOffice's date1904="true" as the 1900 system: fixtures/libreoffice-1904.xlsx tests that.
    const specs = fc.sample(workbookSpec, { numRuns: Number(process.env['READ_LO_RUNS'] ?? 20), seed: Number(process.env['READ_LO_SEED'] ?? 4) }).map((spec) => ({ ...spec, date1904: false }));
    const inputs = await Promise.all(specs.map(async (spec, i) => {
      const path = join(dir, `random-${i}.xlsx`);
      writeFileSync(path, await bytesOf(spec));
      return path;
    }));
    // A profile of its own: a second soffice on a shared profile hands its work to the first and exits.
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...inputs],
      { encoding: 'utf8', timeout: 240_000 });
    expect(run.status).toBe(0);
    const differences: string[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const { difference } = await compareReaders(readFileSync(join(dir, 'out', `random-${i}.xlsx`)), { allowDocumented: true });
      if (difference !== null) differences.push(`random-${i}: ${difference}`);
    }
    expect(differences).toEqual([]);
  }, 300_000);
});
