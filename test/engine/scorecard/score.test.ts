import fc from 'fast-check';
import type { HistoryRecord, LedgerEntry, Verdict } from '../../../src/engine/model';
import { ecommercePreset } from '../../../src/engine/policy';
import type { ActionId, Policy } from '../../../src/engine/policy/types';
import { scorePerson } from '../../../src/engine/scorecard';

const hit = (rule: string, points: number, name = '张三', action: ActionId | null = null): LedgerEntry => ({
  daySerial: 46300, name, rule, points, amountFen: null, action, source: null, note: { code: 'x', params: {} },
});
const past = (month: string, score: number, name = '张三', preset: Policy['preset'] = '电商客服'): HistoryRecord => ({
  month, name, score, verdict: 'ok' as Verdict, salesRank: null, firstStreak: 0, preset,
});
const score = (ledger: LedgerEntry[], history: HistoryRecord[] = [], month = '2026-10', policy: Policy = ecommercePreset) =>
  scorePerson({ name: '张三', ledger, month, history, policy });

describe('scorecard: 10 points, minus the ledger', () => {
  it('A1/Q4: points per rule are summed, only for this person', () => {
    const result = score([hit('A1', 0.5), hit('A1', 0.5), hit('Q4', 0.5), hit('A1', 0.5, '李四')]);
    expect(result).toEqual({ baseScore: 10, points: { A1: 1, Q4: 0.5 }, deducted: 1.5, score: 8.5, verdict: 'ok', actions: [] });
  });
  it('sums have no float drift (0.1 + 0.2 points is 0.3)', () => {
    const result = score([hit('B5', 0.1), hit('B5', 0.2)]);
    expect(result.points).toEqual({ B5: 0.3 });
    expect(result.score).toBe(9.7);
  });
  it('F2: rules that cost no points (fines) are not listed, their actions are', () => {
    const result = score([hit('F2', 0), hit('F2', 0, '张三', 'withhold-pay'), hit('F1', 0, '张三', 'dismissal'), hit('F2', 0, '张三', 'withhold-pay')]);
    expect(result.points).toEqual({});
    expect(result.actions).toEqual(['withhold-pay', 'dismissal']);
  });
  it('B10: praise offsets deductions but does not lift the score above the base', () => {
    expect(score([hit('B10', -5), hit('A1', 2)])).toMatchObject({ deducted: -3, score: 10 });
    expect(score([hit('B10', -1), hit('A1', 2)]).score).toBe(9);
  });
  it('the score stops at 0 while the deducted column shows the full total', () => {
    const result = score([hit('A4', 5), hit('A4', 5), hit('Q3', 5)]);
    expect([result.deducted, result.score, result.verdict]).toEqual([15, 0, 'penalty']);
  });
});

describe('V1 verdict', () => {
  it('V1: 5.5 is ok, 5 is a verbal warning, 2.5 a warning, 2 a penalty', () => {
    expect(score([hit('A1', 4.5)]).verdict).toBe('ok');
    expect(score([hit('A4', 5)]).verdict).toBe('warning');
    expect(score([hit('A1', 7.5)]).verdict).toBe('warning');
    expect(score([hit('A1', 8)]).verdict).toBe('penalty');
  });
  it('V1: ≤ 5 in August, September and October → severe', () => {
    expect(score([hit('A4', 5)], [past('2026-08', 5), past('2026-09', 4)]).verdict).toBe('severe');
  });
  it('V1: a hand-written month key without the zero (2026-9) still counts', () => {
    expect(score([hit('A4', 5)], [past('2026-8', 5), past('2026-9', 4)]).verdict).toBe('severe');
  });
  it('V1: two low months are not enough', () => {
    expect(score([hit('A4', 5)], [past('2026-09', 4)]).verdict).toBe('warning');
  });
  it('V1: a gap month breaks the streak', () => {
    expect(score([hit('A4', 5)], [past('2026-07', 3), past('2026-08', 5)]).verdict).toBe('warning');
  });
  it('V1: a good month in between breaks the streak; other people\'s months do not count', () => {
    expect(score([hit('A4', 5)], [past('2026-08', 5), past('2026-09', 5.5)]).verdict).toBe('warning');
    expect(score([hit('A4', 5)], [past('2026-08', 1, '李四'), past('2026-09', 1, '李四')]).verdict).toBe('warning');
  });
  it('V1: the streak crosses the new year', () => {
    expect(score([hit('A4', 9)], [past('2025-11', 0), past('2025-12', 2)], '2026-01').verdict).toBe('severe');
  });
  it('V1: a month closed under another preset (another scale) does not count', () => {
    expect(score([hit('A4', 5)], [past('2026-08', 5, '张三', '物业客服'), past('2026-09', 4)]).verdict).toBe('warning');
  });
  it('V1: a later month in the history does not count (re-closing an earlier month)', () => {
    expect(score([hit('A4', 5)], [past('2026-11', 1), past('2026-12', 1)]).verdict).toBe('warning');
  });
});

describe('properties', () => {
  const halves = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);
  it('a score never exceeds the base nor falls below the floor, whatever the deductions and praise', () => {
    fc.assert(fc.property(fc.array(halves(-10, 20), { maxLength: 30 }), (list) => {
      const result = score(list.map((p) => hit('A1', p)));
      return result.score >= 0 && result.score <= 10;
    }));
  });
  it('without praise, deducted is the exact total and score = max(0, 10 − deducted)', () => {
    fc.assert(fc.property(fc.array(halves(0, 20), { maxLength: 30 }), (list) => {
      const result = score(list.map((p) => hit('A1', p)));
      const total = list.reduce((a, b) => a + b, 0);
      return result.deducted === total && result.score === Math.max(0, 10 - total);
    }));
  });
});
