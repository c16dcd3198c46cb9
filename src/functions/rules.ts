/**
 * The one-rule custom functions (CS.LATE, CONVERSION, COMMISSION, AWARD, FINE, PAY, LOGISTICSPAY,
 * VERDICT): each a thin wrapper over the engine's own interpreter for that rule, under the default
 * policy (电商客服), so a cell and the month close cannot disagree.
 */
import { clockInOnShift, lateMinutesOf } from '../engine/attendance';
import { awardFor, conversionOf } from '../engine/commission';
import type { HistoryRecord, Level, Person } from '../engine/model';
import { applyRateBp, bpPerWhole, fen, fenToYuan, type Fen } from '../engine/money';
import { logisticsPay } from '../engine/pay';
import { ecommercePreset, ladderStep, lateBandFor, type Policy, type ShiftDef } from '../engine/policy';
import { rulesForType } from '../engine/incidents';
import { verdictFor } from '../engine/scorecard';
import { minutesInDay, previousMonth } from '../engine/time';
import { message } from '../messages';
import { levelOf as staffLevelOf } from '../sheets/staff';
import { functionError } from './errors';

/** The policy the one-rule functions apply; POLICY.md §2 defaults. */
export const functionPolicy: Policy = ecommercePreset;

/**
 * A1/A2: points of one arrival; 0 on time. A shift whose end is before its start ends the next day.
 * @example latePoints(8 * 60 + 30, 8 * 60) === 0.5; latePoints(8 * 60 + 31, 8 * 60) === 2
 */
export function latePoints(inMinute: number, startMinute: number, endMinute: number | null, policy = functionPolicy): number {
  const end = endMinute === null ? startMinute : endMinute <= startMinute ? endMinute + minutesInDay : endMinute;
  const shift: ShiftDef = { code: '', aliases: [], startMinute, endMinute: end };
  const late = lateMinutesOf(clockInOnShift(inMinute, shift), shift, policy.attendance.graceMinutes);
  return late <= 0 ? 0 : lateBandFor(policy.attendance.lateBands, late)?.points ?? 0;
}

/** K1: buyers ÷ inquiries, '' (blank) with no inquiries; more buyers than inquiries is an error. */
export function conversion(buyers: number, inquiries: number): number | '' {
  if (buyers > inquiries && inquiries > 0) throw functionError('functions.buyersOverInquiries', { buyers, inquiries });
  return conversionOf(buyers, inquiries) ?? '';
}

/**
 * K2: 1 % of sales below 70 % conversion, 1.5 % at or above; a blank conversion takes the lower rate (K1).
 * @example commission(fen(1523050), 0.75) === 228.46
 */
export function commission(salesFen: Fen, conversionRatio: number | null, policy = functionPolicy): number {
  const params = policy.commission;
  if (conversionRatio !== null && (conversionRatio < 0 || conversionRatio > 1)) {
    throw functionError('functions.conversionOutOfRange', { value: conversionRatio });
  }
  // 0.7 × 10000 is 7000 in doubles, but 139/199 style ratios need the tolerance to stay on their side.
  const atOrAbove = conversionRatio !== null && conversionRatio * bpPerWhole >= params.thresholdBp - 1e-7;
  return fenToYuan(applyRateBp(salesFen, atOrAbove ? params.highRateBp : params.lowRateBp));
}

/** K4: the award for a streak of first places (1 → 50, 2 → 100, 3+ → 200); 0 for none. */
export function award(consecutiveFirsts: number, policy = functionPolicy): number {
  return fenToYuan(awardFor(consecutiveFirsts, policy.commission.awardsFen));
}

/**
 * F1–F8: the nth incident of a type in a month costs this many yuan, or is an action to take.
 * `type` is a rule id (F2) or incident type words (交接未录入).
 * @example fine('交接未录入', 2) === 50; fine('F2', 4) === '扣发当月工资'
 */
export function fine(type: string, nth: number, policy = functionPolicy): number | string {
  const direct = policy.incidentRules[type.toUpperCase()] ? [type.toUpperCase()] : [];
  const rules = direct.length > 0 ? direct : rulesForType(type, policy);
  const ladderRule = rules.map((id) => policy.incidentRules[id]).find((rule) => rule?.kind === 'ladder');
  if (!ladderRule || ladderRule.kind !== 'ladder') throw functionError('functions.noFineForType', { type });
  const step = ladderStep(ladderRule.ladder, nth);
  return step.action ? message(`report.action.${step.action}`, {}, 'zh') : fenToYuan(step.fineFen);
}

/** Pay = base + meal + commission + award − fines (POLICY.md Pay; fines deducted per the policy switch). */
export function pay(baseFen: Fen, commissionFen: Fen, awardFen: Fen, finesFen: Fen, policy = functionPolicy): number {
  const deducted = policy.pay.deductFines ? finesFen : 0;
  return fenToYuan(fen(baseFen + policy.pay.mealFen + commissionFen + awardFen - deducted));
}

/** Level words exactly as the staff reader takes them (新员工/老员工/new/senior); blank is none. */
export function levelOf(text: string | null): Level | null {
  if (text === null || text.trim() === '') return null;
  const level = staffLevelOf(text);
  if (level === null) throw functionError('functions.badLevel', { value: text });
  return level;
}

/** P3: 8 % of express revenue, topped up to 1800 (new, or level blank) / 2500 (senior). */
export function logisticsPayYuan(revenueFen: Fen, level: Level | null, policy = functionPolicy): number {
  const person: Person = { name: '', aliases: [], id: null, role: '物流', level: level ?? 'new', baseFen: null,
    group: null, expressRevenueFen: revenueFen, source: null };
  return fenToYuan(logisticsPay(person, policy.pay).payFen);
}

/**
 * V1: the verdict of a score, with the scores of the months just before (oldest first; a blank
 * month breaks a streak). Returns the Chinese word the 计分表 shows.
 * @example verdictWord(4.5, [4, 3]) === '严厉处罚'
 */
export function verdictOf(score: number, previousScores: readonly (number | null)[], policy = functionPolicy): string {
  const month = '2000-01';
  const history: HistoryRecord[] = [];
  let before = month;
  for (let i = previousScores.length - 1; i >= 0; i--) {
    before = previousMonth(before);
    const previous = previousScores[i];
    if (previous !== null && previous !== undefined) {
      history.push({ month: before, name: '', score: previous, verdict: 'ok', salesRank: null, firstStreak: 0, preset: policy.preset });
    }
  }
  const verdict = verdictFor(score, { name: '', month, history, policy });
  return message(`report.verdict.${verdict}`, {}, 'zh');
}
