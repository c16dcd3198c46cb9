/**
 * Issue 5 §3, since issue 4: the output file is the input's zip with our sheets spliced in, so the
 * input's charts, pivot tables, slicers and timelines are carried over byte for byte and there is
 * nothing to warn about.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { workbookBytes } from '../../src/cli/samples/kit';
import { cleanTeam, teamWorkbook } from '../catalogue/team';

async function close(bytes: Buffer): Promise<{ code: number; stderr: string; out: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-parts-'));
  writeFileSync(join(dir, 'team.xlsx'), bytes);
  let stderr = '';
  const code = await main([join(dir, 'team.xlsx'), '--month', '2026-10', '--out', join(dir, 'out.xlsx')], { stdout: () => undefined, stderr: (t) => { stderr += t; } });
  return { code, stderr, out: code === 0 ? readFileSync(join(dir, 'out.xlsx')) : Buffer.alloc(0) };
}

describe('parts of the input other than cells', () => {
  it('a workbook with a chart, a pivot table and a slicer: closed, and each part is in the output unchanged', async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(teamWorkbook(cleanTeam())));
    const parts = { 'xl/charts/chart1.xml': '<c:chartSpace/>', 'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>', 'xl/slicers/slicer1.xml': '<slicers/>' };
    for (const [path, text] of Object.entries(parts)) zip.file(path, text);
    const run = await close(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('不会出现在输出文件里');
    const out = await JSZip.loadAsync(run.out);
    for (const [path, text] of Object.entries(parts)) expect(await out.file(path)?.async('string')).toBe(text);
  }, 60000);
});
