/**
 * The built add-in in a real browser: the task pane page from dist/addin, office.js replaced by a
 * host double holding the bundled sample workbook (samples/客服部-2026-10.xlsx). Clicking 月结 must
 * write 计分表, 提成表, 罚款表 and 明细 into the workbook, one row per person where the sheet is per
 * person, the same tables the pipeline gives in node. Needs /usr/bin/chromium (Debian: chromium);
 * without it the test is skipped with a message.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/io/xlsx';
import { monthClose, type MonthCloseResult } from '../../src/app/monthClose';
import type { HostValue } from '../../src/io/office/host';
import { addinDir, doubleFile, ensureAddinBuild, ensureDoubleBuild, root } from './build';
import { serveStatic, type StaticServer } from './server';

const chromiumPath = '/usr/bin/chromium';
const samplePath = path.join(root, 'samples/客服部-2026-10.xlsx');
const screenshotPath = path.join(root, 'test-artifacts/taskpane-after-close.png');
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ownSheets = ['计分表', '提成表', '罚款表', '明细'] as const;

const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) {
  console.warn(`browser test SKIPPED: ${chromiumPath} not found (Debian: apt-get install -y chromium).`);
}
const suite = haveChromium ? describe : describe.skip;

suite('task pane in a browser, with the sample workbook', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let expected: MonthCloseResult;
  let doubleScript = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureAddinBuild();
    ensureDoubleBuild();
    const { grids } = await readWorkbookFile(samplePath);
    expected = monthClose(grids, { lang: 'zh' });
    const hostInput = { displayLanguage: 'zh-CN', sheets: grids.map((g) => ({ name: g.name, rows: g.rows as HostValue[][], hiddenRows: [...(g.hiddenRows ?? [])] })) };
    doubleScript = `window.__csHostInput = ${JSON.stringify(hostInput)};\n${fs.readFileSync(doubleFile, 'utf8')}`;
    server = await serveStatic(addinDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${m.text()} ${m.location().url}`); });
    // office.js comes from the host double; nothing else may leave the machine.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === officeJs) return route.fulfill({ status: 200, contentType: 'application/javascript', body: doubleScript });
      if (url.startsWith(server.url)) return route.continue();
      pageErrors.push(`blocked request to ${url}`);
      return route.abort();
    });
    await page.goto(`${server.url}taskpane.html`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the pane finds the sample’s sheets and offers its month', async () => {
    expect(expected.ok).toBe(true);
    await page.locator('[data-role="attendance"]').getByText('把握').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-role="attendance"]').textContent()).toContain('考勤记录');
    expect(await page.locator('[data-role="rota"]').textContent()).toContain('排班');
    expect(await page.getByText('2026-10').count()).toBeGreaterThan(0);
  }, 60_000);

  test('the production manifest is schema-valid and has no localhost left', () => {
    const built = fs.readFileSync(path.join(addinDir, 'manifest.xml'), 'utf8');
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain('<Permissions>ReadWriteDocument</Permissions>');
    const schema = path.join(root, '../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd');
    let xmllint = true;
    try { execFileSync('xmllint', ['--version'], { stdio: 'ignore' }); } catch { xmllint = false; }
    if (!xmllint || !fs.existsSync(schema)) {
      console.warn('production manifest schema check SKIPPED: xmllint (libxml2-utils) or ../shared/schemas missing.');
      return;
    }
    expect(() => execFileSync('xmllint', ['--noout', '--schema', schema, path.join(addinDir, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
  });

  test('shared runtime: the page registers every custom function of functions.json', async () => {
    const metadataFile = path.join(addinDir, 'functions.json');
    if (!fs.existsSync(metadataFile)) {
      console.warn('no functions.json in dist/addin (src/functions/functions.ts missing): custom functions not checked.');
      return;
    }
    const ids = (JSON.parse(fs.readFileSync(metadataFile, 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    // functions.zh-CN.json (the manifest's zh-CN metadata): the same functions, every description in Chinese.
    const zh = JSON.parse(fs.readFileSync(path.join(addinDir, 'functions.zh-CN.json'), 'utf8')) as { functions: { id: string; description: string }[] };
    expect(zh.functions.map((f) => f.id)).toEqual(ids);
    expect(zh.functions.filter((f) => !/[\u4e00-\u9fff]/.test(f.description)).map((f) => f.id)).toEqual([]);
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __csRegisteredFunctions: object }).__csRegisteredFunctions));
    expect(registered.sort()).toEqual([...ids].sort());
  }, 30_000);

  test('月结 writes 计分表, 提成表, 罚款表, 明细 with the pipeline’s rows, one per person', async () => {
    await page.getByRole('button', { name: '月结', exact: true }).click();
    let lastPaneText: string | null = null;
    const peek = setTimeout(() => { void page.locator('body').textContent().then((t) => { lastPaneText = t; }, () => undefined); }, 20_000);
    // A pane that never shows its figures says why: the page's own errors are the clue.
    await page.locator('[data-figure="people"]').waitFor({ timeout: 60_000 }).catch((error: unknown) => {
      throw new Error(`${String(error)}\npage errors: ${JSON.stringify(pageErrors)}\npane: ${String(lastPaneText)}`);
    }).finally(() => clearTimeout(peek));
    const people = expected.result?.people.map((p) => p.name) ?? [];
    expect(people.length).toBeGreaterThan(0);
    expect(await page.locator('[data-figure="people"]').textContent()).toBe(`人数${people.length}`);

    const written = await page.evaluate((names: string[]) => {
      const host = (window as unknown as { __csHost: { sheetNames(): string[]; values(n: string): unknown[][] } }).__csHost;
      return { sheets: host.sheetNames(), values: Object.fromEntries(names.filter((n) => host.sheetNames().includes(n)).map((n) => [n, host.values(n)])) };
    }, [...ownSheets]);
    for (const name of ownSheets) {
      expect(written.sheets).toContain(name);
      const table = expected.tables.find((t) => t.name === name);
      expect(written.values[name]?.length).toBe(table?.rows.length);
    }
    for (const name of ['计分表', '提成表'] as const) {
      const rows = written.values[name] ?? [];
      for (const person of people) expect(rows.filter((r) => r.includes(person)).length).toBe(1);
    }
    expect(await page.locator('[data-step="write"]').getAttribute('data-state')).toBe('done');

    // The summary against the hand-worked sample (test/fixtures/shop-2026-10.expected.json):
    // V1 verdicts counted, fines into the 部门基金 (篇十五 16).
    const handWorked = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/shop-2026-10.expected.json'), 'utf8')) as
      { fund: number; people: { verdict: string }[] };
    const verdicts = handWorked.people.map((p) => p.verdict);
    const figure = (key: string): Promise<string | null> => page.locator(`[data-figure="${key}"]`).textContent();
    expect(await figure('warnings')).toBe(`口头警告${verdicts.filter((v) => v === 'warning').length}`);
    expect(await figure('penalties')).toBe(`处罚${verdicts.filter((v) => v === 'penalty' || v === 'severe').length}`);
    expect(await figure('fund')).toBe(`部门基金${handWorked.fund.toLocaleString('en-US')}.00 元`);

    fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('an English Office gets the English pane', async () => {
    const english = await browser.newPage({ viewport: { width: 360, height: 600 } });
    const script = doubleScript.replace('"displayLanguage":"zh-CN"', '"displayLanguage":"en-US"');
    await english.route('**/*', (route) => {
      const url = route.request().url();
      if (url === officeJs) return route.fulfill({ status: 200, contentType: 'application/javascript', body: script });
      return url.startsWith(server.url) ? route.continue() : route.abort();
    });
    await english.goto(`${server.url}taskpane.html`);
    await english.getByRole('button', { name: 'Close month', exact: true }).waitFor({ timeout: 30_000 });
    expect(await english.locator('[data-role="attendance"]').textContent()).toMatch(/Attendance.*% sure/);
    await english.close();
  }, 60_000);
});
