import type { Catalog } from './catalog';

/**
 * Messages for problem and note codes that start with 'incidents.' (the incident log: Q1–Q4, A4 from
 * the log, F1–F8, B5–B10), 'scorecard.' and 'close.' (the month close that composes the engine).
 */
export const incidentsMessages: Catalog = {
  // Problems
  'incidents.typeUnknown': {
    zh: '{name} 的事件类型「{type}」不在制度参数的类型对照表里，这一行没有计分也没有罚款。请改用表里的类型词，或在制度参数的类型对照表里加上这个词。',
    en: 'The incident type "{type}" for {name} is not in the type table of the policy sheet, so this row was not counted. Use one of the listed type words, or add this word to the type table.',
  },
  'incidents.typeBlank': {
    zh: '{name} 的这一行事件没有填写类型，没有计入。请填写事件类型（例如 服务态度投诉、交接未录入）。',
    en: 'This incident row for {name} has no type, so it was not counted. Fill in the type (for example 服务态度投诉 or 交接未录入).',
  },
  'incidents.ruleUndefined': {
    zh: '事件类型「{type}」对应规则 {rule}，但制度参数里没有 {rule} 的设置，这一行没有按 {rule} 计入。请在制度参数里补上 {rule}，或修改类型对照表。',
    en: 'The incident type "{type}" points to rule {rule}, but the policy sheet does not define {rule}, so the row was not counted under it. Add {rule} to the policy sheet or change the type table.',
  },
  'incidents.pointsOutOfRange': {
    zh: '扣分 {points} 超出 {rule} 允许的范围（{min} 到 {max}），已按 {used} 分计。如需其他分数，请修改这一格或制度参数。',
    en: 'The points {points} are outside the range {rule} allows ({min} to {max}); {used} was used. Change this cell or the policy sheet if another value is meant.',
  },
  'incidents.amountDiffers': {
    zh: '这一格写的金额是 {written} 元，但按制度这是本月第 {nth} 次（{rule}），应罚 {ladder} 元，已按制度金额计。如果制度金额不对，请在制度参数里修改。',
    en: 'This cell says {written} yuan, but the policy fine for time no. {nth} this month ({rule}) is {ladder} yuan; the policy amount was used. Change the policy sheet if its amount is wrong.',
  },
  'incidents.amountOnAction': {
    zh: '这一格写的金额是 {written} 元，但按制度本月第 {nth} 次（{rule}）是处理措施而不是罚款，金额没有计入；请按罚款表上的措施处理。',
    en: 'This cell says {written} yuan, but under the policy time no. {nth} this month ({rule}) calls for an action, not a fine, so the amount was not used; act on the fines sheet.',
  },
  'close.noPeople': {
    zh: '没有找到员工：员工表和排班表里都没有姓名，无法结算本月。请检查员工表或排班表。',
    en: 'No staff found: neither the staff sheet nor the rota lists any names, so the month cannot be closed. Check the staff sheet or the rota.',
  },
  // Ledger notes (明细 备注)
  'incidents.note.countTier': {
    zh: '本月第 {nth} 次「{type}」，累计 {total} 分',
    en: '"{type}" no. {nth} this month: {total} points in all',
  },
  'incidents.note.excused': {
    zh: '「{type}」有特殊原因（{reason}），不计',
    en: '"{type}" excused by a special reason ({reason}), not counted',
  },
  'incidents.note.rowPoints': { zh: '「{type}」扣 {points} 分', en: '"{type}": {points} points' },
  'incidents.note.absenteeism': { zh: '「{type}」按旷工计 {points} 分', en: '"{type}" counts as absenteeism: {points} points' },
  'incidents.note.ladder.fine': {
    zh: '本月第 {nth} 次「{type}」：罚款 {amount} 元',
    en: '"{type}" no. {nth} this month: fine {amount} yuan',
  },
  'incidents.note.ladder.points': {
    zh: '本月第 {nth} 次「{type}」：扣 {points} 分',
    en: '"{type}" no. {nth} this month: {points} points',
  },
  'incidents.note.ladder.warning': {
    zh: '本月第 {nth} 次「{type}」：警告（需主管处理）',
    en: '"{type}" no. {nth} this month: a warning (the supervisor must act)',
  },
  'incidents.note.ladder.demerit': {
    zh: '本月第 {nth} 次「{type}」：记过（需主管处理）',
    en: '"{type}" no. {nth} this month: a demerit (the supervisor must act)',
  },
  'incidents.note.ladder.withhold-pay': {
    zh: '本月第 {nth} 次「{type}」：扣发当月工资（需主管处理）',
    en: '"{type}" no. {nth} this month: withhold the month\'s pay (the supervisor must act)',
  },
  'incidents.note.ladder.dismissal': {
    zh: '本月第 {nth} 次「{type}」：按自动离职处理（需主管处理）',
    en: '"{type}" no. {nth} this month: treated as leaving of one\'s own accord (the supervisor must act)',
  },
};
