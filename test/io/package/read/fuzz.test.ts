/**
 * Our reader against ExcelJS's (src/io/xlsx/read.ts) on random workbooks ExcelJS wrote: the same
 * grids, hidden rows, merges and sheet states, cell for cell (NaN and -0 included).
 * READ_FUZZ_RUNS=2000 runs it longer.
 */
import fc from 'fast-check';
import { compareReaders } from './both';
import { bytesOf, workbookSpec } from './random';

describe('readGridsFromBytes against ExcelJS', () => {
  it('reads random ExcelJS workbooks cell for cell as ExcelJS does', async () => {
    await fc.assert(fc.asyncProperty(workbookSpec, async (spec) => {
      const { difference } = await compareReaders(await bytesOf(spec));
      expect(difference).toBeNull();
    }), { numRuns: Number(process.env['READ_FUZZ_RUNS'] ?? 150) });
  }, 120_000);
});
