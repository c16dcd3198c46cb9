/**
 * A real spreadsheet program opens what the command line writes: the bundled sample is closed with
 * cs-close, the output converted to PDF by headless LibreOffice (`soffice --headless --convert-to
 * pdf`), and the PDF read back with poppler (pdfinfo, pdftotext, pdftoppm): every visible output
 * sheet is printed, the 个人月度报告 pages hold one person each in staff order, and highlighted rows
 * keep their amber and red fills.
 *
 * Needs the Debian packages libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk; without soffice
 * or poppler the suite is skipped with a warning on the console.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { monthClose } from '../../src/app/monthClose';
import { readWorkbookFile } from '../../src/io/xlsx';
import type { PersonResult } from '../../src/engine/model';

const tools = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'];
const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const describeIfTools = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  console.warn(`test/libreoffice skipped: ${missing.join(', ')} not found. Install libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk (apt-get) to run it.`);
}

const sample = join(__dirname, '..', '..', 'samples', '客服部-2026-10.xlsx');

/** The text of each page, from pdftotext with form feeds between pages. */
function pagesOf(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** Pixels of one page within ±12 of an RGB colour, from a binary PPM rendered by pdftoppm. */
function pixelsOfColour(pdf: string, page: number, rgb: readonly [number, number, number], dir: string): number {
  const prefix = join(dir, `page-${page}`);
  execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), pdf, prefix]);
  const file = readdirSync(dir).find((f) => f.startsWith(`page-${page}`) && f.endsWith('.ppm'))!;
  const data = readFileSync(join(dir, file));
  // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  let count = 0;
  for (let i = header[0].length; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i]! - rgb[0]) <= 12 && Math.abs(data[i + 1]! - rgb[1]) <= 12 && Math.abs(data[i + 2]! - rgb[2]) <= 12) count++;
  }
  return count;
}

const amber = [0xff, 0xe6, 0x99] as const;
const red = [0xff, 0x99, 0x99] as const;

describeIfTools('LibreOffice renders the closed sample (soffice → PDF)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-lo-'));
  const input = join(dir, '客服部-2026-10.xlsx');
  const out = join(dir, 'out.xlsx');
  let pages: string[] = [];
  let people: readonly PersonResult[] = [];
  let pdf = '';

  beforeAll(async () => {
    copyFileSync(sample, input);
    people = monthClose((await readWorkbookFile(input)).grids).result!.people;
    const code = await main([input, '--out', out], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    // A private profile, so a LibreOffice already running (or another test) does not block this one.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out],
      { timeout: 170000, stdio: 'ignore' });
    pdf = join(dir, 'out.pdf');
    pages = pagesOf(pdf);
  }, 180000);

  it('every visible output sheet is printed (the hidden 月结历史 is not)', () => {
    const all = pages.join('\n');
    const marks: Record<string, string> = {
      计分表: '最终得分 Final score', 提成表: '询单人数 Inquiries', 罚款表: '部门基金合计', 明细: '说明 Note',
      制度参数: '每月基础分', 个人月度报告: '个人月度报告 2026-10', 看板: '看板 2026-10',
    };
    const printed = Object.entries(marks).filter(([, mark]) => all.includes(mark)).map(([sheet]) => sheet);
    expect(printed).toEqual(Object.keys(marks));
    expect(all).not.toContain('连续第一 制度');
  });

  it('个人月度报告: one page per person, in staff order, each page naming only its person', () => {
    const statementPages = pages.filter((page) => page.includes('个人月度报告 2026-10'));
    const names = people.map((p) => p.name);
    expect(statementPages).toHaveLength(names.length);
    // The second line of each page is the person's title row; no other person's title is on it.
    const titled = statementPages.map((page) => page.split('\n').map((line) => line.trim())[1]?.split(/\s+/)[0]);
    expect(titled).toEqual(names);
  });

  it('highlighted rows keep their fill: amber and red on the 计分表, red on the statement of a person with an action', () => {
    const scorecardPage = pages.findIndex((page) => page.includes('最终得分 Final score')) + 1;
    expect(people.some((p) => p.verdict === 'warning')).toBe(true);
    expect(pixelsOfColour(pdf, scorecardPage, amber, dir)).toBeGreaterThan(50);
    expect(pixelsOfColour(pdf, scorecardPage, red, dir)).toBeGreaterThan(50);
    const acted = people.find((p) => p.actions.length > 0)!;
    const page = pages.findIndex((text) => text.includes('个人月度报告 2026-10') && text.includes(acted.name)) + 1;
    expect(pixelsOfColour(pdf, page, red, dir)).toBeGreaterThan(50);
    // A person with nothing to flag has no red or amber on their page.
    const clean = people.find((p) => p.verdict === 'ok' && p.actions.length === 0 && Object.keys(p.points).length === 0);
    if (clean) {
      const cleanPage = pages.findIndex((text) => text.includes('个人月度报告 2026-10') && text.includes(clean.name)) + 1;
      expect(pixelsOfColour(pdf, cleanPage, red, dir) + pixelsOfColour(pdf, cleanPage, amber, dir)).toBe(0);
    }
  });
});
