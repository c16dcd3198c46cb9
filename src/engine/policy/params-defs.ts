/**
 * The rows of the 制度参数 sheet for the policy's fixed sections, declared as data: key (stable),
 * rule id, zh and en label, and the codec that writes and reads the value. Incident rules and types
 * depend on the preset and are declared in params-rules.ts.
 */
import type { CellValue } from '../cells';
import { fenToYuan, type Fen } from '../money';
import { countCodec, fail, isBlank, numberCodec, ok, parseYuan, rateCodec, ruleIdCodec, splitList, textOf, wordsCodec, yesNoCodec, yuanCodec, yuanOrNoneCodec, type Codec, type Parsed } from './params-codecs';
import { shiftsCodec } from './params-shifts';
import { absenceLimitCodec, lateBandsCodec } from './params-tables';
import type { BusinessParams, Policy } from './types';

export interface ParamDef {
  readonly key: string;
  /** The POLICY.md rule the value belongs to ('' for general settings). */
  readonly rule: string;
  readonly zh: string;
  readonly en: string;
  readonly hint: string;
  write(policy: Policy): CellValue;
  /** The policy with this row's value, or why the cell cannot be read. */
  apply(policy: Policy, cell: CellValue): Parsed<Policy>;
}

type Section = 'score' | 'attendance' | 'rota' | 'commission' | 'pay';

function field<S extends Section, F extends keyof Policy[S] & string>(
  section: S, name: F, codec: Codec<Policy[S][F]>, rule: string, zh: string, en: string, key = `${section}.${name}`,
): ParamDef {
  return {
    key, rule, zh, en, hint: codec.hint,
    write: (p) => codec.write(p[section][name]),
    apply: (p, cell) => {
      const read = codec.read(cell);
      return read.ok ? ok({ ...p, [section]: { ...p[section], [name]: read.value } }) : read;
    },
  };
}

const noBusiness: BusinessParams = { productCostFen: null, promotionFen: null, otherCostsFen: null, noTargetCommissionFen: null };

function businessField(name: keyof BusinessParams, rule: string, zh: string, en: string): ParamDef {
  return {
    key: `business.${name.replace(/Fen$/, '')}`, rule, zh, en, hint: yuanOrNoneCodec.hint,
    write: (p) => yuanOrNoneCodec.write((p.business ?? noBusiness)[name]),
    apply: (p, cell) => {
      const read = yuanOrNoneCodec.read(cell);
      return read.ok ? ok({ ...p, business: { ...(p.business ?? noBusiness), [name]: read.value } }) : read;
    },
  };
}

const yuanListCodec: Codec<readonly Fen[]> = {
  hint: '金额（元），逗号分隔，如 50, 100, 200',
  write: (amounts) => amounts.map((a) => String(fenToYuan(a))).join(', '),
  read: (cell) => {
    const amounts = isBlank(cell) ? [] : splitList(textOf(cell)).map((part) => parseYuan(part));
    return amounts.every((a): a is Fen => a !== null) ? ok(amounts) : fail('policy.params.badYuanList');
  },
};

