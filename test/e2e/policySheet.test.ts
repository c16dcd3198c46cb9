/** A team's own 制度参数 sheet (grace, F1b, business figures): P4–P6 and K4 ties. */
import { closeSuite } from './closeSuite';
import { loadExpected, pipelineOf, writeTemp } from './harness';
import { buildPolicySheetWorkbook } from '../fixtures/policy-sheet-2026-12';

const expected = loadExpected('policy-sheet-2026-12');
closeSuite('team policy sheet 2026-12 (5 people, three groups)', expected, () => writeTemp(buildPolicySheetWorkbook(), '客服-2026-12.xlsx'));

describe('P4–P6 figures of the team policy sheet, by hand (policy-sheet-2026-12.expected.md)', () => {
  it('P4 gross 21280.49; P5 net 18280.49 against base total 11900 (missed); P6 gross ÷ 10 ≥ 2000 (met)', async () => {
    const input = await writeTemp(buildPolicySheetWorkbook(), '客服-2026-12.xlsx');
    const { ledger } = await pipelineOf(input, '2026-12');
    const team = ledger.filter((e) => e.name === '' && ['P4', 'P5', 'P6'].includes(e.rule));
    const byRule = Object.fromEntries(team.map((e) => [e.rule, e.note]));
    expect(byRule['P4']?.params['gross']).toBe(21280.49);
    expect(byRule['P5']?.params).toMatchObject({ net: 18280.49, baseTotal: 11900 });
    expect(byRule['P5']?.code).toMatch(/missed/);
    expect(byRule['P6']?.code).toMatch(/met$/);
  }, 60000);
});
