/** fast-check generators for variations of the 电商客服 preset, as a supervisor might edit it. */
import fc from 'fast-check';
import { fen, type Fen } from '../../../src/engine/money';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import type { ActionId, IncidentRule, Ladder, LateBand, Policy, ShiftDef, Tier } from '../../../src/engine/policy/types';

const half = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2 + 0);
const fenArb = (max = 10_000_000): fc.Arbitrary<Fen> => fc.integer({ min: 0, max }).map(fen);
const word = fc.string({ unit: fc.constantFrom('退', '款', '关', '闭', '物', '流', '千', '牛', 'a', 'B', '1'), minLength: 1, maxLength: 4 });
const words = fc.array(word, { maxLength: 5 });
const action: fc.Arbitrary<ActionId> = fc.constantFrom('warning', 'demerit', 'withhold-pay', 'dismissal');

const ladder: fc.Arbitrary<Ladder> = fc.record({
  steps: fc.array(fc.record({ points: half(-2, 5), fineFen: fenArb(100_000), action: fc.option(action, { nil: null }) }), { minLength: 1, maxLength: 5 }),
  beyond: fc.constantFrom('repeat-last', 'double'),
});

const tiers: fc.Arbitrary<Tier[]> = fc.array(fc.record({ step: fc.integer({ min: 1, max: 4 }), rise: half(0, 5) }), { maxLength: 3 })
  .map((parts) => {
    let atLeast = 0;
    let points = 0;
    return parts.map(({ step, rise }) => ({ atLeast: (atLeast += step), points: (points += rise) }));
  });

const lateBands: fc.Arbitrary<LateBand[]> = fc.tuple(
  fc.array(fc.record({ length: fc.integer({ min: 1, max: 60 }), rule: fc.constantFrom('A1', 'A2', 'B1', 'B3'), points: half(0, 10), fineFen: fenArb(10_000), countsAsAbsence: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  fc.boolean(),
).map(([parts, openEnd]) => {
  let from = 1;
  return parts.map(({ length, ...rest }, i) => {
    const band: LateBand = { fromMinutes: from, toMinutes: openEnd && i === parts.length - 1 ? null : from + length - 1, ...rest };
    from += length;
    return band;
  });
});

const shifts: fc.Arbitrary<ShiftDef[]> = fc.uniqueArray(
  fc.record({
    code: fc.constantFrom('早班', '晚班', '白班', '中班', '夜班', 'E1', 'Day'),
    aliases: fc.uniqueArray(fc.constantFrom('早', '晚', 'E', 'L', '夜'), { maxLength: 3 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
  }).map(({ length, ...s }) => ({ ...s, endMinute: s.startMinute + length })),
  { minLength: 1, maxLength: 4, selector: (s) => s.code },
);

function withRules(policy: Policy, edits: Record<string, IncidentRule>): Policy {
  return { ...policy, incidentRules: { ...policy.incidentRules, ...edits } };
}

/** A variation of the preset touching every kind of value the sheet can carry. */
export const policyVariation: fc.Arbitrary<Policy> = fc.record({
  score: fc.record({ base: fc.integer({ min: 1, max: 100 }), floor: half(-5, 5), warningAtOrBelow: half(0, 10), penaltyAtOrBelow: half(0, 10), severeAtOrBelow: half(0, 10), severeMonths: fc.integer({ min: 1, max: 12 }) }),
  grace: fc.integer({ min: 0, max: 15 }), lateBands, absencePoints: half(0, 10), leaveAllowance: fc.integer({ min: 0, max: 10 }),
  booleans: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  absenceLimit: fc.option(fc.record({ count: fc.integer({ min: 1, max: 9 }), rule: fc.constantFrom('B4', 'A2'), action }), { nil: null }),
  shifts, restCodes: words, maxRestDays: fc.integer({ min: 0, max: 31 }),
  q2Tiers: tiers, q3PerCount: half(0, 3), q4: fc.tuple(half(0, 3), half(0, 3), half(0, 3)), f2: ladder, f1b: ladder,
  typeWords: words, newType: fc.option(words, { nil: undefined }), complaint: fc.constantFrom('F1', 'F1b'),
  rates: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }), statusWords: words,
  awards: fc.array(fenArb(1_000_000), { maxLength: 4 }), money: fc.array(fenArb(), { minLength: 3, maxLength: 3 }),
  business: fc.array(fc.option(fenArb(), { nil: null }), { minLength: 4, maxLength: 4 }),
}).map((v) => {
  const p = ecommercePreset;
  const [b0, b1, b2, b3, b4, b5] = v.booleans as [boolean, boolean, boolean, boolean, boolean, boolean];
  const [r0, r1, r2, r3] = v.rates as [number, number, number, number];
  const [m0, m1, m2] = v.money as [Fen, Fen, Fen];
  const [c0, c1, c2, c3] = v.business as [Fen | null, Fen | null, Fen | null, Fen | null];
  const sorted = [...v.q4].sort((a, b) => a - b) as [number, number, number];
  let policy: Policy = {
    ...p,
    score: v.score,
    attendance: { ...p.attendance, graceMinutes: v.grace, lateBands: v.lateBands, absencePoints: v.absencePoints, leaveAllowance: v.leaveAllowance, missingPunchUsesLeave: b0, unapprovedLeaveIsAbsenteeism: b1, absenceLimit: v.absenceLimit },
    rota: { ...p.rota, shifts: v.shifts, restCodes: v.restCodes, maxRestDays: v.maxRestDays },
    incidentTypes: [...p.incidentTypes.map((m) => (m.rules.join() === 'F4' ? { ...m, words: v.typeWords } : m)), ...(v.newType ? [{ words: v.newType, rules: ['Q2', 'F1'] }] : [])],
    complaintFineRule: v.complaint,
    commission: { thresholdBp: r0, lowRateBp: r1, highRateBp: r2, requireRemark: b2, excludedStatusWords: v.statusWords, awardsFen: v.awards },
    pay: { ...p.pay, mealFen: m0, deductFines: b3, logisticsRateBp: r3, logisticsFloorNewFen: m1, logisticsFloorSeniorFen: m2 },
    business: { productCostFen: c0, promotionFen: c1, otherCostsFen: c2, noTargetCommissionFen: c3 },
  };
  policy = withRules(policy, {
    Q1: { kind: 'count-tier', perCount: 0, tiers: [{ atLeast: 3, points: 5 }], excusedByReason: b4 },
    Q2: { kind: 'count-tier', perCount: 0, tiers: v.q2Tiers, excusedByReason: b5 },
    Q3: { kind: 'count-tier', perCount: v.q3PerCount, tiers: [{ atLeast: 3, points: 5 }, { atLeast: 5, points: 10 }], excusedByReason: false },
    Q4: { kind: 'row-points', defaultPoints: sorted[1], minPoints: sorted[0], maxPoints: sorted[2] },
    F2: { kind: 'ladder', ladder: v.f2 },
    F1b: { kind: 'ladder', ladder: v.f1b },
  });
  return policy;
});
