/**
 * Issue 5 §5 at run time: the production task pane in Chromium, office.js replaced by the host
 * double holding the bundled sample. Every request the page makes is counted from loading through a
 * whole month close: only its own files and office.js, nothing else (no telemetry, no fonts from a
 * CDN). The page's Content-Security-Policy is in force and the pane still works under it: no
 * violation is reported and the close writes its sheets. Skipped without /usr/bin/chromium.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { HostValue } from '../../src/io/office/host';
import { readWorkbookFile } from '../../src/io/xlsx';
import { addinDir, doubleFile, ensureAddinBuild, ensureDoubleBuild, root } from '../browser/build';
import { serveStatic, type StaticServer } from '../browser/server';

const chromiumPath = '/usr/bin/chromium';
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) console.warn(`security browser test SKIPPED: ${chromiumPath} not found.`);
const suite = haveChromium ? describe : describe.skip;

suite('the task pane in a browser makes no request of its own', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    ensureAddinBuild();
    ensureDoubleBuild();
    const { grids } = await readWorkbookFile(path.join(root, 'samples/客服部-2026-10.xlsx'));
    const hostInput = { displayLanguage: 'zh-CN', sheets: grids.map((g) => ({ name: g.name, rows: g.rows as HostValue[][], hiddenRows: [...(g.hiddenRows ?? [])] })) };
    const doubleScript = `window.__csHostInput = ${JSON.stringify(hostInput)};\n${fs.readFileSync(doubleFile, 'utf8')}`;
    server = await serveStatic(addinDir);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __cspViolations?: string[] };
        (w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    // Every request is counted; office.js is served by the double, the add-in's files by the server, the rest refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === officeJs) return route.fulfill({ status: 200, contentType: 'application/javascript', body: doubleScript });
      return url.startsWith(server.url) ? route.continue() : route.abort();
    });
    await page.goto(`${server.url}taskpane.html`);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads under its CSP, closes the month, and only ever asks for its own files and office.js', async () => {
    await page.locator('[data-role="attendance"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '月结', exact: true }).click();
    await page.locator('[data-figure="people"]').waitFor({ timeout: 60_000 });
    const foreign = requests.filter((url) => url !== officeJs && !url.startsWith(server.url));
    expect(foreign).toEqual([]);
    expect(requests.filter((url) => url === officeJs)).toHaveLength(1);
    // Own files only: the page and its two bundles (source maps are fetched by devtools only).
    expect(requests.filter((url) => url.startsWith(server.url)).map((url) => url.slice(server.url.length)).sort())
      .toEqual(['functions.js', 'taskpane.html', 'taskpane.js']);
    const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    expect([...reported, ...violations]).toEqual([]);
  }, 180_000);

  // (eval cannot be tried from here: the test driver's own evaluation is exempt from the page's CSP;
  // bundle.test.ts shows the policy has no 'unsafe-eval' and the bundles no eval.)
  it('the policy is enforced: an inline script added to the page does not run', async () => {
    const inlineRan = await page.evaluate(() => {
      const tag = document.createElement('script');
      tag.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(tag);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
  }, 30_000);
});
