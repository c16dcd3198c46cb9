import { checkBusinessTargets, computePay } from '../../../src/engine/pay';
import { fen } from '../../../src/engine/money';
import type { CommissionResult, Person, PersonResult } from '../../../src/engine/model';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import type { BusinessParams, Policy } from '../../../src/engine/policy/types';
import { message } from '../../../src/messages';
import { commissionMessages } from '../../../src/messages/commission';
import { person } from '../commission/fixtures';

const commission = (commissionFen: number, awardFen = 0, salesFen = 0): CommissionResult => ({
  inquiries: null, buyers: null, conversion: null, salesFen: fen(salesFen), excludedOrders: 0, rateBp: 150,
  commissionFen: fen(commissionFen), rank: null, firstStreak: 0, awardFen: fen(awardFen),
});
const noSales = commission(0);
const pay = (p: Person, c: CommissionResult = noSales, finesFen = 0, policy: Policy = ecommercePreset) =>
  computePay({ person: p, commission: c, finesFen: fen(finesFen), policy });

describe('P1–P3 pay', () => {
  it('P1/P2: pay = base + meal 300 + commission + award − fines (228.46 + 100 − 80)', () => {
    const out = pay(person('张三', { baseFen: fen(500000) }), commission(22846, 10000), 8000);
    expect(out).toEqual({ baseFen: 500000, mealFen: 30000, payFen: 554846, problems: [] });
  });

  it('P1: fines are not deducted when the switch is off', () => {
    const policy: Policy = { ...ecommercePreset, pay: { ...ecommercePreset.pay, deductFines: false } };
    expect(pay(person('张三', { baseFen: fen(150000) }), noSales, 8000, policy).payFen).toBe(180000);
  });

  it('P1: a missing base is a warning at the person\'s cell, and the base is 0', () => {
    const p = person('张三', { baseFen: null, source: { sheet: '员工', row: 4, col: 5 } });
    const out = pay(p);
    expect(out.baseFen).toBe(0);
    expect(out.payFen).toBe(30000);
    expect(out.problems).toEqual([{ severity: 'warning', code: 'pay.noBase', params: { name: '张三' }, cell: { sheet: '员工', row: 4, col: 5 } }]);
  });

  it('P3: logistics new staff: 8 % of 10000 yuan is 800, topped up to 1800', () => {
    const p = person('小刘', { role: '物流专员', level: 'new', baseFen: null, expressRevenueFen: fen(1000000) });
    const out = pay(p);
    expect(out.baseFen).toBe(180000);
    expect(out.payFen).toBe(210000);
    expect(out.problems).toEqual([]);
  });

  it('P3: logistics senior staff: 8 % of 20000 yuan is 1600, topped up to 2500', () => {
    const p = person('老王', { role: '物流', level: 'senior', baseFen: null, expressRevenueFen: fen(2000000) });
    expect(pay(p).baseFen).toBe(250000);
  });

  it('P3: above the floor the share is paid as it is: 8 % of 40000.50 yuan is 3200.04', () => {
    const p = person('老王', { role: '物流', level: 'senior', baseFen: null, expressRevenueFen: fen(4000050) });
    expect(pay(p).baseFen).toBe(320004);
  });

  it('P3: no level → the new-staff floor 1800, and the supervisor is told; a typed base is not used', () => {
    const p = person('小刘', { role: '物流', level: null, baseFen: fen(300000), expressRevenueFen: fen(0) });
    const out = pay(p);
    expect(out.baseFen).toBe(180000);
    expect(out.problems.map((x) => x.code)).toEqual(['pay.logisticsLevelAssumedNew', 'pay.logisticsBaseIgnored']);
  });

  it('P3: actions never change a figure; fines above the pay give a negative pay and a warning', () => {
    const out = pay(person('张三', { baseFen: fen(0) }), noSales, 50000);
    expect(out.payFen).toBe(-20000);
    expect(out.problems.map((x) => x.code)).toEqual(['pay.negative']);
  });
});

function result(name: string, baseFen: number, c: CommissionResult): PersonResult {
  return {
    name, group: null, baseScore: 10, points: {}, deducted: 0, score: 10, verdict: 'ok', commission: c,
    finesFen: fen(0), baseFen: fen(baseFen), mealFen: fen(30000), payFen: fen(0), actions: [],
  };
}

const withBusiness = (b: Partial<BusinessParams>): Policy => ({
  ...ecommercePreset,
  business: { productCostFen: null, promotionFen: null, otherCostsFen: null, noTargetCommissionFen: null, ...b },
});

