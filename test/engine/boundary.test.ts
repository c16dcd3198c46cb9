import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

// The engine stays pure: no Office, no file or xlsx I/O, no React, no clock (STYLE.md).
const forbidden = [/from ['"](fs|path|exceljs|xlsx|react|office-ui-fabric-react)['"]/, /\bExcel\.run\b/, /\bOffice\./, /\bDate\.now\b/, /new Date\(/, /\brequire\(/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  const files = filesUnder(join(__dirname, '../../src/engine'));
  it('has engine files to check', () => expect(files.length).toBeGreaterThan(3));
  it.each(files)('%s imports no I/O, Office, React or clock', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of forbidden) expect(text).not.toMatch(pattern);
  });
});
