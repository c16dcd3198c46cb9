import { computeCommission } from '../../../src/engine/commission';
import type { CellRef } from '../../../src/engine/result';
import { type HistoryRecord, type Person, type SalesFigures, type SalesOrder } from '../../../src/engine/model';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import { message } from '../../../src/messages';
import { commissionMessages } from '../../../src/messages/commission';
import { figures, firstIn, oct, order, person } from './fixtures';
import { SalesOrders } from '../../../src/engine/orders';

/** The cell an order was read from (its name cell). */
const orderCell = (order: SalesOrder): CellRef => ({ sheet: order.sheet, row: order.row, col: order.col });

function run(people: Person[], salesFigures: SalesFigures[], salesOrders: SalesOrder[] = [], history: HistoryRecord[] = [], month = '2026-10') {
  return computeCommission({ month, people, salesFigures, salesOrders: SalesOrders.of(salesOrders), history, policy: ecommercePreset });
}

describe('K1/K2 conversion and rate', () => {
  it('K2: exactly 70 % conversion is not below 70 %, so 1.5 %', () => {
    const r = run([person('张三')], [figures('张三', 100, 70, 100000)]).byName.get('张三')!;
    expect(r.conversion).toBe(0.7);
    expect(r.rateBp).toBe(150);
    expect(r.commissionFen).toBe(1500);
  });

  it('K2: 69.99 % conversion is below 70 %, so 1 %', () => {
    const r = run([person('张三')], [figures('张三', 10000, 6999, 100000)]).byName.get('张三')!;
    expect(r.rateBp).toBe(100);
    expect(r.commissionFen).toBe(1000);
  });

  it('K1: no inquiries → conversion blank and the lower rate 1 %', () => {
    const r = run([person('张三')], [figures('张三', null, null, 50000)]).byName.get('张三')!;
    expect(r.conversion).toBeNull();
    expect(r.inquiries).toBeNull();
    expect(r.rateBp).toBe(100);
    expect(r.commissionFen).toBe(500);
    const zero = run([person('李四')], [figures('李四', 0, 0, 50000)]).byName.get('李四')!;
    expect(zero.conversion).toBeNull();
    expect(zero.rateBp).toBe(100);
  });

  it('K2: 15230.50 yuan at 1.5 % is 228.46, rounded half-up once per person', () => {
    // 15230.50 × 1.5 % = 228.4575 → 228.46.
    const r = run([person('张三')], [figures('张三', 60, 45, 761525, oct(3)), figures('张三', 60, 45, 761525, oct(4))]).byName.get('张三')!;
    expect(r.inquiries).toBe(120);
    expect(r.buyers).toBe(90);
    expect(r.conversion).toBe(0.75);
    expect(r.salesFen).toBe(1523050);
    expect(r.commissionFen).toBe(22846);
    const tiny = run([person('王五')], [figures('王五', 1, 1, 35, oct(3)), figures('王五', 1, 1, 35, oct(4))]).byName.get('王五')!;
    // Rounded once on the sum: 70 fen × 1.5 % = 1.05 → 1 fen, not per row 2 × round(0.525) = 2.
    expect(tiny.commissionFen).toBe(1);
  });

  it('K1: only the month counts; a whole-period row (no date) counts', () => {
    const r = run([person('张三')], [
      figures('张三', 10, 10, 10000, oct(31)), figures('张三', 10, 0, 99999, oct(31) + 1), figures('张三', 10, 10, 10000, oct(1) - 1),
    ]).byName.get('张三')!;
    expect(r.inquiries).toBe(10);
    expect(r.salesFen).toBe(10000);
    const period = run([person('李四')], [figures('李四', 200, 100, 300000)]).byName.get('李四')!;
    expect(period.salesFen).toBe(300000);
    expect(period.rateBp).toBe(100);
  });

  it('K1: a whole-period row and daily rows for one person are not added twice', () => {
    const out = run([person('张三')], [figures('张三', 100, 80, 100000), figures('张三', 50, 40, 50000, oct(2))]);
    expect(out.byName.get('张三')!.salesFen).toBe(100000);
    expect(out.problems.map((p) => p.code)).toContain('commission.periodAndDaily');
  });

  it('every person gets a result, zeros without sales; other names are skipped', () => {
    const out = run([person('张三'), person('李四')], [figures('路人', 10, 10, 10000)]);
    expect(out.byName.get('李四')).toEqual({
      inquiries: null, buyers: null, conversion: null, salesFen: 0, excludedOrders: 0, rateBp: 100,
      commissionFen: 0, rank: null, firstStreak: 0, awardFen: 0,
    });
    expect(out.byName.has('路人')).toBe(false);
  });
});

