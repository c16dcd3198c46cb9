/**
 * The output workbook of the bundled sample (POLICY.md §4): our own sheets are there, the hidden
 * history now holds October beside August and September, and the fund total is written.
 */
import ExcelJS from 'exceljs';
import { gridOfWorksheet } from '../../src/io/xlsx';
import { ownSheetNames, readHistory } from '../../src/sheets';
import { copySample, loadExpected, runClose } from './harness';

const expected = loadExpected('shop-2026-10');

describe('output workbook of samples/客服部-2026-10.xlsx', () => {
  const workbook = new ExcelJS.Workbook();

  beforeAll(async () => {
    const closed = await runClose(copySample(expected.workbook));
    await workbook.xlsx.readFile(closed.out);
  }, 120000);

  it('§4: has 计分表, 提成表, 罚款表, 明细, 制度参数 and a hidden 月结历史', () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    const { scorecard, commission, fines, ledger, policy, history } = ownSheetNames;
    expect(names).toEqual(expect.arrayContaining([scorecard, commission, fines, ledger, policy, history]));
    expect(workbook.getWorksheet(history)?.state).toBe('hidden');
  });

  it('V1, K4: the history keeps Aug and Sep and adds Oct with the verdicts and streaks worked by hand', () => {
    const sheet = workbook.getWorksheet(ownSheetNames.history);
    const { records, problems } = readHistory(gridOfWorksheet(sheet!));
    expect(problems).toEqual([]);
    const months = [...new Set(records.map((r) => r.month))].sort();
    expect(months).toEqual(['2026-08', '2026-09', '2026-10']);
    const october = records.filter((r) => r.month === '2026-10');
    const got = Object.fromEntries(october.map((r) => [r.name, [r.score, r.verdict, r.salesRank, r.firstStreak]]));
    const want = Object.fromEntries(expected.people.map((p) => [p.name, [p.score, p.verdict, p.rank, p.firstStreak]]));
    expect(got).toEqual(want);
  });

  it('F1–F8: October\'s history records carry each person\'s fines (summing to the fund); August and September, closed before, carry none', () => {
    const { records } = readHistory(gridOfWorksheet(workbook.getWorksheet(ownSheetNames.history)!));
    const october = records.filter((r) => r.month === '2026-10');
    const got = Object.fromEntries(october.map((r) => [r.name, r.finesFen === undefined ? undefined : r.finesFen / 100]));
    expect(got).toEqual(Object.fromEntries(expected.people.map((p) => [p.name, p.fines])));
    expect(october.reduce((sum, r) => sum + (r.finesFen ?? 0), 0)).toBe(expected.fund * 100);
    expect(records.filter((r) => r.month !== '2026-10').every((r) => r.finesFen === undefined)).toBe(true);
  });

  it('F1–F8: the fines sheet shows the department fund, 1120', () => {
    const values: unknown[] = [];
    workbook.getWorksheet(ownSheetNames.fines)?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(expected.fund);
  });

  it('R1, A6, A7: the ledger sheet lists the zero-point flags by rule id', () => {
    const rules: string[] = [];
    workbook.getWorksheet(ownSheetNames.ledger)?.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^[A-Z]\d+b?$/.test(cell.value)) rules.push(cell.value);
    }));
    expect(rules).toEqual(expect.arrayContaining(['R1', 'A6', 'A7', 'A1', 'A2', 'A4', 'A5', 'Q1', 'Q2', 'Q3', 'Q4', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'K4']));
  });
});
