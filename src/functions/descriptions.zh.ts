/**
 * Chinese descriptions of the CS.* functions, keyed by function id, with each parameter's
 * description by its name. The build (webpack.config.js) reads the twin functions.zh-CN.json, which
 * a test keeps equal to this table. Names stay CS.SCORE …: Excel binds by id, and Latin names
 * work in every language's formula bar.
 */
export interface ZhFunctionText {
  readonly description: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export const zhDescriptions: Readonly<Record<string, ZhFunctionText>> = {
  SCORE: {
    description: '某人本月的最终得分，与月结计分表完全一致（10 分减去扣分，最低 0 分）。',
    parameters: {
      name: '姓名（与员工表或排班表一致）', attendance: '考勤区域，含表头行', incidents: '事件记录区域，含表头行',
      rota: '排班区域，含表头行', staff: '员工区域，含表头行（可选：别名、班组）', month: '月份，如 2026-10（可选，默认考勤中最近的月份）',
      policy: '制度参数表的区域（可选：按本团队自己的制度计算，默认电商客服预设）',
    },
  },
  VERDICT: {
    description: '得分对应的结论：正常、口头警告（≤5）、处罚（≤2）、严厉处罚（连续三个月 ≤5）。',
    parameters: { score: '本月最终得分', previousScores: '之前各月的得分，按时间从早到晚（可选；空白月份中断连续）' },
  },
  LATE: {
    description: '一次上班打卡的扣分：迟到 1–30 分钟扣 0.5 分（A1），超过 30 分钟按缺勤扣 2 分（A2），准时为 0。',
    parameters: { clockIn: '上班打卡时间，如 8:05', shiftStart: '班次开始时间，如 8:00', shiftEnd: '班次结束时间（可选；早于开始时间表示次日结束）' },
  },
  CONVERSION: {
    description: '询单转化率 = 成交人数 ÷ 询单人数（K1）；没有询单时为空白。',
    parameters: { buyers: '成交人数', inquiries: '询单人数' },
  },
  COMMISSION: {
    description: '业绩提成（K2）：转化率低于 70% 按销售额 1%，达到 70% 按 1.5%；转化率空白按 1%。',
    parameters: { sales: '可计提成的销售额（元）', conversion: '转化率（小数，或空白）' },
  },
  AWARD: {
    description: '组内销售第一名的特别奖（K4）：一个月 50 元，连续两个月 100 元，连续三个月及以上每月 200 元。',
    parameters: { consecutiveFirsts: '连续第一名的月数（含本月）' },
  },
  FINE: {
    description: '本月第几次某类违规的罚款金额（F1–F8），或需要采取的处理（扣发当月工资、自动离职）。',
    parameters: { type: '违规类型（如 交接未录入、服务态度投诉）或规则编号（如 F2）', nth: '本月第几次：1、2、3…' },
  },
  FINES: {
    description: '某人本月的罚款合计（元），与罚款表一致。',
    parameters: {
      name: '姓名', incidents: '事件记录区域，含表头行', month: '月份，如 2026-10（可选，默认记录中最近的月份）',
      policy: '制度参数表的区域（可选：按本团队自己的罚款阶梯，默认电商客服预设）',
    },
  },
  PAY: {
    description: '工资 = 底薪 + 餐补 300 + 提成 + 奖励 − 罚款。',
    parameters: { base: '底薪（元）', commission: '提成（元）', award: '奖励（元）', fines: '罚款（元）' },
  },
  LOGISTICSPAY: {
    description: '物流人员工资（P3）：快递收入的 8%，新员工不足 1800、老员工不足 2500 时补足。',
    parameters: { revenue: '快递收入（元）', level: '级别：新员工 或 老员工（可选，空白按新员工）' },
  },
};
