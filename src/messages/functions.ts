import type { Catalog } from './catalog';

/**
 * Messages of the CS.* custom functions ('functions.') — shown on a #VALUE! cell, Chinese / English —
 * and of the Office adapter ('office.'), which shares this catalogue.
 */
export const functionsMessages: Catalog = {
  'functions.notRange': {
    zh: '参数 {argument} 应是一个区域（含表头行），例如 考勤!A1:F200。',
    en: 'Argument {argument} must be a range with its header row, e.g. 考勤!A1:F200.',
  },
  'functions.textRequired': { zh: '参数 {argument} 不能为空，请填写文字。', en: 'Argument {argument} is blank: enter some text.' },
  'functions.numberRequired': {
    zh: '参数 {argument} 应是数字，现在是“{value}”。', en: 'Argument {argument} must be a number, not “{value}”.',
  },
  'functions.countRequired': {
    zh: '参数 {argument} 应是 0 或正整数，现在是 {value}。', en: 'Argument {argument} must be a whole number of 0 or more, not {value}.',
  },
  'functions.yuanRequired': {
    zh: '参数 {argument} 应是金额（元，最多两位小数，不为负），现在是 {value}。',
    en: 'Argument {argument} must be an amount in yuan (at most two decimals, not negative), not {value}.',
  },
  'functions.badMonth': { zh: '月份“{value}”看不懂，请写成 2026-10。', en: 'Month “{value}” is not understood: write it like 2026-10.' },
  'functions.timeRequired': {
    zh: '参数 {argument} 应是时间，例如 8:05，现在是“{value}”。', en: 'Argument {argument} must be a time such as 8:05, not “{value}”.',
  },
  'functions.closeFailed': {
    zh: '这些区域无法结算当月，请在任务窗格运行“月结”查看问题。',
    en: 'The month cannot be closed from these ranges: run the month close in the task pane to see why.',
  },
  'functions.unknownName': {
    zh: '名单里没有“{name}”，请检查姓名是否与员工表或排班表一致。',
    en: '“{name}” is not on the staff sheet or rota: check the spelling.',
  },
  'functions.notIncidentLog': {
    zh: '认不出事件记录：表头需要有 日期、姓名、类型 等列。',
    en: 'This does not look like an incident log: it needs headers such as 日期 (date), 姓名 (name), 类型 (type).',
  },
  'functions.buyersOverInquiries': {
    zh: '成交人数 {buyers} 大于询单人数 {inquiries}，请检查数字。', en: 'Buyers ({buyers}) exceed inquiries ({inquiries}): check the figures.',
  },
  'functions.conversionOutOfRange': {
    zh: '转化率应在 0 到 1 之间（75% 写作 0.75），现在是 {value}。',
    en: 'Conversion must be between 0 and 1 (75 % is 0.75), not {value}.',
  },
  'functions.noFineForType': {
    zh: '“{type}”没有对应的罚款规则（F1–F8），请用制度中的类型，例如 交接未录入。',
    en: '“{type}” has no fine rule (F1–F8): use a type from the policy, e.g. 交接未录入.',
  },
  'functions.nthFromOne': { zh: '第几次应从 1 开始，现在是 {value}。', en: 'The count starts at 1, not {value}.' },
  'functions.badLevel': { zh: '级别“{value}”看不懂，请填 新员工 或 老员工。', en: 'Level “{value}” is not understood: use 新员工 (new) or 老员工 (senior).' },
  'office.mappingUnreadable': {
    zh: '工作簿里保存的列对应关系无法读取，已忽略，请在任务窗格重新选择。',
    en: 'The column mapping saved in the workbook could not be read and was ignored: choose the columns again in the task pane.',
  },
};
