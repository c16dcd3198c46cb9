/**
 * Builds for the browser test, reusing what is fresh: the add-in (dist/addin, `webpack --mode
 * production`) and the host double (dist/browser-test/host-double.js). Run as child processes so
 * webpack does not load inside jest's module registry.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const root = path.resolve(__dirname, '../..');
export const addinDir = path.join(root, 'dist/addin');
export const doubleFile = path.join(root, 'dist/browser-test/host-double.js');

/** Newest modification time under the given paths (files or folders), 0 when none exist. */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (p: string): void => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

function fresh(output: string, inputs: readonly string[]): boolean {
  return fs.existsSync(output) && fs.statSync(output).mtimeMs >= newest(inputs.map((p) => path.join(root, p)));
}

function webpack(args: readonly string[]): void {
  const cli = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Builds the add-in unless dist/addin holds a production build newer than every source it comes from. */
export function ensureAddinBuild(): 'reused' | 'built' {
  const manifest = path.join(addinDir, 'manifest.xml');
  const production = fs.existsSync(manifest) && !fs.readFileSync(manifest, 'utf8').includes('localhost');
  if (production && fresh(path.join(addinDir, 'taskpane.html'), ['src', 'assets', 'manifest.xml', 'webpack.config.js'])) return 'reused';
  webpack(['--mode', 'production']);
  return 'built';
}

export function ensureDoubleBuild(): 'reused' | 'built' {
  if (fresh(doubleFile, ['test/browser/host-double.ts', 'test/doubles', 'src/io/office/host.ts'])) return 'reused';
  webpack(['--config', 'test/browser/host-double.webpack.js']);
  return 'built';
}
