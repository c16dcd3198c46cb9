/**
 * The committed sample workbooks are what their builders make, byte for byte, and building is
 * deterministic. A scenario change without `npm run build && npm run sample` fails here. The
 * 物业客服 sample is also closed as committed (no --preset: its own 制度参数 sheet chooses the
 * preset) and compared with the hand-worked test/fixtures/property-2026-11.expected.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sampleFiles } from '../../src/cli/make-sample';
import { workbookBytes } from '../../src/cli/samples/kit';
import { buildShopSample, shopMembers } from '../../src/cli/samples/shop-2026-10';
import { closeSuite } from './closeSuite';
import { copySample, loadExpected } from './harness';

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

// B1–B11 as worked in property-2026-11.expected.md, reached through the workbook's 制度参数 sheet alone.
closeSuite(
  'samples/物业前台-2026-11.xlsx closed without --preset (its 制度参数 sheet chooses 物业客服)',
  loadExpected('property-2026-11'),
  async () => copySample('samples/物业前台-2026-11.xlsx'),
);
