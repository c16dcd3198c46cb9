/**
 * `npm run sample`: writes the bundled sample workbooks into samples/ (byte-stable: the same
 * build gives the same bytes, so the committed files only change when the scenario does).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workbookBytes } from './samples/kit';
import { buildShopSample } from './samples/shop-2026-10';
import { buildOrdersSample } from './samples/orders-2026-10';
import { buildPropertySample } from './samples/property-2026-11';

/** Each sample file (in samples/) and the builder that makes it. */
export const sampleFiles = {
  '客服部-2026-10.xlsx': buildShopSample,
  '客服部-订单版-2026-10.xlsx': buildOrdersSample,
  // A 物业客服 front desk; its 制度参数 sheet chooses the preset, so it closes without --preset.
  '物业前台-2026-11.xlsx': buildPropertySample,
} as const;

/**
 * Writes every sample into `dir` and returns the paths written.
 * @example await writeSamples('samples') → ['…/samples/客服部-2026-10.xlsx', '…/samples/客服部-订单版-2026-10.xlsx', '…/samples/物业前台-2026-11.xlsx']
 */
export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, build] of Object.entries(sampleFiles)) {
    const path = join(dir, file);
    writeFileSync(path, await workbookBytes(build()));
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? 'samples');
  writeSamples(dir).then(
    (paths) => {
      for (const path of paths) process.stdout.write(`${path}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