describe('P4–P6 business targets', () => {
  // Sales 100000 + 50000 yuan, commission 1500 + 500 yuan, base 3000 + 2000 yuan.
  const people = [result('张三', 300000, commission(150000, 0, 10000000)), result('李四', 200000, commission(50000, 0, 5000000))];

  it('P4–P6: nothing without business figures (the preset has none)', () => {
    expect(checkBusinessTargets({ people, policy: ecommercePreset })).toEqual({ ledger: [], problems: [] });
    const { business: _omit, ...bare } = ecommercePreset;
    expect(checkBusinessTargets({ people, policy: bare })).toEqual({ ledger: [], problems: [] });
  });

  it('P4: gross = 150000 − 2000 commission − 100000 cost = 48000; P5 and P6 met', () => {
    const out = checkBusinessTargets({ people, policy: withBusiness({ productCostFen: fen(10000000), promotionFen: fen(480000), otherCostsFen: fen(2800000) }) });
    expect(out.problems).toEqual([]);
    expect(out.ledger.map((e) => [e.name, e.rule, e.note.code])).toEqual([
      ['', 'P4', 'pay.note.grossProfit'], ['', 'P5', 'pay.note.totalTarget.met'], ['', 'P6', 'pay.note.unitTarget.met'],
    ]);
    expect(out.ledger[0]!.note.params).toMatchObject({ gross: 48000, sales: 150000, commission: 2000, cost: 100000 });
    // P5: net = 48000 − 4800 − 28000 = 15200 ≥ 3 × 5000; P6: 48000 ÷ 10 = 4800 ≥ 4800 (equal is met).
    expect(out.ledger[1]!.note.params).toMatchObject({ net: 15200, baseTotal: 5000 });
  });

  it('P5/P6: missed targets are warnings; a typed no-target commission replaces the K2 total', () => {
    const out = checkBusinessTargets({ people, policy: withBusiness({ productCostFen: fen(10000000), promotionFen: fen(480100), otherCostsFen: fen(2900000), noTargetCommissionFen: fen(200000) }) });
    expect(out.ledger[0]!.note.params).toMatchObject({ gross: 48000 });
    // net = 48000 − 4801 − 29000 = 14199 < 15000; 4800 < 4801.
    expect(out.problems.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'pay.business.totalTargetMissed'], ['warning', 'pay.business.unitTargetMissed'],
    ]);
  });

  it('P4: business figures without a product cost cannot be checked, and the team is told', () => {
    const out = checkBusinessTargets({ people, policy: withBusiness({ promotionFen: fen(100) }) });
    expect(out.ledger).toEqual([]);
    expect(out.problems.map((p) => p.code)).toEqual(['pay.business.noProductCost']);
  });

  it('every pay message is filled by the params the engine gives', () => {
    const logistics = pay(person('小刘', { role: '物流', level: null, baseFen: fen(100), expressRevenueFen: null }), noSales, 900000);
    const targets = checkBusinessTargets({ people, policy: withBusiness({ productCostFen: fen(99999999), promotionFen: fen(1), otherCostsFen: null }) });
    const met = checkBusinessTargets({ people, policy: withBusiness({ productCostFen: fen(0), promotionFen: fen(0) }) });
    const filled = [...logistics.problems, ...pay(person('张三', { baseFen: null })).problems, ...targets.problems, ...checkBusinessTargets({ people, policy: withBusiness({ promotionFen: fen(1) }) }).problems]
      .map((p) => [p.code, p.params] as const)
      .concat([...targets.ledger, ...met.ledger].map((e) => [e.note.code, e.note.params] as const));
    expect(new Set(filled.map(([code]) => code)).size).toBe(14);
    for (const [code, params] of filled) for (const lang of ['zh', 'en'] as const) expect(message(code, params, lang)).not.toMatch(/\{\w+\}/);
  });

  it('every pay code has a zh and en message', () => {
    for (const code of ['pay.noBase', 'pay.logisticsLevelAssumedNew', 'pay.noExpressRevenue', 'pay.logisticsBaseIgnored', 'pay.negative',
      'pay.business.noProductCost', 'pay.business.grossNegative', 'pay.business.totalTargetMissed', 'pay.business.unitTargetMissed',
      'pay.note.grossProfit', 'pay.note.totalTarget.met', 'pay.note.totalTarget.missed', 'pay.note.unitTarget.met', 'pay.note.unitTarget.missed']) {
      expect(commissionMessages[code]?.zh).toBeTruthy();
      expect(commissionMessages[code]?.en).toBeTruthy();
    }
  });
});
