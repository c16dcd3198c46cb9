import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { messages } from '../../src/messages';

// Every 'report.…' / 'cli.…' code written literally in the report, app and cli code has both languages.
const dirs = ['src/report', 'src/app', 'src/cli', 'src/io/xlsx'].map((d) => join(__dirname, '../..', d));
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'make-sample.ts').map((f) => join(dir, f)));
const codes = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:report|cli)\.[\w.-]+)'/g)].map((m) => m[1]!)));
const built = [
  ...['error', 'warning', 'info'].map((s) => `cli.severity.${s}`),
  ...['name', 'score', 'verdict', 'commission', 'fines', 'pay'].map((k) => `cli.summary.${k}`),
  ...['ok', 'warning', 'penalty', 'severe'].map((v) => `report.verdict.${v}`),
  ...['warning', 'demerit', 'withhold-pay', 'dismissal'].map((a) => `report.action.${a}`),
];

describe('report and cli message catalogues', () => {
  it('finds the codes to check', () => expect(codes.size).toBeGreaterThan(10));
  it.each([...codes, ...built])('%s has zh and en', (code) => {
    expect(messages[code]?.zh).toBeTruthy();
    expect(messages[code]?.en).toBeTruthy();
  });
});
