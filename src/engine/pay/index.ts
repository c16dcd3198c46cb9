/**
 * Pay 薪资 (POLICY.md §2, 篇七): P1 base, P2 meal, P3 logistics share with its floor, and the month's
 * pay; P4–P6 business targets live in ./targets. An action (withhold pay, dismissal) never changes
 * a figure here: it is a flag for the supervisor.
 */
import { applyRateBp, fen, fenToYuan, zeroFen, type Fen } from '../money';
import type { CommissionResult, Person } from '../model';
import type { PayParams, Policy } from '../policy/types';
import { problem, type Problem } from '../result';

export { checkBusinessTargets } from './targets';

/** P3: a 岗位 containing one of the logistics words (物流). */
export function isLogistics(person: Person, params: PayParams): boolean {
  const role = person.role ?? '';
  return params.logisticsRoleWords.some((word) => word !== '' && role.includes(word));
}

/**
 * P3: no base; logisticsRateBp of the express revenue, topped up to the floor for the level
 * (new 1800, senior 2500). A missing level is taken as new (the lower floor) and said.
 * @example senior, revenue 40000.00 yuan → 8 % = 3200.00 (above 2500); new, revenue 10000.00 → 800 → 1800
 */
export function logisticsPay(person: Person, params: PayParams): { payFen: Fen; problems: Problem[] } {
  const problems: Problem[] = [];
  const cell = person.source ?? undefined;
  const floorFen = person.level === 'senior' ? params.logisticsFloorSeniorFen : params.logisticsFloorNewFen;
  const floor = fenToYuan(floorFen);
  if (person.level === null) problems.push(problem('warning', 'pay.logisticsLevelAssumedNew', { name: person.name, floor }, cell));
  if (person.expressRevenueFen === null) problems.push(problem('warning', 'pay.noExpressRevenue', { name: person.name, floor }, cell));
  if (person.baseFen !== null && person.baseFen > 0) {
    problems.push(problem('info', 'pay.logisticsBaseIgnored', { name: person.name, base: fenToYuan(person.baseFen) }, cell));
  }
  const shareFen = applyRateBp(person.expressRevenueFen ?? zeroFen, params.logisticsRateBp);
  return { payFen: fen(Math.max(shareFen, floorFen)), problems };
}

/**
 * Pay = base + meal + commission (K2) + award (K4) − fines (when policy.pay.deductFines).
 * For logistics staff (P3) `baseFen` is their guaranteed share, which stands where the base would.
 * @example base 3000, meal 300, commission 228.46, award 100, fines 80 → pay 3548.46 yuan (354846 fen)
 */
export function computePay(args: {
  person: Person; commission: CommissionResult; finesFen: Fen; policy: Policy;
}): { baseFen: Fen; mealFen: Fen; payFen: Fen; problems: Problem[] } {
  const { person, commission, policy } = args;
  const params = policy.pay;
  const problems: Problem[] = [];
  let baseFen: Fen;
  if (isLogistics(person, params)) {
    const logistics = logisticsPay(person, params);
    baseFen = logistics.payFen;
    problems.push(...logistics.problems);
  } else {
    // P1: a blank base is not silently a zero: the supervisor is told where to fill it in.
    if (person.baseFen === null) problems.push(problem('warning', 'pay.noBase', { name: person.name }, person.source ?? undefined));
    baseFen = person.baseFen ?? zeroFen;
  }
  const mealFen = params.mealFen;
  const deductedFen = params.deductFines ? args.finesFen : 0;
  const payFen = fen(baseFen + mealFen + commission.commissionFen + commission.awardFen - deductedFen);
  if (payFen < 0) problems.push(problem('warning', 'pay.negative', { name: person.name, pay: fenToYuan(payFen) }, person.source ?? undefined));
  return { baseFen, mealFen, payFen, problems };
}
