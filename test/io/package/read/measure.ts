/**
 * Issue 4's read figures, by hand (not a jest test): each reader in its own process so its peak RSS
 * is its own. Build with tsc, then:
 *   node measure.js make team-1000.xlsx         the 1,000-person bench workbook
 *   node measure.js exceljs|ours team-1000.xlsx  one read: wall ms and peak RSS (MB) as JSON
 *   node measure.js compare a.xlsx b.xlsx …      both readers on each file: 'same' or the first difference
 */
import { promises as fs } from 'node:fs';
import { readWorkbookFile } from '../../../../src/io/xlsx';
import { readGridsFromBytes } from '../../../../src/io/package/read';
import { benchSizes, syntheticTeam } from '../../../../src/bench/synthetic';
import { writeGridsFile } from '../../../../src/bench/workbook';
import { compareReaders } from './both';

async function run(mode: string | undefined, files: readonly string[]): Promise<void> {
  if (mode === 'make') { await writeGridsFile(syntheticTeam(benchSizes[2]!), files[0]!); return; }
  if (mode === 'exceljs' || mode === 'ours') {
    const start = performance.now();
    const grids = mode === 'exceljs' ? (await readWorkbookFile(files[0]!)).grids : (await readGridsFromBytes(await fs.readFile(files[0]!))).grids;
    const ms = performance.now() - start;
    const rows = grids.reduce((n, g) => n + g.rows.length, 0);
    console.log(JSON.stringify({ reader: mode, ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rows }));
    return;
  }
  if (mode === 'compare') {
    for (const file of files) console.log(file, (await compareReaders(await fs.readFile(file))).difference ?? 'same');
    return;
  }
  throw new Error('usage: measure make|exceljs|ours|compare <files>');
}

run(process.argv[2], process.argv.slice(3)).catch((error: unknown) => { console.error(error); process.exit(1); });
