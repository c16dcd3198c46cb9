import JSZip from 'jszip';
import { base64OfBytes, packTargets } from '../../../src/io/office/insert';
import type { Target } from '../../../src/io/office/targets';
import type { SheetInfo } from '../../../src/io/office/inventory';
import type { SheetTable } from '../../../src/report/types';

/** A table of `rows` rows of text that compresses poorly, so its package size is predictable. */
function table(name: string, kind: SheetTable['kind'], rows: number): SheetTable {
  let seed = rows;
  const noise = (): string => { seed = (seed * 48271) % 2147483647; return seed.toString(36); };
  return { name, kind, hidden: false, headerRows: 1, highlights: [], rows: [['姓名'], ...Array.from({ length: rows }, () => [noise()])] };
}

const target = (t: SheetTable, existing: SheetInfo | null = null): Target => ({ table: t, sheetName: t.name, existing });

async function sheetNamesIn(base64: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(base64, { base64: true });
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('packTargets: the output sheets as few files as fit a request', () => {
  const big = table('明细', 'ledger', 20000);
  const small = table('计分表', 'scorecard', 10);

  it('all sheets in one package when it fits', async () => {
    const { packages, rest } = await packTargets([target(small), target(big)], new Set(), 10 * 1024 * 1024);
    expect(packages).toHaveLength(1);
    expect(rest).toEqual([]);
    expect(await sheetNamesIn(packages[0]!.base64)).toEqual(['计分表', '明细']);
  });

  it('too big together: grouped so each package fits; a sheet too big alone is left for the cell-by-cell write', async () => {
    const whole = (await packTargets([target(small), target(big)], new Set(), 1e9)).packages[0]!.base64.length;
    const bigAlone = (await packTargets([target(big)], new Set(), 1e9)).packages[0]!.base64.length;
    const split = await packTargets([target(small), target(big)], new Set(), bigAlone);
    expect(whole).toBeGreaterThan(bigAlone);
    expect(split.packages.map((p) => p.targets.map((t) => t.table.name))).toEqual([['计分表'], ['明细']]);
    expect(split.packages.every((p) => p.base64.length <= bigAlone)).toBe(true);
    const tooSmall = await packTargets([target(small), target(big)], new Set(), bigAlone - 1);
    expect(tooSmall.packages.map((p) => p.targets.map((t) => t.table.name))).toEqual([['计分表']]);
    expect(tooSmall.rest.map((t) => t.table.name)).toEqual(['明细']);
  });

  it('a sheet written before goes in under a temporary name no sheet has (it is copied over, never replaced)', async () => {
    const existing = { name: '计分表', visibility: 'Visible', own: { kind: 'scorecard', name: '计分表' } } as unknown as SheetInfo;
    const { packages } = await packTargets([target(small, existing), target(big)], new Set(['cs_close_tmp_1', '计分表']), 1e9);
    expect(packages[0]!.insertedAs).toEqual(['CS_CLOSE_TMP_2', '明细']);
    expect(await sheetNamesIn(packages[0]!.base64)).toEqual(['CS_CLOSE_TMP_2', '明细']);
  });
});

describe('base64OfBytes (no Buffer in the task pane)', () => {
  it('equals Node’s base64 for lengths around its slice size', () => {
    for (const length of [0, 1, 2, 3, 0x7fff, 0x8000, 0x8001, 100000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) % 256);
      expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
