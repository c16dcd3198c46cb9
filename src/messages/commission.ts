import type { Catalog } from './catalog';

/**
 * Messages for problem and note codes that start with 'commission.' (K1–K5) and 'pay.' (P1–P6):
 * pay has no catalogue of its own and is computed from the commission.
 */
export const commissionMessages: Catalog = {
  'commission.periodAndDaily': {
    zh: '{name} 的销售数据既有整月汇总行，又有按天的行；只按整月汇总计算，按天的行未计入，以免重复。如果按天的数据才对，请删掉汇总行。',
    en: '{name} has both a whole-month sales row and daily rows; only the whole-month row is used so nothing is counted twice. If the daily rows are right, delete the whole-month row.',
  },
  'commission.ordersOverFigures': {
    zh: '{name} 既有订单明细又有销售额汇总；销售额按订单计算（可以检查备注和退款），询单和成交人数取自汇总。',
    en: '{name} has both orders and sales figures; the sales amount comes from the orders (remarks and refunds can be checked), inquiries and buyers from the figures.',
  },
  'commission.noBuyers': {
    zh: '{name} 有询单人数但没有成交人数，无法算转化率，按较低的提成比例计算。请补上成交人数。',
    en: '{name} has inquiries but no buyers count, so no conversion can be worked out and the lower commission rate is used. Please fill in the buyers.',
  },
  'commission.buyersOverInquiries': {
    zh: '{name} 的成交人数（{buyers}）多于询单人数（{inquiries}），请核对这两列是否填反了。',
    en: '{name} has more buyers ({buyers}) than inquiries ({inquiries}); please check the two columns are not swapped.',
  },
  'commission.note.unremarked': {
    zh: '订单 {order}（{amount} 元）没有客服备注，不计提成',
    en: 'Order {order} ({amount} yuan) has no agent remark and earns no commission',
  },
  'commission.note.refunded': {
    zh: '订单 {order}（{amount} 元）状态为“{status}”，不算销售额',
    en: 'Order {order} ({amount} yuan) is "{status}" and is not a sale',
  },
  'commission.note.award': {
    zh: '组内销售第 {rank} 名，连续第 {streak} 个月第一，奖励 {amount} 元',
    en: 'First in the group by sales (rank {rank}), {streak} month(s) in a row: award {amount} yuan',
  },
  'pay.noBase': {
    zh: '{name} 没有填底薪，底薪按 0 计算。请在员工表的“底薪”列填上。',
    en: '{name} has no base pay; it is taken as 0. Please fill in the base pay column of the staff sheet.',
  },
  'pay.logisticsLevelAssumedNew': {
    zh: '{name} 是物流岗位但没有填级别，保底按新员工 {floor} 元计算。老员工请在员工表的“级别”列填“老员工”。',
    en: '{name} works in logistics but has no level; the guaranteed pay of a new employee ({floor} yuan) is used. For senior staff, fill in the level column.',
  },
  'pay.noExpressRevenue': {
    zh: '{name} 是物流岗位但没有快递营业额，只发保底 {floor} 元。请在员工表填上快递营业额。',
    en: '{name} works in logistics but has no express revenue; only the guaranteed {floor} yuan is paid. Please fill in the express revenue on the staff sheet.',
  },
  'pay.logisticsBaseIgnored': {
    zh: '{name} 是物流岗位，按制度没有底薪，填写的底薪 {base} 元未计入；工资按快递营业额提成计算。',
    en: '{name} works in logistics, which has no base pay: the {base} yuan typed as base is not used; pay is the share of express revenue.',
  },
  'pay.negative': {
    zh: '{name} 扣除罚款后工资为 {pay} 元（负数），请核对罚款。',
    en: "{name}'s pay after fines is {pay} yuan, below zero; please check the fines.",
  },
  'pay.business.noProductCost': {
    zh: '制度参数里填了经营数据但没有填产品成本，无法计算毛利和指标（P4–P6）。',
    en: 'Business figures are filled in on the policy sheet but the product cost is missing, so gross profit and the targets (P4–P6) cannot be worked out.',
  },
  'pay.business.grossNegative': {
    zh: '本月销售毛利为 {gross} 元（亏损），请核对产品成本和销售额。',
    en: "This month's gross profit is {gross} yuan (a loss); please check the product cost and sales.",
  },
  'pay.business.totalTargetMissed': {
    zh: '总指标未达成：销售纯利 {net} 元的三分之一（{third} 元）低于全员底薪总和 {baseTotal} 元。',
    en: 'Total target missed: a third of net profit {net} yuan ({third} yuan) is below the sum of base pay, {baseTotal} yuan.',
  },
  'pay.business.unitTargetMissed': {
    zh: '单指标未达成：销售毛利 {gross} 元的十分之一（{tenth} 元）低于推广费用 {promotion} 元。',
    en: 'Unit target missed: a tenth of gross profit {gross} yuan ({tenth} yuan) is below the promotion spend, {promotion} yuan.',
  },
  'pay.note.grossProfit': {
    zh: '销售毛利 {gross} 元 = 销售额 {sales} − 无指标提成 {commission} − 产品成本 {cost}',
    en: 'Gross profit {gross} yuan = sales {sales} − no-target commission {commission} − product cost {cost}',
  },
  'pay.note.totalTarget.met': {
    zh: '总指标达成：纯利 {net} 元 ÷ 3 = {third} 元，不低于底薪总和 {baseTotal} 元',
    en: 'Total target met: net profit {net} yuan ÷ 3 = {third} yuan, not below the base pay total {baseTotal} yuan',
  },
  'pay.note.totalTarget.missed': {
    zh: '总指标未达成：纯利 {net} 元 ÷ 3 = {third} 元，低于底薪总和 {baseTotal} 元',
    en: 'Total target missed: net profit {net} yuan ÷ 3 = {third} yuan, below the base pay total {baseTotal} yuan',
  },
  'pay.note.unitTarget.met': {
    zh: '单指标达成：毛利 {gross} 元 ÷ 10 = {tenth} 元，不低于推广费用 {promotion} 元',
    en: 'Unit target met: gross profit {gross} yuan ÷ 10 = {tenth} yuan, not below the promotion spend {promotion} yuan',
  },
  'pay.note.unitTarget.missed': {
    zh: '单指标未达成：毛利 {gross} 元 ÷ 10 = {tenth} 元，低于推广费用 {promotion} 元',
    en: 'Unit target missed: gross profit {gross} yuan ÷ 10 = {tenth} yuan, below the promotion spend {promotion} yuan',
  },
};