/** Score, attendance and rota: rows in the order the sheet shows them. */
export const scoreAndAttendanceDefs: readonly ParamDef[] = [
  field('score', 'base', numberCodec, 'V1', '每月基础分', 'Base score per month'),
  field('score', 'floor', numberCodec, 'V1', '最低分（分数不低于）', 'Lowest score (floor)'),
  field('score', 'warningAtOrBelow', numberCodec, 'V1', '口头警告：分数不高于', 'Verbal warning at or below'),
  field('score', 'penaltyAtOrBelow', numberCodec, 'V1', '处罚：分数不高于', 'Penalty at or below'),
  field('score', 'severeAtOrBelow', numberCodec, 'V1', '严厉处罚：连续几个月不高于', 'Severe: at or below for consecutive months'),
  field('score', 'severeMonths', countCodec, 'V1', '严厉处罚：连续月数', 'Severe: consecutive months'),
  field('attendance', 'graceMinutes', countCodec, 'A1', '迟到宽限（分钟）', 'Grace before late (minutes)'),
  field('attendance', 'lateBands', lateBandsCodec, 'A1', '迟到分段扣分', 'Late bands', 'late.bands'),
  field('attendance', 'absencePoints', numberCodec, 'A3', '一次缺勤扣分', 'Points for one absence'),
  field('attendance', 'absenteeismRule', ruleIdCodec, 'A4', '旷工规则编号', 'Absenteeism rule id'),
  field('attendance', 'absenteeismPoints', numberCodec, 'A4', '一次旷工扣分', 'Points for one absenteeism'),
  field('attendance', 'leaveAllowance', countCodec, 'A5', '每月可调休次数', 'Leave uses allowed per month'),
  field('attendance', 'leaveBeyondRule', ruleIdCodec, 'A5', '超出调休规则编号', 'Rule id for leave beyond the allowance'),
  field('attendance', 'missingPunchUsesLeave', yesNoCodec, 'A6', '漏打卡算一次调休', 'A missing punch uses one leave'),
  field('attendance', 'missingPunchRule', ruleIdCodec, 'A6', '漏打卡规则编号', 'Missing punch rule id'),
  field('attendance', 'unapprovedLeaveIsAbsenteeism', yesNoCodec, 'A4', '未提前批准的请假算旷工', 'Leave not approved beforehand is absenteeism'),
  field('attendance', 'earlyLeaveRule', ruleIdCodec, 'A7', '早退规则编号', 'Early leave rule id'),
  field('attendance', 'earlyLeavePoints', numberCodec, 'A7', '早退扣分', 'Points for leaving early'),
  field('attendance', 'absenceLimit', absenceLimitCodec, 'B4', '每月缺勤上限及处理', 'Absences per month limit and action'),
  field('rota', 'shifts', shiftsCodec, 'R1', '班次及时间', 'Shifts and hours'),
  field('rota', 'restCodes', wordsCodec, 'R1', '表示休息的排班写法', 'Rota codes meaning a rest day'),
  field('rota', 'maxRestDays', countCodec, 'R1', '每月最多休息天数', 'Most rest days per month'),
  field('rota', 'restRule', ruleIdCodec, 'R1', '休息超标规则编号', 'Rule id for too many rest days'),
];

/** Commission, pay and the business figures. */
export const moneyDefs: readonly ParamDef[] = [
  field('commission', 'thresholdBp', rateCodec, 'K2', '转化率门槛（达到用高提成）', 'Conversion threshold for the higher rate', 'commission.threshold'),
  field('commission', 'lowRateBp', rateCodec, 'K2', '门槛以下提成比例', 'Commission rate below the threshold', 'commission.lowRate'),
  field('commission', 'highRateBp', rateCodec, 'K2', '达到门槛提成比例', 'Commission rate at or above the threshold', 'commission.highRate'),
  field('commission', 'requireRemark', yesNoCodec, 'K3', '未备注订单不计提成', 'Orders without a remark earn nothing'),
  field('commission', 'excludedStatusWords', wordsCodec, 'K5', '不算销售额的订单状态', 'Order statuses that are not sales'),
  field('commission', 'awardsFen', yuanListCodec, 'K4', '组内第一奖励（连续1、2、3个月及以上）', 'First-place award (1, 2, 3+ months in a row)', 'commission.awards'),
  field('pay', 'mealFen', yuanCodec, 'P2', '每月餐补（元）', 'Meal allowance per month (yuan)', 'pay.meal'),
  field('pay', 'deductFines', yesNoCodec, 'P1', '罚款从工资中扣除', 'Fines are deducted from pay'),
  field('pay', 'logisticsRoleWords', wordsCodec, 'P3', '物流岗位的岗位词', 'Role words for logistics staff'),
  field('pay', 'logisticsRateBp', rateCodec, 'P3', '物流快递营业额提成比例', 'Logistics share of express revenue', 'pay.logisticsRate'),
  field('pay', 'logisticsFloorNewFen', yuanCodec, 'P3', '物流新员工保底（元）', 'Logistics floor, new staff (yuan)', 'pay.logisticsFloorNew'),
  field('pay', 'logisticsFloorSeniorFen', yuanCodec, 'P3', '物流老员工保底（元）', 'Logistics floor, senior staff (yuan)', 'pay.logisticsFloorSenior'),
  businessField('productCostFen', 'P4', '本月产品成本（元）', 'Product cost this month (yuan)'),
  businessField('noTargetCommissionFen', 'P4', '无指标销售额提成（元，不填按本月提成合计）', 'No-target commission (yuan; blank = this month\'s total)'),
  businessField('promotionFen', 'P6', '本月市场推广费用（元）', 'Promotion spend this month (yuan)'),
  businessField('otherCostsFen', 'P5', '其他费用（元，毛利减推广费和其他费用为纯利）', 'Other costs (yuan; net = gross − promotion − other)'),
];
