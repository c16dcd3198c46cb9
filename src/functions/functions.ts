/**
 * The CS.* custom functions. Each is a few lines: check the arguments (src/functions/args.ts), call
 * the engine or the month close, return a number or a word. Bad arguments give #VALUE! with a
 * Chinese / English message. functions.json is generated from these JSDoc blocks at build time;
 * the Chinese names and descriptions are in descriptions.zh.ts (functions.zh-CN.json).
 */
import { cellOf, optionalMonth, optionalRange, optionalYuan, rangeRows, requireClock, requireCount, requireNumber,
  requireText, requireYuan } from './args';
import { functionError } from './errors';
import { award, commission, conversion, fine, latePoints, levelOf, logisticsPayYuan, pay, verdictOf } from './rules';
import { finesOf, scoreOf } from './team';

/**
 * A person's final score this month, exactly as the month close computes it (10 points less deductions, not below 0).
 * @customfunction SCORE
 * @param name The person's name as on the staff sheet or rota.
 * @param attendance The attendance range, header row included.
 * @param incidents The incident log range, header row included.
 * @param rota The rota range, header row included.
 * @param [staff] The staff range, header row included (aliases, groups).
 * @param [month] The month to close, like 2026-10; default: the latest month in the attendance.
 * @param [policy] The 制度参数 policy sheet's range, so the score follows the team's own rules; default: the 电商客服 preset.
 * @returns The final score.
 */
export function score(name: string, attendance: unknown[][], incidents: unknown[][], rota: unknown[][], staff?: unknown[][], month?: string, policy?: unknown[][]): number {
  const ranges = { attendance: rangeRows(attendance, 'attendance'), incidents: rangeRows(incidents, 'incidents'),
    rota: rangeRows(rota, 'rota'), staff: optionalRange(staff, 'staff'), policy: optionalRange(policy, 'policy') };
  return scoreOf(requireText(name, 'name'), ranges, optionalMonth(month));
}

/**
 * The verdict for a score: 正常, 口头警告 (≤ 5), 处罚 (≤ 2), 严厉处罚 (≤ 5 three months running).
 * @customfunction VERDICT
 * @param score This month's final score.
 * @param [previousScores] The scores of the months just before, oldest first (a blank month breaks the run).
 * @returns 正常, 口头警告, 处罚 or 严厉处罚.
 */
export function verdict(score: number, previousScores?: unknown[][]): string {
  const previous = (optionalRange(previousScores, 'previousScores') ?? []).flat()
    .map((cell) => (cell === null ? null : requireNumber(cell, 'previousScores')));
  return verdictOf(requireNumber(score, 'score'), previous);
}

/**
 * Points for one arrival: 0.5 when 1–30 minutes late (A1), 2 when later (A2, one absence), 0 on time.
 * @customfunction LATE
 * @param clockIn The clock-in time, like 8:05.
 * @param shiftStart The shift's start time, like 8:00.
 * @param [shiftEnd] The shift's end time; an end before the start means the shift ends the next day.
 * @returns The points deducted.
 */
export function late(clockIn: unknown, shiftStart: unknown, shiftEnd?: unknown): number {
  const end = cellOf(shiftEnd) === null ? null : requireClock(shiftEnd, 'shiftEnd');
  return latePoints(requireClock(clockIn, 'clockIn'), requireClock(shiftStart, 'shiftStart'), end);
}

/**
 * Conversion rate: buyers ÷ inquiries (K1); blank when there are no inquiries.
 * @customfunction CONVERSION
 * @param buyers The number of buyers (成交人数).
 * @param inquiries The number of inquiries (询单人数).
 * @returns The conversion as a fraction (0.75 is 75 %).
 */
export function conversionRate(buyers: number, inquiries: number): number | string {
  return conversion(requireCount(buyers, 'buyers'), requireCount(inquiries, 'inquiries'));
}

