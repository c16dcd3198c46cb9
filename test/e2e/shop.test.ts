/** The bundled sample, closed as the README quick start does (no --month: read from the sheets). */
import { closeSuite } from './closeSuite';
import { byName, copySample, loadExpected, runClose, type ExpectedPerson } from './harness';

const expected = loadExpected('shop-2026-10');
closeSuite('samples/客服部-2026-10.xlsx (12 people, Qianniu export, history)', expected, async () => copySample(expected.workbook));

describe('closing the closed workbook again (the history now holds 2026-10)', () => {
  it('V1, K4: gives the same hand-worked figures: the earlier close of the month is replaced, not counted twice', async () => {
    const first = await runClose(copySample(expected.workbook));
    expect(first.code).toBe(0);
    const again = await runClose(first.out);
    expect(again.code).toBe(0);
    const pick = (p: ExpectedPerson) => ({ score: p.score, verdict: p.verdict, rank: p.rank, firstStreak: p.firstStreak, award: p.award, pay: p.pay });
    expect(byName(again.summary?.people ?? [], pick)).toEqual(byName(expected.people, pick));
    expect(again.summary?.fund).toBe(expected.fund);
  }, 120000);
});
