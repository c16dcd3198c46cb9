#!/usr/bin/env node
/** The cs-close command (package.json bin): a thin shell over main(); see src/cli/main.ts. */
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // Only a programmer bug gets here: bad input is a problem value, reported by main.
    process.stderr.write(`cs-close: 内部错误 internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
