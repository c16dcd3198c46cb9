/**
 * Header synonyms (POLICY.md §1) per role and field, written as the supervisor writes them; they
 * are matched after headerKey() folding, so traditional and full-width forms need no entries.
 * The first synonym of a field is its Chinese label in messages.
 */
import type { Role } from './types';

type FieldSynonyms = Readonly<Record<string, readonly string[]>>;

const name = ['姓名', '客服', '员工', '员工姓名', '客服姓名', '名字', 'name', 'agent', 'staff', 'employee'];
const date = ['日期', '考勤日期', '时间', '发生日期', 'date', 'day'];

export const fieldSynonyms: Readonly<Record<Role, FieldSynonyms>> = {
  staff: {
    name,
    alias: ['旺旺', '昵称', '子账号', '别名', '旺旺昵称', '客服昵称', '旺旺号', 'alias', 'nickname'],
    id: ['工号', '员工编号', '编号', 'id', 'staffid', 'employeeid'],
    role: ['岗位', '职位', '岗位类型', 'role', 'position'],
    level: ['级别', '职级', '员工级别', 'level'],
    base: ['底薪', '基本工资', '基本薪资', 'base', 'basepay', 'basesalary'],
    group: ['组', '班组', '小组', '组别', 'group', 'team'],
    expressRevenue: ['快递收入', 'expressrevenue'],
  },
  rota: {
    name,
    date: ['日期', '排班日期', 'date'],
    shift: ['班次', '班别', '班', 'shift'],
  },
  attendance: {
    name,
    date: ['日期', '考勤日期', '打卡日期', 'date'],
    in: ['上班', '签到', '上班打卡', '上班1打卡时间', '上班时间', '签到时间', '上班打卡时间', 'in', 'clockin', 'checkin', 'timein'],
    out: ['下班', '签退', '下班打卡', '下班1打卡时间', '下班时间', '签退时间', '下班打卡时间', 'out', 'clockout', 'checkout', 'timeout'],
    out2: ['下班2打卡时间'],
    out3: ['下班3打卡时间'],
    inResult: ['上班1打卡结果', '上班打卡结果'],
    outResult: ['下班1打卡结果', '下班打卡结果'],
    leave: ['请假', '请假类型', '假别', 'leave', 'leavetype'],
    approved: ['审批', '是否批准', '审批状态', '批准', '是否审批', 'approved'],
    approvalForm: ['关联的审批单', '审批单'],
    shift: ['班次', 'shift'],
  },
  sales: {
    name: [...name, '旺旺昵称', '客服昵称', '旺旺', '子账号', '昵称', '客服旺旺'],
    date: ['日期', '下单时间', '付款时间', '下单日期', '付款日期', 'date'],
    inquiries: ['询单人数', '咨询人数', 'inquiries'],
    buyers: ['成交人数', '最终付款人数', '下单人数', '询单->最终付款人数', '询单最终付款人数', '付款人数', 'buyers'],
    amount: ['销售额', '付款金额', '询单最终付款金额', '金额', '订单金额', '实付金额', 'amount', 'sales'],
    order: ['订单号', '订单编号', '订单id', 'order', 'orderid', 'orderno'],
    remarked: ['备注', '小蓝旗', '旗帜', '客服备注', 'remark', 'remarked', 'flag'],
    status: ['状态', '订单状态', '交易状态', 'status'],
  },
  incidents: {
    name,
    date,
    type: ['类型', '事由', '事件', '违规类型', '事件类型', '奖惩类型', 'type'],
    points: ['扣分', '分值', '扣分分值', 'points'],
    amount: ['金额', '罚款', '罚款金额', 'amount', 'fine'],
    reason: ['原因', '说明', '备注', '特殊原因', 'reason', 'note'],
  },
};

/**
 * A layout a role's sheet may take. `required` is a list of any-of groups: every group must be
 * matched by one header ('hint': the sheet's name suggests the role, so a 员工 sheet of bare names is a
 * staff sheet while any other sheet with a 姓名 column is not). Sales has two families, figures and orders; a workbook may hold one of each.
 */
