/**
 * The end-to-end checks shared by every fixture, one test per rule family so that a failure names
 * the rules (and the people) it concerns.
 */
import type { PresetId } from '../../src/engine/policy/types';
import { cellAddress } from '../../src/engine/result';
import {
  byName, fineLines, inputSheetDifferences, pipelineOf, pointsByName, runClose, type Closed, type Expected, type Summary,
} from './harness';

export function closeSuite(title: string, expected: Expected, input: () => Promise<string>, extraArgs: readonly string[] = []): void {
  describe(title, () => {
    let closed: Closed;
    let summary: Summary;

    beforeAll(async () => {
      closed = await runClose(await input(), extraArgs);
      if (closed.summary) summary = closed.summary;
    }, 120000);

    it('closes (exit 0, no error) and reads the month and preset', () => {
      expect({ code: closed.code, errors: closed.stderr.split('\n').filter((l) => l.startsWith('错误')) }).toEqual({ code: 0, errors: [] });
      expect({ month: summary.month, preset: summary.preset }).toEqual({ month: expected.month, preset: expected.preset });
    });

    it('people: everyone on the staff sheet and nobody else (summary and 合计 rows are not people)', () => {
      expect(summary.people.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
    });

    it('A1–A7, Q1–Q4: points per rule and person', () => {
      expect(pointsByName(summary.people)).toEqual(pointsByName(expected.people));
    });

    it('V1: deductions, score (floor 0) and verdict, with the history', () => {
      const pick = (p: Summary['people'][number]) => ({ deducted: p.deducted, score: p.score, verdict: p.verdict });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
    });

    it('K1/K2: inquiries, buyers, conversion from the counts, rate and commission (half-up once)', () => {
      const pick = (p: Summary['people'][number]) => ({
        inquiries: p.inquiries, buyers: p.buyers, conversion: p.conversion, sales: p.sales, rate: p.rate, commission: p.commission,
      });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
    });

    it('K3/K5: orders without a remark, refunded or closed are excluded', () => {
      const pick = (p: Summary['people'][number]) => ({ excludedOrders: p.excludedOrders, sales: p.sales });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
    });

    it('K4: rank in the group, consecutive firsts and award', () => {
      const pick = (p: Summary['people'][number]) => ({ rank: p.rank, firstStreak: p.firstStreak, award: p.award });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
    });

    it('F1–F8: each fine with its nth in the month and its amount or action', () => {
      expect(fineLines(summary.fines)).toEqual(fineLines(expected.fines));
    });

    it('F1–F8: fines per person and the department fund', () => {
      const pick = (p: Summary['people'][number]) => ({ fines: p.fines });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
      expect(summary.fund).toBe(expected.fund);
    });

    it('P1–P3: base (logistics: 8 % of express revenue, topped up) and pay', () => {
      const pick = (p: Summary['people'][number]) => ({ base: p.base, pay: p.pay });
      expect(byName(summary.people, pick)).toEqual(byName(expected.people, pick));
    });

    it('ledger: flags without points (A6, A7, R1, K3, K5) are listed; excused or in-allowance hits are not', async () => {
      const { ledger } = await pipelineOf(closed.input, expected.month, expected.preset as PresetId);
      const count = (name: string, rule: string): number => ledger.filter((e) => e.name === name && e.rule === rule).length;
      const got = expected.ledger.map(({ name, rule, count: n }) => `${name} ${rule} ${n === null ? (count(name, rule) > 0 ? 'some' : 0) : count(name, rule)}`);
      expect(got).toEqual(expected.ledger.map(({ name, rule, count: n }) => `${name} ${rule} ${n ?? 'some'}`));
      const scored = expected.absentLedger.filter(({ name, rule }) => ledger.some((e) => e.name === name && e.rule === rule && e.points !== 0));
      expect(scored).toEqual([]);
    }, 60000);

    if (expected.problems || expected.absentProblems) {
      it('problems: the ones worked out by hand are reported (code and cell), and no others of those kinds', async () => {
        const { problems } = await pipelineOf(closed.input, expected.month, expected.preset as PresetId);
        const found = (expected.problems ?? []).map(({ code, cell }) => ({
          code, cell,
          found: problems.some((p) => (code === null || p.code === code) && (cell === null || (p.cell !== undefined && cellAddress(p.cell) === cell))),
        }));
        expect(found).toEqual((expected.problems ?? []).map(({ code, cell }) => ({ code, cell, found: true })));
        expect(problems.filter((p) => (expected.absentProblems ?? []).includes(p.code)).map((p) => p.code)).toEqual([]);
      }, 60000);
    }

    it('the input sheets are unchanged, cell for cell, in the output workbook', async () => {
      expect(await inputSheetDifferences(closed.input, closed.out)).toEqual([]);
    }, 60000);
  });
}
