/**
 * Preset 电商客服 (POLICY.md §2, from 篇一, 篇六, 篇十, 篇十二, 篇十五): the default policy.
 * Every number here is a default the workbook's 制度参数 sheet may override.
 */
import { fen } from '../money';
import type { Ladder, LadderStep, Policy } from './types';

const yuan = (amount: number): LadderStep => ({ points: 0, fineFen: fen(amount * 100), action: null });
const withholdPay: LadderStep = { points: 0, fineFen: fen(0), action: 'withhold-pay' };
const dismissal: LadderStep = { points: 0, fineFen: fen(0), action: 'dismissal' };
const each = (amount: number): Ladder => ({ steps: [yuan(amount)], beyond: 'repeat-last' });

export const ecommercePreset: Policy = {
  preset: '电商客服',
  // V1; "58" in the text is read as 5 (POLICY.md decision).
  score: { base: 10, floor: 0, warningAtOrBelow: 5, penaltyAtOrBelow: 2, severeAtOrBelow: 5, severeMonths: 3 },
  attendance: {
    graceMinutes: 0,
    lateBands: [
      { fromMinutes: 1, toMinutes: 30, rule: 'A1', points: 0.5, fineFen: fen(0), countsAsAbsence: false },
      // A2: more than 30 minutes is one absence, valued by A3.
      { fromMinutes: 31, toMinutes: null, rule: 'A2', points: 2, fineFen: fen(0), countsAsAbsence: true },
    ],
    absencePoints: 2,
    absenteeismRule: 'A4',
    absenteeismPoints: 5,
    leaveAllowance: 4,
    leaveBeyondRule: 'A5',
    missingPunchUsesLeave: true,
    missingPunchRule: 'A6',
    unapprovedLeaveIsAbsenteeism: true,
    earlyLeaveRule: 'A7',
    earlyLeavePoints: 0,
    absenceLimit: null,
  },
  rota: {
    shifts: [
      { code: '早班', aliases: ['早', 'Early', 'E'], startMinute: 8 * 60, endMinute: 17 * 60 + 30 },
      { code: '晚班', aliases: ['晚', 'Late', 'L'], startMinute: 16 * 60, endMinute: 25 * 60 },
      { code: '白班', aliases: ['白', 'Day', 'D'], startMinute: 8 * 60 + 30, endMinute: 17 * 60 + 30 },
    ],
    restCodes: ['休', '休息', '调休', 'Off', 'Rest'],
    maxRestDays: 3,
    restRule: 'R1',
  },
  incidentRules: {
    Q1: { kind: 'count-tier', perCount: 0, tiers: [{ atLeast: 3, points: 5 }], excusedByReason: true },
    Q2: { kind: 'count-tier', perCount: 0, tiers: [{ atLeast: 3, points: 5 }, { atLeast: 5, points: 10 }], excusedByReason: false },
    Q3: { kind: 'count-tier', perCount: 1, tiers: [{ atLeast: 3, points: 5 }, { atLeast: 5, points: 10 }], excusedByReason: false },
    Q4: { kind: 'row-points', defaultPoints: 0.5, minPoints: 0.5, maxPoints: 1 },
    A4: { kind: 'absenteeism' },
    F1: { kind: 'ladder', ladder: { steps: [yuan(100), yuan(200), dismissal], beyond: 'repeat-last' } },
    F1b: { kind: 'ladder', ladder: { steps: [yuan(20)], beyond: 'double' } },
    F2: { kind: 'ladder', ladder: { steps: [yuan(30), yuan(50), yuan(80), withholdPay, dismissal], beyond: 'repeat-last' } },
    F3: { kind: 'ladder', ladder: { steps: [yuan(50), yuan(100), yuan(200), withholdPay, dismissal], beyond: 'repeat-last' } },
    F4: { kind: 'ladder', ladder: each(50) },
    F5: { kind: 'ladder', ladder: each(50) },
    F6: { kind: 'ladder', ladder: each(150) },
    F7: { kind: 'ladder', ladder: each(5) },
    F8: { kind: 'ladder', ladder: each(50) },
  },
  incidentTypes: [
    { words: ['千牛未登录', '旺旺未登录', '未在线'], rules: ['Q1'] },
    { words: ['未及时响应', '响应超时', '回复不及时'], rules: ['Q2'] },
    { words: ['服务态度', '态度投诉', '服务投诉', '买家投诉', '客户投诉'], rules: ['Q3', 'F1'] },
    { words: ['未完成当日工作', '工作未完成'], rules: ['Q4'] },
    { words: ['擅离岗位', '私自离岗', '未调班离岗'], rules: ['A4'] },
    { words: ['交接未录入', '未交接'], rules: ['F2'] },
    { words: ['周报未交', '未交周报', '周报不足200字'], rules: ['F3'] },
    { words: ['无关事务', '玩游戏', '看视频', '私聊'], rules: ['F4'] },
    { words: ['卫生未值日', '未打扫'], rules: ['F5'] },
    { words: ['泄露客户信息', '泄密'], rules: ['F6'] },
    { words: ['未催付'], rules: ['F7'] },
    { words: ['投诉超时', '投诉处理超时'], rules: ['F8'] },
  ],
  complaintFineRule: 'F1',
  commission: {
    thresholdBp: 7000,
    lowRateBp: 100,
    highRateBp: 150,
    requireRemark: true,
    excludedStatusWords: ['退款', '关闭'],
    awardsFen: [fen(5000), fen(10000), fen(20000)],
  },
  pay: {
    mealFen: fen(30000),
    deductFines: true,
    logisticsRoleWords: ['物流'],
    logisticsRateBp: 800,
    logisticsFloorNewFen: fen(180000),
    logisticsFloorSeniorFen: fen(250000),
  },
  business: { productCostFen: null, promotionFen: null, otherCostsFen: null, noTargetCommissionFen: null },
};
