/**
 * Preset 物业客服 (POLICY.md §3, from 篇九 and 篇十三): a property-management front desk scored out
 * of 100. The same policy model and interpreters as 电商客服 — late bands (B1–B3), the absence limit
 * (B4), row points (B5, B6, B9, B10) and ladders (B7, B8) — only the data differs. Every number and
 * word is a default the workbook's 制度参数 sheet may override.
 *
 * Decisions where POLICY.md §3 is silent (each a field below, so a team can change it):
 * - B2 "5–10 min": 5 minutes is still B1, 6–10 is B2, 11 and more is B3 (whole minutes).
 * - B3 "absence": 10 points and 40 yuan, the 40 yuan being a fine (it goes to the fines sheet); a
 *   rostered day with no punch, or leave not approved beforehand, is an absence too (B3, 10 points,
 *   no money: 篇十三 deducts the day's wage, which is the payroll's business). Every absence counts
 *   towards B4.
 * - B7: the 3rd call is the step "warning + 10" (replacing the 5, not on top of it); the 4th is an
 *   ordinary call again (5); the 5th is the dismissal flag with no points; later calls repeat it.
 * - B8: 1, 1, then 3rd "warning + 1–3" and 4th "demerit + 3–5": the lower bound unless the row's own
 *   扣分 lies within the range; the 5th is the dismissal flag; chat and reading share one count.
 * - B5 1 per item (a row may say 2 or 3 when several items were missing); B6 1, serious 3–5 by
 *   the row's 扣分; B9 5–10 (default 5); B10 praise −5…−10 (default −5; a positive 扣分 on a
 *   praise row is read as the size of the praise).
 * - The score has no ceiling: praise may lift it above 100. It never goes below 0.
 * - V1 on a 100-point scale, scaled from §2 (5 and 2 of 10): warning ≤ 50, penalty ≤ 20, severe
 *   ≤ 50 three months running.
 * - B11: a clock-in less than 10 minutes before the shift start (and not late) is flagged, 0 points.
 * - No leave limit in 篇九/十三 (allowance 31); a forgotten punch is flagged (A6) and uses nothing.
 * - Shifts, rest days, commission and pay as in §2 (a desk with no sales sheet earns none).
 */
import { fen } from '../money';
import { ecommercePreset } from './ecommerce';
import type { LadderStep, Policy } from './types';

const points = (value: number, action: LadderStep['action'] = null, maxPoints?: number): LadderStep =>
  maxPoints === undefined ? { points: value, fineFen: fen(0), action } : { points: value, fineFen: fen(0), action, maxPoints };
const dismissal = points(0, 'dismissal');

export const propertyPreset: Policy = {
  ...ecommercePreset,
  preset: '物业客服',
  score: { base: 100, floor: 0, warningAtOrBelow: 50, penaltyAtOrBelow: 20, severeAtOrBelow: 50, severeMonths: 3, ceiling: null },
  attendance: {
    ...ecommercePreset.attendance,
    graceMinutes: 0,
    lateBands: [
      { fromMinutes: 1, toMinutes: 5, rule: 'B1', points: 1, fineFen: fen(0), countsAsAbsence: false },
      { fromMinutes: 6, toMinutes: 10, rule: 'B2', points: 5, fineFen: fen(0), countsAsAbsence: false },
      // B3: over 10 minutes is an absence: 10 points, 40 yuan, and one towards B4.
      { fromMinutes: 11, toMinutes: null, rule: 'B3', points: 10, fineFen: fen(4000), countsAsAbsence: true },
    ],
    absencePoints: 10,
    absenteeismRule: 'B3',
    absenteeismPoints: 10,
    leaveAllowance: 31,
    missingPunchUsesLeave: false,
    absenceLimit: { count: 3, rule: 'B4', action: 'dismissal' },
    earlyArrival: { rule: 'B11', minutesBefore: 10 },
  },
  rota: {
    ...ecommercePreset.rota,
    // Front desks often run a night shift; 20:00–08:00 ends on the next morning.
    shifts: [...ecommercePreset.rota.shifts,
      { code: '夜班', aliases: ['夜', 'Night', 'N'], startMinute: 20 * 60, endMinute: 32 * 60 }],
  },
  incidentRules: {
    B5: { kind: 'row-points', defaultPoints: 1, minPoints: 1, maxPoints: 3 },
    B6: { kind: 'row-points', defaultPoints: 1, minPoints: 1, maxPoints: 5 },
    B7: { kind: 'ladder', ladder: { steps: [points(5), points(5), points(10, 'warning'), points(5), dismissal], beyond: 'repeat-last' } },
    B8: { kind: 'ladder', ladder: {
      steps: [points(1), points(1), points(1, 'warning', 3), points(3, 'demerit', 5), dismissal], beyond: 'repeat-last' } },
    B9: { kind: 'row-points', defaultPoints: 5, minPoints: 5, maxPoints: 10 },
    B10: { kind: 'row-points', defaultPoints: -5, minPoints: -10, maxPoints: -5 },
  },
  // Words are matched by "contains": 打私人电话 contains 私人电话, 打瞌睡 contains 瞌睡, 被业主投诉 contains
  // 投诉. A row fires every mapping it matches, so chat is named with its company (与人聊天, 上班聊天):
  // 篇十三's own words for a call are 打电话聊天, which must stay B7 alone.
  incidentTypes: [
    { words: ['制服', '工作服', '工装', '着装', '工牌', '胸卡', '工作证', '领带'], rules: ['B5'] },
    { words: ['睡觉', '瞌睡', '睡岗'], rules: ['B6'] },
    { words: ['私人电话', '打电话', '电话聊天', '私人来电'], rules: ['B7'] },
    { words: ['闲聊', '与人聊天', '与同事聊天', '上班聊天', '看书', '看报', '看杂志'], rules: ['B8'] },
    { words: ['业主投诉', '住户投诉', '投诉'], rules: ['B9'] },
    { words: ['业主表扬', '表扬', '好评'], rules: ['B10'] },
  ],
  // No service-complaint fine ladder here: nothing maps to F1, and the 制度参数 row is left out.
  complaintFineRule: 'F1',
};
