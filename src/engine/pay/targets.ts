/**
 * P4–P6 (篇七 七): gross profit and the two targets, checked only when the team typed its month
 * figures in the policy sheet (policy.business). They are flags: ledger rows with no name, and a
 * warning when a target is missed.
 */
import { fenToYuan, roundHalfUp, sumFen, type Fen } from '../money';
import type { LedgerEntry, PersonResult } from '../model';
import type { BusinessParams, Policy } from '../policy/types';
import { problem, type Problem } from '../result';

function teamEntry(rule: 'P4' | 'P5' | 'P6', code: string, params: Record<string, string | number>): LedgerEntry {
  return { daySerial: null, name: '', rule, points: 0, amountFen: null, action: null, source: null, note: { code, params } };
}

const yuanOf = (amount: number): number => fenToYuan(amount as Fen);

function typedAnything(b: BusinessParams): boolean {
  return b.productCostFen !== null || b.promotionFen !== null || b.otherCostsFen !== null || b.noTargetCommissionFen !== null;
}

/**
 * P4 gross = sales − no-target commission − product cost. P5 net = gross − promotion − other costs;
 * net ÷ 3 must be ≥ the sum of base pay. P6 gross ÷ 10 must be ≥ promotion spend. Compared as
 * net ≥ 3 × base and gross ≥ 10 × promotion, on integers.
 * @example sales 100000, commission 1000, cost 40000 → gross 59000; promotion 5000 → 5900 ≥ 5000, met
 */
export function checkBusinessTargets(args: { people: readonly PersonResult[]; policy: Policy }): { ledger: LedgerEntry[]; problems: Problem[] } {
  const b = args.policy.business;
  if (!b || !typedAnything(b)) return { ledger: [], problems: [] };
  if (b.productCostFen === null) return { ledger: [], problems: [problem('info', 'pay.business.noProductCost')] };
  const salesFen = sumFen(args.people.map((p) => p.commission.salesFen));
  const commissionFen = b.noTargetCommissionFen ?? sumFen(args.people.map((p) => p.commission.commissionFen));
  const gross = salesFen - commissionFen - b.productCostFen;
  const ledger: LedgerEntry[] = [teamEntry('P4', 'pay.note.grossProfit', {
    gross: yuanOf(gross), sales: yuanOf(salesFen), commission: yuanOf(commissionFen), cost: yuanOf(b.productCostFen),
  })];
  const problems: Problem[] = [];
  if (gross < 0) problems.push(problem('warning', 'pay.business.grossNegative', { gross: yuanOf(gross) }));

  const net = gross - (b.promotionFen ?? 0) - (b.otherCostsFen ?? 0);
  const baseTotal = sumFen(args.people.map((p) => p.baseFen));
  const totalParams = { net: yuanOf(net), third: yuanOf(roundHalfUp(net, 3)), baseTotal: yuanOf(baseTotal) };
  const totalMet = net >= 3 * baseTotal;
  ledger.push(teamEntry('P5', totalMet ? 'pay.note.totalTarget.met' : 'pay.note.totalTarget.missed', totalParams));
  if (!totalMet) problems.push(problem('warning', 'pay.business.totalTargetMissed', totalParams));

  if (b.promotionFen !== null) {
    const unitParams = { gross: yuanOf(gross), tenth: yuanOf(roundHalfUp(gross, 10)), promotion: yuanOf(b.promotionFen) };
    const unitMet = gross >= 10 * b.promotionFen;
    ledger.push(teamEntry('P6', unitMet ? 'pay.note.unitTarget.met' : 'pay.note.unitTarget.missed', unitParams));
    if (!unitMet) problems.push(problem('warning', 'pay.business.unitTargetMissed', unitParams));
  }
  return { ledger, problems };
}
