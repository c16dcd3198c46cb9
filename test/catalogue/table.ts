/**
 * test/fixtures/CATALOGUE.md from the catalogue data and the lines cs-close printed for each entry.
 */
import type { Entry } from './entries';
import type { ProblemLine } from './run';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The markdown table: entry, input, exit, severity, cell, message as printed (or the outcome when
 * the entry closes without a problem).
 * @example catalogueTable(entries, seen).split('\n')[0] === '# Catalogue of bad inputs'
 */
export function catalogueTable(entries: readonly Entry[], seen: ReadonlyMap<string, readonly ProblemLine[]>): string {
  const lines = [
    '# Catalogue of bad inputs',
    '',
    'Generated from `test/catalogue/entries.ts` by `CATALOGUE_WRITE=1 npx jest test/catalogue` (the test',
    'fails when this file and what cs-close prints disagree). Each entry spoils the clean team of',
    '`test/catalogue/team.ts` in one way and is run as `cs-close <file> --month 2026-10 --json --out …`.',
    'Exit 1 means the month was not closed: no output file, the input file byte for byte unchanged.',
    'Exit 0 means it closed with only the problems listed; the input sheets are identical in the output.',
    '',
    '| entry | input | exit | severity | cell | message as the supervisor sees it / outcome |',
    '|---|---|---|---|---|---|',
  ];
  for (const entry of entries) {
    const printed = seen.get(entry.id) ?? [];
    if (printed.length === 0) {
      lines.push(`| ${entry.id} | ${cell(entry.input)} | ${entry.exit} | — | — | ${cell(entry.outcome ?? '')} |`);
      continue;
    }
    for (const p of printed) {
      const outcome = entry.outcome ? ` (${entry.outcome})` : '';
      lines.push(`| ${entry.id} | ${cell(entry.input)} | ${entry.exit} | ${p.severity} | ${p.cell ?? '—'} | ${cell(p.text)}${cell(outcome)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