describe('K3/K5 orders', () => {
  it('K3: an order without the agent remark earns nothing and is listed in the ledger', () => {
    const unremarked = order('张三', 20000, { remarked: false });
    const out = run([person('张三')], [], [order('张三', 100000), unremarked, order('张三', 5000, { remarked: null })]);
    const r = out.byName.get('张三')!;
    expect(r.salesFen).toBe(105000);
    expect(r.excludedOrders).toBe(1);
    const k3 = out.ledger.filter((e) => e.rule === 'K3');
    expect(k3).toHaveLength(1);
    expect(k3[0]).toMatchObject({ name: '张三', points: 0, source: orderCell(unremarked), daySerial: unremarked.daySerial });
    expect(k3[0]!.note.params).toMatchObject({ order: unremarked.orderId, amount: 200 });
  });

  it('K5: refunded and closed orders are not sales, and are counted as excluded', () => {
    const refunded = order('张三', 30000, { status: '退款成功' });
    const out = run([person('张三')], [], [order('张三', 100000), refunded, order('张三', 100, { status: '交易关闭', remarked: false })]);
    const r = out.byName.get('张三')!;
    expect(r.salesFen).toBe(100000);
    expect(r.excludedOrders).toBe(2);
    // K5 is checked first: a closed order with no remark is a K5, not a K3.
    expect(out.ledger.map((e) => e.rule).sort()).toEqual(['K4', 'K5', 'K5']);
    expect(out.ledger.find((e) => e.rule === 'K5')!.source).toEqual(orderCell(refunded));
  });

  it('K3: orders give the amount and figures the counts when a person has both', () => {
    const out = run([person('张三')], [figures('张三', 100, 80, 999999)], [order('张三', 100000), order('张三', 100000, { remarked: false })]);
    const r = out.byName.get('张三')!;
    expect(r.salesFen).toBe(100000);
    expect(r.rateBp).toBe(150);
    expect(r.commissionFen).toBe(1500);
    expect(out.problems.map((p) => p.code)).toContain('commission.ordersOverFigures');
  });

  it('K3/K5: with the remark switch off and no status words, every order in the month counts', () => {
    const policy = { ...ecommercePreset, commission: { ...ecommercePreset.commission, requireRemark: false, excludedStatusWords: [] } };
    const out = computeCommission({ month: '2026-10', people: [person('张三')], salesFigures: [], history: [], policy,
      salesOrders: SalesOrders.of([order('张三', 100000, { remarked: false }), order('张三', 20000, { status: '退款成功' })]) });
    expect(out.byName.get('张三')).toMatchObject({ salesFen: 120000, excludedOrders: 0, commissionFen: 1200 });
    expect(out.ledger.map((e) => e.rule)).toEqual(['K4']);
  });

  it('K3: orders outside the month are not counted', () => {
    const r = run([person('张三')], [], [order('张三', 100000, { daySerial: oct(1) - 1 })]).byName.get('张三')!;
    expect(r.salesFen).toBe(0);
    expect(r.excludedOrders).toBe(0);
  });

  it('K3: orders only outside the month leave the figures\' amount standing', () => {
    const r = run([person('张三')], [figures('张三', 10, 5, 500000)], [order('张三', 100000, { daySerial: oct(1) - 1 })]).byName.get('张三')!;
    expect(r.salesFen).toBe(500000);
  });
});

