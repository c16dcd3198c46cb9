/**
 * The committed sample workbooks are what their builders make, byte for byte, and building is
 * deterministic. A scenario change without `npm run build && npm run sample` fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sampleFiles } from '../../src/cli/make-sample';
import { workbookBytes } from '../../src/cli/samples/kit';
import { buildShopSample, shopMembers } from '../../src/cli/samples/shop-2026-10';

const samplesDir = join(__dirname, '..', '..', 'samples');

describe('samples', () => {
  it.each(Object.entries(sampleFiles))('%s is up to date with its builder and byte-stable', async (file, build) => {
    const first = await workbookBytes(build());
    const second = await workbookBytes(build());
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(join(samplesDir, file)).equals(first)).toBe(true);
  });

  it('R1: the main sample rota gives exactly one person (郑爽) more than 3 rest days', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await workbookBytes(buildShopSample());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const rota = workbook.getWorksheet('排班');
    const restDays: Record<string, number> = {};
    rota?.eachRow((row, r) => {
      if (r < 3) return;
      const values = (row.values as unknown[]).slice(2);
      restDays[String(row.getCell(1).value)] = values.filter((v) => v === '休').length;
    });
    expect(Object.keys(restDays)).toHaveLength(shopMembers.length);
    expect(Object.entries(restDays).filter(([, n]) => n > 3)).toEqual([['郑爽', 4]]);
  });
});
