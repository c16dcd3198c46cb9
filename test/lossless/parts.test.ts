/**
 * Issue 5 §3: the output file is the input's sheets plus ours, written by ExcelJS, which does not
 * carry charts, pivot tables, slicers or timelines. The input keeps them (it is never written); the
 * supervisor is told before the output is written, so nothing goes missing unsaid.
 */
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { workbookBytes } from '../../src/cli/samples/kit';
import { partsNotKept } from '../../src/io/xlsx';
import { cleanTeam, teamWorkbook } from '../catalogue/team';

async function close(bytes: Buffer): Promise<{ code: number; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-parts-'));
  writeFileSync(join(dir, 'team.xlsx'), bytes);
  let stderr = '';
  const code = await main([join(dir, 'team.xlsx'), '--month', '2026-10', '--out', join(dir, 'out.xlsx')], { stdout: () => undefined, stderr: (t) => { stderr += t; } });
  return { code, stderr };
}

describe('parts of the input the output cannot carry', () => {
  it('a workbook with a chart and a pivot table: closed, and the supervisor is told they are not in the output', async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(teamWorkbook(cleanTeam())));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect(partsNotKept(bytes)).toEqual(['charts', 'pivotTables']);
    const run = await close(bytes);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('输入文件里的图表、数据透视表不会出现在输出文件里（原文件不变，仍保留它们）');
  }, 60000);

  it('a plain workbook: nothing to say', async () => {
    const bytes = await workbookBytes(teamWorkbook(cleanTeam()));
    expect(partsNotKept(bytes)).toEqual([]);
    expect((await close(bytes)).stderr).not.toContain('不会出现在输出文件里');
  }, 60000);
});