describe('K4 first place and streak', () => {
  const team = [person('张三'), person('李四'), person('王五'), person('赵六')];
  const sales = [figures('张三', 10, 5, 500000), figures('李四', 10, 5, 500000), figures('王五', 10, 5, 100000), figures('赵六', 10, 0, 0)];

  it('K4: ties share first place; the next rank skips; nobody with no sales is ranked', () => {
    const out = run(team, sales);
    expect(['张三', '李四', '王五', '赵六'].map((n) => out.byName.get(n)!.rank)).toEqual([1, 1, 3, null]);
    expect(out.byName.get('张三')!.awardFen).toBe(5000);
    expect(out.byName.get('李四')!.awardFen).toBe(5000);
    expect(out.byName.get('王五')!.awardFen).toBe(0);
    expect(out.byName.get('王五')!.firstStreak).toBe(0);
    expect(out.ledger.filter((e) => e.rule === 'K4').map((e) => [e.name, e.amountFen])).toEqual([['张三', 5000], ['李四', 5000]]);
  });

  it('K4: nobody with no sales is first, even when nobody sold anything', () => {
    const out = run([person('张三'), person('李四')], [figures('张三', 5, 0, 0)]);
    expect(out.byName.get('张三')!.rank).toBeNull();
    expect(out.byName.get('李四')!.rank).toBeNull();
    expect(out.ledger).toEqual([]);
  });

  it('K4: ranks are within each group; no group column is one team-wide group', () => {
    const out = run([person('张三', { group: 'A' }), person('李四', { group: 'A' }), person('王五', { group: 'B' })],
      [figures('张三', 1, 1, 900), figures('李四', 1, 1, 500), figures('王五', 1, 1, 100)]);
    expect(['张三', '李四', '王五'].map((n) => out.byName.get(n)!.rank)).toEqual([1, 2, 1]);
  });

  it.each([
    ['no history', [], 1, 5000],
    ['first in September (streak 1)', [firstIn('2026-09', '张三', 1)], 2, 10000],
    ['first in August and September', [firstIn('2026-08', '张三', 1), firstIn('2026-09', '张三', 2)], 3, 20000],
    ['first in September (streak 3)', [firstIn('2026-09', '张三', 3)], 4, 20000],
  ])('K4: %s → firstStreak %i, award %i fen (50/100/200/200 yuan)', (_label, history, streak, awardFen) => {
    const r = run([person('张三')], [figures('张三', 10, 8, 100000)], [], history).byName.get('张三')!;
    expect(r.firstStreak).toBe(streak);
    expect(r.awardFen).toBe(awardFen);
  });

  it('K4: a gap month resets the streak (first in August, not in September)', () => {
    const gap = [firstIn('2026-08', '张三', 5)];
    expect(run([person('张三')], [figures('张三', 10, 8, 100000)], [], gap).byName.get('张三')!.firstStreak).toBe(1);
    const second = [firstIn('2026-08', '张三', 5), firstIn('2026-09', '张三', 0, 2)];
    expect(run([person('张三')], [figures('张三', 10, 8, 100000)], [], second).byName.get('张三')!.awardFen).toBe(5000);
  });

  it('K4: the previous calendar month across a year end (December before January)', () => {
    const r = run([person('张三')], [figures('张三', 10, 8, 100000, null)], [], [firstIn('2025-12', '张三', 2)], '2026-01').byName.get('张三')!;
    expect(r.firstStreak).toBe(3);
  });
});

describe('messages', () => {
  it('every commission problem and note code has a zh and en message', () => {
    const out = run([person('张三'), person('李四')], [
      figures('张三', 100, 80, 100000), figures('张三', 5, 4, 100, oct(2)), figures('李四', 10, null, 100), figures('李四', 1, 20, 100),
    ], [order('张三', 100, { remarked: false }), order('张三', 100, { status: '退款' })]);
    const codes = [...out.problems.map((p) => p.code), ...out.ledger.map((e) => e.note.code)];
    expect(new Set(codes).size).toBeGreaterThanOrEqual(6);
    for (const code of codes) {
      expect(commissionMessages[code]?.zh).toBeTruthy();
      expect(commissionMessages[code]?.en).toBeTruthy();
    }
    // Every template's placeholders are filled by the params the engine gives.
    const filled = [...out.problems.map((p) => [p.code, p.params] as const), ...out.ledger.map((e) => [e.note.code, e.note.params] as const)];
    for (const [code, params] of filled) for (const lang of ['zh', 'en'] as const) expect(message(code, params, lang)).not.toMatch(/\{\w+\}/);
  });
});
