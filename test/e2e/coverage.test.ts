/**
 * samples/README.md promises that the two bundled samples together fire every rule of POLICY.md §2
 * that leaves a ledger row (A3 is a value, K1/K2 and P1–P3 are figures on each person's row,
 * F1b is an alternative ladder, and P4–P6 need business figures the samples do not carry).
 */
import { sampleFiles } from '../../src/cli/make-sample';
import { copySample, pipelineOf } from './harness';

const ledgerRules = ['A1', 'A2', 'A4', 'A5', 'A6', 'A7', 'R1', 'Q1', 'Q2', 'Q3', 'Q4', 'K3', 'K4', 'K5',
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'];

it('§2: every ledger rule fires at least once across the bundled samples', async () => {
  const fired = new Set<string>();
  for (const file of Object.keys(sampleFiles)) {
    const { ledger } = await pipelineOf(copySample(`samples/${file}`));
    for (const entry of ledger) fired.add(entry.rule);
  }
  expect(ledgerRules.filter((rule) => !fired.has(rule))).toEqual([]);
}, 120000);
