/**
 * Child-process probes for the benchmark, so that each figure is a whole process as a user runs it:
 *   node probe.js cli IN OUT   — cs-close end to end (--json), then prints {"ms", "peakRssMb", "exit"}
 *   node probe.js read IN      — only ExcelJS reading the file, the floor for the command line
 */
import ExcelJS from 'exceljs';
import { main } from '../cli/main';

async function run(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  let exit = 0;
  if (mode === 'cli' && input && output) {
    exit = await main([input, '--out', output, '--json'], { stdout: () => undefined, stderr: () => undefined });
  } else if (mode === 'read' && input) {
    await new ExcelJS.Workbook().xlsx.readFile(input);
  } else {
    throw new Error('usage: probe.js cli IN OUT | read IN');
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, exit }) + '\n');
}

run().catch((error: unknown) => {
  process.stderr.write(String(error) + '\n');
  process.exit(1);
});