export interface LayoutSpec {
  readonly role: Role;
  readonly family: string;
  readonly layout: string;
  readonly required: readonly (readonly string[])[];
  readonly optional: readonly string[];
  /** Fields whose presence means another layout (an order number makes a sheet an order list). */
  readonly excludes?: readonly string[];
  /**
   * Fields that only make sense together: with one found, the other is required. A clock-in column
   * without a clock-out one would make every day a missing punch (A6), and the close would invent
   * points; a leave-only list has neither and stays an attendance sheet.
   */
  readonly together?: readonly (readonly [string, string])[];
}

export const layoutSpecs: readonly LayoutSpec[] = [
  { role: 'staff', family: 'staff', layout: 'table', required: [['name'], ['alias', 'id', 'role', 'level', 'base', 'group', 'hint']], optional: ['alias', 'id', 'role', 'level', 'base', 'group'] },
  { role: 'rota', family: 'rota', layout: 'long', required: [['name'], ['date'], ['shift']], optional: [] },
  { role: 'rota', family: 'rota', layout: 'wide', required: [['name'], ['days']], optional: [] },
  { role: 'attendance', family: 'attendance', layout: 'table', required: [['name'], ['date'], ['in', 'out', 'leave']], optional: ['in', 'out', 'leave', 'approved', 'shift', 'approvalForm', 'inResult'], together: [['in', 'out']] },
  { role: 'sales', family: 'figures', layout: 'daily', required: [['name'], ['inquiries', 'buyers', 'amount']], optional: ['date', 'inquiries', 'buyers', 'amount'], excludes: ['order'] },
  { role: 'sales', family: 'orders', layout: 'orders', required: [['order'], ['name'], ['amount'], ['date']], optional: ['remarked', 'status'] },
  { role: 'incidents', family: 'incidents', layout: 'log', required: [['date'], ['name'], ['type']], optional: ['points', 'amount', 'reason'] },
];

/** Words in a sheet's name that suggest its role. */
export const sheetNameHints: Readonly<Record<Role, readonly string[]>> = {
  staff: ['员工', '人员', '花名册', '名单', 'staff', 'people'],
  rota: ['排班', '值班', '班表', 'rota', 'schedule'],
  attendance: ['考勤', '打卡', '每日统计', 'attendance'],
  sales: ['销售', '业绩', '询单', '绩效', '订单', 'sales', 'orders'],
  incidents: ['事件', '违规', '投诉', '奖惩', '罚款记录', 'incident'],
};

/** Names in a name column that are totals, not people: skipped silently (POLICY.md §1). */
export const totalsWords: readonly string[] = [
  '合计', '小计', '总计', '汇总', '平均', '均值', '汇总值', '平均值', '全店汇总值', '全店平均值',
  '同行同层优秀', '同行同层均值', 'total', 'subtotal', 'sum', 'average', 'avg',
];

/** Leave words found in DingTalk's 关联的审批单 and 打卡结果 text. */
export const leaveWords: readonly string[] = ['事假', '病假', '调休', '年假', '婚假', '产假', '丧假', '陪产假', '哺乳假', '请假'];

/** Staff level words (P1, P3). */
export const levelWords: Readonly<Record<'new' | 'senior', readonly string[]>> = {
  new: ['新员工', '新', '新人', '试用', '试用期', 'new', 'junior'],
  senior: ['老员工', '老', '资深', '正式', '转正', 'senior', 'old'],
};

/** Cell words read as yes / no (审批, 小蓝旗). */
export const yesWords: readonly string[] = ['是', '有', '已批准', '批准', '同意', '通过', '已审批', '已通过', '已备注', '蓝', '蓝旗', 'y', 'yes', 'true', '1', '√', '✓', '✔', 'ok'];
export const noWords: readonly string[] = ['否', '无', '没有', '未批准', '不批准', '不同意', '驳回', '拒绝', '未审批', '未通过', '未备注', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x'];
