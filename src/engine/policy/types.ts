/**
 * The policy model: every number and word of a rule lives here, with a preset as its default, and
 * the workbook's 制度参数 sheet may change any of it. Each kind of table has one interpreter
 * (src/engine/policy/tables.ts): late bands, count tiers, ladders, row points.
 */
import type { Fen } from '../money';

export type PresetId = '电商客服' | '物业客服';

/** A rule id of POLICY.md (A1, Q3, F2, K4, B7 …). */
export type RuleId = string;

/** An action the supervisor must take; it never changes a figure by itself. */
export type ActionId = 'warning' | 'demerit' | 'withhold-pay' | 'dismissal';

/** One step of a ladder: the nth incident of a type in a month costs these points and this money. */
export interface LadderStep {
  readonly points: number;
  readonly fineFen: Fen;
  readonly action: ActionId | null;
  /**
   * B8 (物业客服): the step's points are a range [points, maxPoints]; a row's own 扣分 within it
   * replaces `points` (a value outside is clamped and reported). Absent: the step's points only.
   */
  readonly maxPoints?: number;
}

/**
 * The nth incident of a kind in a month (n from 1) takes steps[n-1]; past the last step,
 * 'repeat-last' keeps the last step and 'double' doubles the last step's money each time (F1b).
 */
export interface Ladder {
  readonly steps: readonly LadderStep[];
  readonly beyond: 'repeat-last' | 'double';
}

/** Count tiers: reaching `atLeast` incidents in the month costs `points` in all. */
export interface Tier {
  readonly atLeast: number;
  readonly points: number;
}

/** Rules fired by rows of the incident log, one interpreter per kind. */
export type IncidentRule =
  /** Q1–Q3: points = max(perCount × count, the highest tier reached); Q1 excused by a reason. */
  | { readonly kind: 'count-tier'; readonly perCount: number; readonly tiers: readonly Tier[]; readonly excusedByReason: boolean }
  /** F1–F8, B7, B8: the nth incident in the month takes the nth step. */
  | { readonly kind: 'ladder'; readonly ladder: Ladder }
  /** Q4, B5, B6, B9, B10: the row's own points within [min, max], or the default (negative = praise). */
  | { readonly kind: 'row-points'; readonly defaultPoints: number; readonly minPoints: number; readonly maxPoints: number }
  /** A4 from the incident log (擅离岗位 …): one absenteeism each. */
  | { readonly kind: 'absenteeism' };

/** Late arrivals: minutes late in [fromMinutes, toMinutes] (toMinutes null = no upper end). */
export interface LateBand {
  readonly fromMinutes: number;
  readonly toMinutes: number | null;
  readonly rule: RuleId;
  readonly points: number;
  readonly fineFen: Fen;
  /** A2/B3: the arrival counts as one absence 缺勤 (for B4's limit). */
  readonly countsAsAbsence: boolean;
}

/** A shift code with its hours; endMinute may pass 1440 (晚班 16:00–01:00 is 960–1500). */
export interface ShiftDef {
  readonly code: string;
  readonly aliases: readonly string[];
  readonly startMinute: number;
  readonly endMinute: number;
}

export interface IncidentTypeMapping {
  readonly words: readonly string[];
  readonly rules: readonly RuleId[];
}

export interface ScoreParams {
  readonly base: number;
  /** The score never goes below this (the deductions column still shows the full total). */
  readonly floor: number;
  readonly warningAtOrBelow: number;
  readonly penaltyAtOrBelow: number;
  /** V1: at or below this in `severeMonths` consecutive months (this one included) → severe. */
  readonly severeAtOrBelow: number;
  readonly severeMonths: number;
  /**
   * The score never goes above this (B10 praise). Absent: the base (praise only offsets
   * deductions); null: no ceiling (物业客服: praise lifts the score above 100).
   */
  readonly ceiling?: number | null;
}

export interface AttendanceParams {
  readonly graceMinutes: number;
  readonly lateBands: readonly LateBand[];
  /** A3: the value of one absence 缺勤, used by A2 and A5. */
  readonly absencePoints: number;
  readonly absenteeismRule: RuleId;
  readonly absenteeismPoints: number;
  /** A5: leave uses per month; each use beyond costs one absence under `leaveBeyondRule`. */
  readonly leaveAllowance: number;
  readonly leaveBeyondRule: RuleId;
  /** A6: a forgotten punch is recorded as one leave use. */
  readonly missingPunchUsesLeave: boolean;
  readonly missingPunchRule: RuleId;
  /** A4: leave without approval beforehand is absenteeism. */
  readonly unapprovedLeaveIsAbsenteeism: boolean;
  readonly earlyLeaveRule: RuleId;
  readonly earlyLeavePoints: number;
  /** B4: this many absences in a month → an action. */
  readonly absenceLimit: { readonly count: number; readonly rule: RuleId; readonly action: ActionId } | null;
  /**
   * B11 (物业客服, 篇九 4.7): a clock-in that is not late but less than `minutesBefore` minutes before
   * the shift start is flagged under `rule` (0 points). Absent or null: not checked.
   */
  readonly earlyArrival?: { readonly rule: RuleId; readonly minutesBefore: number } | null;
}

export interface RotaParams {
  readonly shifts: readonly ShiftDef[];
  /** Codes that mean a rest day (休, 调休 …). */
  readonly restCodes: readonly string[];
  /** R1: more rest days than this in a month is flagged. */
  readonly maxRestDays: number;
  readonly restRule: RuleId;
}

export interface CommissionParams {
  /** K2: conversion at or above this earns highRateBp, below it lowRateBp. */
  readonly thresholdBp: number;
  readonly lowRateBp: number;
  readonly highRateBp: number;
  /** K3: orders without the agent's remark earn nothing. */
  readonly requireRemark: boolean;
  /** K5: orders whose status contains one of these words are not sales. */
  readonly excludedStatusWords: readonly string[];
  /** K4: award for a first place by streak length (1, 2, 3+); the last repeats. */
  readonly awardsFen: readonly Fen[];
}

export interface PayParams {
  readonly mealFen: Fen;
  readonly deductFines: boolean;
  /** P3: 岗位 words that mean logistics staff. */
  readonly logisticsRoleWords: readonly string[];
  readonly logisticsRateBp: number;
  readonly logisticsFloorNewFen: Fen;
  readonly logisticsFloorSeniorFen: Fen;
}

/**
 * P4–P6 (篇七 七): month figures a team may type on the policy sheet; null = not typed. With no
 * product cost the targets are not checked.
 */
export interface BusinessParams {
  readonly productCostFen: Fen | null;
  /** 市场推广费用, P6. */
  readonly promotionFen: Fen | null;
  /** Everything else between gross and net profit (rent, wages …): net = gross − promotion − other. */
  readonly otherCostsFen: Fen | null;
  /** 无指标销售额提成; null = this month's K2 commission total. */
  readonly noTargetCommissionFen: Fen | null;
}

export interface Policy {
  readonly preset: PresetId;
  readonly score: ScoreParams;
  readonly attendance: AttendanceParams;
  readonly rota: RotaParams;
  readonly incidentRules: Readonly<Record<RuleId, IncidentRule>>;
  readonly incidentTypes: readonly IncidentTypeMapping[];
  /** F1 or F1b: which ladder service complaints take. */
  readonly complaintFineRule: RuleId;
  readonly commission: CommissionParams;
  readonly pay: PayParams;
  /** P4–P6 figures; absent or all null → the targets are not checked. */
  readonly business?: BusinessParams;
}