/**
 * Performance commission (K2): 1 % of sales below 70 % conversion, 1.5 % at or above; blank conversion takes 1 %.
 * @customfunction COMMISSION
 * @param sales Commissionable sales in yuan.
 * @param conversion The conversion rate (a fraction, or blank).
 * @returns The commission in yuan, rounded half-up to the fen.
 */
export function commissionOf(sales: number, conversion: unknown): number {
  const ratio = cellOf(conversion) === null ? null : requireNumber(conversion, 'conversion');
  return commission(requireYuan(sales, 'sales'), ratio);
}

/**
 * Special award for first place (K4): 50 for one month, 100 for two in a row, 200 for three or more.
 * @customfunction AWARD
 * @param consecutiveFirsts Months in a row at first place, this one included.
 * @returns The award in yuan.
 */
export function awardOf(consecutiveFirsts: number): number {
  return award(requireCount(consecutiveFirsts, 'consecutiveFirsts'));
}

/**
 * The fine for the nth incident of a type this month (F1–F8), or the action it calls for.
 * @customfunction FINE
 * @param type The incident type (交接未录入, 服务态度投诉 …) or a rule id (F2).
 * @param nth Which incident of the month this is: 1, 2, 3 …
 * @returns The fine in yuan, or the action (扣发当月工资, 自动离职).
 */
export function fineOf(type: string, nth: number): number | string {
  const count = requireCount(nth, 'nth');
  if (count < 1) throw functionError('functions.nthFromOne', { value: count });
  return fine(requireText(type, 'type'), count);
}

/**
 * A person's total fines this month from the incident log, as the 罚款表 counts them.
 * @customfunction FINES
 * @param name The person's name.
 * @param incidents The incident log range, header row included.
 * @param [month] The month, like 2026-10; default: the latest month in the log.
 * @param [policy] The 制度参数 policy sheet's range (the team's own fine ladders); default: the 电商客服 preset.
 * @returns The fines in yuan.
 */
export function finesTotal(name: string, incidents: unknown[][], month?: string, policy?: unknown[][]): number {
  return finesOf(requireText(name, 'name'), rangeRows(incidents, 'incidents'), optionalMonth(month), optionalRange(policy, 'policy'));
}

/**
 * Pay: base + meal allowance (300) + commission + award − fines.
 * @customfunction PAY
 * @param base Base pay in yuan.
 * @param commission Commission in yuan.
 * @param award Award in yuan.
 * @param fines Fines in yuan.
 * @returns The pay in yuan.
 */
export function payOf(base: number, commission: number, award: number, fines: number): number {
  return pay(optionalYuan(base, 'base'), optionalYuan(commission, 'commission'), optionalYuan(award, 'award'), optionalYuan(fines, 'fines'));
}

/**
 * Logistics pay (P3): 8 % of express revenue, topped up to 1800 (new staff) or 2500 (senior).
 * @customfunction LOGISTICSPAY
 * @param revenue Express revenue in yuan.
 * @param [level] 新员工 or 老员工; blank counts as new.
 * @returns The pay in yuan.
 */
export function logisticsPayOf(revenue: number, level?: string): number {
  const cell = cellOf(level);
  return logisticsPayYuan(requireYuan(revenue, 'revenue'), levelOf(cell === null ? null : String(cell)));
}

type CustomFunction = (...args: never[]) => unknown;

/** Function id → implementation, as CustomFunctions.associate binds them. */
export const customFunctions: Readonly<Record<string, CustomFunction>> = {
  SCORE: score, VERDICT: verdict, LATE: late, CONVERSION: conversionRate, COMMISSION: commissionOf,
  AWARD: awardOf, FINE: fineOf, FINES: finesTotal, PAY: payOf, LOGISTICSPAY: logisticsPayOf,
};

const runtime = (globalThis as { CustomFunctions?: { associate?: (id: string, fn: CustomFunction) => void } }).CustomFunctions;
if (runtime?.associate) for (const [id, fn] of Object.entries(customFunctions)) runtime.associate(id, fn);
