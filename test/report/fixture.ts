/** A hand-made MonthResult for the report tests, worked out from POLICY.md by hand. */
import { fen } from '../../src/engine/money';
import type { CommissionResult, MonthResult, PersonResult } from '../../src/engine/model';

const noSales: CommissionResult = {
  inquiries: null, buyers: null, conversion: null, salesFen: fen(0), excludedOrders: 0,
  rateBp: 100, commissionFen: fen(0), rank: null, firstStreak: 0, awardFen: fen(0),
};

export function person(overrides: Partial<PersonResult> & { name: string }): PersonResult {
  return {
    group: null, baseScore: 10, points: {}, deducted: 0, score: 10, verdict: 'ok', commission: noSales,
    finesFen: fen(0), baseFen: fen(300000), mealFen: fen(30000), payFen: fen(330000), actions: [], ...overrides,
  };
}

// 张三: A1 twice (2 × 0.5) + Q4 0.5 = 1.5 → 8.5 ok. 15230.50 sales at 120/90 = 75 % → 1.5 % →
// 228.4575 → 228.46; first two months running → K4 100; F2 twice (30 + 50) = 80 fines.
// Pay = 5000 + 300 + 228.46 + 100 − 80 = 5548.46.
export const zhang = person({
  name: '张三', points: { A1: 1, Q4: 0.5 }, deducted: 1.5, score: 8.5,
  commission: { inquiries: 120, buyers: 90, conversion: 0.75, salesFen: fen(1523050), excludedOrders: 2,
    rateBp: 150, commissionFen: fen(22846), rank: 1, firstStreak: 2, awardFen: fen(10000) },
  finesFen: fen(8000), baseFen: fen(500000), payFen: fen(554846),
});

// 李四: A4 once (5) → 5 → warning (≤ 5). 王五: A4 + A2 + A5 = 5 + 2 + 2 = 9 → 1 → penalty, F2 4th → withhold.
export const li = person({ name: '李四', points: { A4: 5 }, deducted: 5, score: 5, verdict: 'warning' });
export const wang = person({
  name: '=王五', points: { A4: 5, A2: 2, A5: 2 }, deducted: 9, score: 1, verdict: 'penalty', actions: ['withhold-pay'],
});

export const result: MonthResult = {
  month: '2026-10',
  preset: '电商客服',
  people: [zhang, li, wang],
  fines: [
    { name: '张三', daySerial: 46304, rule: 'F2', nth: 2, amountFen: fen(5000), action: null, source: { sheet: '事件', row: 6, col: 1 } },
    { name: '张三', daySerial: 46298, rule: 'F2', nth: 1, amountFen: fen(3000), action: null, source: { sheet: '事件', row: 2, col: 1 } },
    { name: '=王五', daySerial: 46310, rule: 'F2', nth: 4, amountFen: null, action: 'withhold-pay', source: { sheet: '事件', row: 9, col: 1 } },
  ],
  ledger: [
    { daySerial: null, name: '张三', rule: 'K4', points: 0, amountFen: fen(10000), action: null, source: null, note: { code: 'test.note', params: {} } },
    { daySerial: 46298, name: '张三', rule: 'A1', points: 0.5, amountFen: null, action: null, source: { sheet: '考勤', row: 13, col: 2 }, note: { code: 'test.late', params: { minutes: 12 } } },
    { daySerial: 46310, name: '=王五', rule: 'F2', points: 0, amountFen: null, action: 'withhold-pay', source: { sheet: '事件', row: 9, col: 1 }, note: { code: 'test.note', params: {} } },
  ],
  fundFen: fen(8000),
  problems: [{ severity: 'warning', code: 'test.late', params: { minutes: 3 }, cell: { sheet: '考勤', row: 13, col: 2 } }],
  history: [{ month: '2026-10', name: '张三', score: 8.5, verdict: 'ok', salesRank: 1, firstStreak: 2, preset: '电商客服' }],
};
