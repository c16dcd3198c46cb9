import { summaryJson } from '../../src/app/summary';
import { result } from '../report/fixture';

describe('summaryJson (POLICY.md §5)', () => {
  const summary = summaryJson(result);
  it('has exactly the §5 keys in the documented order', () => {
    expect(Object.keys(summary)).toEqual(['month', 'preset', 'people', 'fines', 'fund', 'problems']);
    expect(Object.keys(summary.people[0]!)).toEqual([
      'name', 'score', 'deducted', 'verdict', 'points', 'inquiries', 'buyers', 'conversion', 'sales',
      'excludedOrders', 'rate', 'commission', 'rank', 'firstStreak', 'award', 'fines', 'base', 'pay',
    ]);
    expect(Object.keys(summary.fines[0]!)).toEqual(['name', 'date', 'rule', 'nth', 'amount', 'action', 'source']);
    expect(Object.keys(summary.problems[0]!)).toEqual(['severity', 'source', 'message']);
  });
  it('K1/K2/K4/P1: reproduces the §5 example person in yuan and ratios', () => {
    expect(summary.people[0]).toEqual({
      name: '张三', score: 8.5, deducted: 1.5, verdict: 'ok', points: { A1: 1, Q4: 0.5 },
      inquiries: 120, buyers: 90, conversion: 0.75, sales: 15230.5, excludedOrders: 2, rate: 0.015,
      commission: 228.46, rank: 1, firstStreak: 2, award: 100, fines: 80, base: 5000, pay: 5548.46,
    });
  });
  it('K1: no inquiries gives a null conversion; rate is K2’s lower one as a ratio', () => {
    expect(summary.people[1]).toMatchObject({ conversion: null, rate: 0.01, verdict: 'warning', points: { A4: 5 } });
  });
  it('lists points in rule order, leaving out zeros', () => {
    expect(Object.keys(summary.people[2]!.points)).toEqual(['A2', 'A4', 'A5']);
  });
  it('F2: fines with ISO date, yuan or null amount, action and source address; fund in yuan', () => {
    expect(summary.fines[0]).toEqual({ name: '张三', date: '2026-10-09', rule: 'F2', nth: 2, amount: 50, action: null, source: '事件!B7' });
    expect(summary.fines[2]).toMatchObject({ nth: 4, amount: null, action: 'withhold-pay' });
    expect(summary.fund).toBe(80);
  });
  it('problems carry their cell address and a Chinese message', () => {
    expect(summary.problems[0]).toMatchObject({ severity: 'warning', source: '考勤!C14' });
    expect(typeof summary.problems[0]!.message).toBe('string');
  });
  it('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
