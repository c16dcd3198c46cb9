import type { Catalog } from './catalog';

/**
 * Messages for problem codes that start with 'policy.': reading the 制度参数 sheet (policy.params.*)
 * and the checks on its tables (policy.lateBands.*, policy.tiers.*, policy.ladder.*). Every one is
 * shown after the cell's address; a value that cannot be read leaves the preset's value in place.
 */
export const policyMessages: Catalog = {
  'policy.params.badNumber': {
    zh: '“{label}”填的“{value}”不是数字，请填一个数字（如 0.5）。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not a number; please type a number such as 0.5. Fix it and close again (the month was not closed).',
  },
  'policy.params.badCount': {
    zh: '“{label}”填的“{value}”不是整数，请填 0 或正整数（如 3）。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not a whole number; please type 0 or a whole number such as 3. Fix it and close again (the month was not closed).',
  },
  'policy.params.badYuan': {
    zh: '“{label}”填的“{value}”不是金额，请填元，最多两位小数（如 300 或 12.50）。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not an amount; please type yuan with at most two decimals (300 or 12.50). Fix it and close again (the month was not closed).',
  },
  'policy.params.badYuanList': {
    zh: '“{label}”填的“{value}”看不懂，请填几个金额（元），用逗号分隔，如 50, 100, 200。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please type amounts in yuan separated by commas, such as 50, 100, 200. Fix it and close again (the month was not closed).',
  },
  'policy.params.badRate': {
    zh: '“{label}”填的“{value}”不是比例，请填百分比（如 1.5%），在 0% 到 100% 之间。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not a rate; please type a percentage between 0% and 100%, such as 1.5%. Fix it and close again (the month was not closed).',
  },
  'policy.params.badYesNo': {
    zh: '“{label}”填的“{value}”看不懂，请填“是”或“否”。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please type 是 (yes) or 否 (no). Fix it and close again (the month was not closed).',
  },
  'policy.params.badRule': {
    zh: '“{label}”填的“{value}”不是规则编号（如 A4、F1b）。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not a rule id (such as A4 or F1b). Fix it and close again (the month was not closed).',
  },
  'policy.params.badComplaintRule': {
    zh: '“{label}”填的“{value}”不是罚款阶梯规则，请填 F1 或 F1b。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: "{value}" is not a fine ladder; please type F1 or F1b. Fix it and close again (the month was not closed).',
  },
  'policy.params.badTiers': {
    zh: '“{label}”填的“{value}”看不懂，请写“次数→扣分”，用逗号分隔，如 3→5, 5→10。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write count→points separated by commas, such as 3→5, 5→10. Fix it and close again (the month was not closed).',
  },
  'policy.params.badLadder': {
    zh: '“{label}”填的“{value}”看不懂，请按第1次、第2次…写罚款金额（元），用逗号分隔；也可写 扣发工资、自动离职、2分，末尾写“翻倍”表示之后每次翻倍，如 30, 50, 80, 扣发工资, 自动离职。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write the fine in yuan for the 1st, 2nd … time, separated by commas; 扣发工资 (withhold pay), 自动离职 (dismissal) and points like 2分 are allowed, and a final 翻倍 doubles each time after, e.g. 30, 50, 80, 扣发工资, 自动离职. Fix it and close again (the month was not closed).',
  },
  'policy.params.badLateBands': {
    zh: '“{label}”填的“{value}”看不懂，请按“分钟段: 扣分 规则 [罚款元] [缺勤]”写，用分号分隔，如 1-30: 0.5 A1; 31+: 2 A2 缺勤。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write "minutes: points rule [fine 元] [缺勤]" separated by semicolons, such as 1-30: 0.5 A1; 31+: 2 A2 缺勤. Fix it and close again (the month was not closed).',
  },
  'policy.params.badShifts': {
    zh: '“{label}”填的“{value}”看不懂，请按“班次(简称) 上班-下班”写，用分号分隔，班次不要重复，如 早班(早) 08:00-17:30; 晚班(晚) 16:00-01:00。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write "shift(short names) start-end" separated by semicolons, each shift once, such as 早班(早) 08:00-17:30; 晚班(晚) 16:00-01:00. Fix it and close again (the month was not closed).',
  },
  'policy.params.badEarlyArrival': {
    zh: '“{label}”填的“{value}”看不懂，请写“分钟数, 规则”，如 10, B11；不检查就留空。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write "minutes, rule", such as 10, B11, or leave it blank to skip the check. Fix it and close again (the month was not closed).',
  },
  'policy.params.badAbsenceLimit': {
    zh: '“{label}”填的“{value}”看不懂，请写“次数, 规则, 处理”，如 3, B4, 自动离职；没有上限就留空。改好后请重新月结（这次没有月结）。',
    en: '{labelEn}: cannot read "{value}"; please write "count, rule, action", such as 3, B4, 自动离职, or leave it blank for no limit. Fix it and close again (the month was not closed).',
  },
  'policy.params.badPreset': {
    zh: '预设“{value}”不认识，可选：{presets}。改好后请重新月结（这次没有月结）。',
    en: 'Unknown preset "{value}"; the choices are {presets}. Fix it and close again (the month was not closed).',
  },
  'policy.params.noPreset': {
    zh: '制度参数表里没有“预设”一行，按“{preset}”计算。',
    en: 'The policy sheet has no preset row; "{preset}" is used.',
  },
  'policy.params.noHeader': {
    zh: '制度参数表“{sheet}”找不到“编号”和“值”两列的表头，按第 A 列为编号、第 E 列为值读取。',
    en: 'The policy sheet "{sheet}" has no header with 编号 (key) and 值 (value); column A is read as the key and column E as the value.',
  },
  'policy.params.unknownKey': {
    zh: '编号“{key}”不是本预设的参数，这一行没有使用。请检查编号是否写错。',
    en: 'The key "{key}" is not a parameter of this preset, so the row is not used. Please check the key for a typo.',
  },
  'policy.params.duplicateKey': {
    zh: '编号“{key}”出现了不止一次，按最后一行的值计算。请删掉多余的行。',
    en: 'The key "{key}" appears more than once; the last row wins. Please delete the extra rows.',
  },
  'policy.lateBands.empty': {
    zh: '迟到分段不能为空，至少要有一段，如 1-30: 0.5 A1。改好后请重新月结（这次没有月结）。',
    en: 'The late bands cannot be empty; write at least one, such as 1-30: 0.5 A1. Fix it and close again (the month was not closed).',
  },
  'policy.lateBands.startsBelowOne': {
    zh: '迟到分段要从 1 分钟开始（0 分钟不算迟到）。改好后请重新月结（这次没有月结）。',
    en: 'The late bands must start at 1 minute (0 minutes is not late). Fix it and close again (the month was not closed).',
  },
  'policy.lateBands.inverted': {
    zh: '迟到分段里有一段结束分钟小于开始分钟，如应写 1-30 而不是 30-1。改好后请重新月结（这次没有月结）。',
    en: 'A late band ends before it starts; write 1-30, not 30-1. Fix it and close again (the month was not closed).',
  },
  'policy.lateBands.openBeforeLast': {
    zh: '只有最后一段迟到分段可以写“以上”（如 31+）。改好后请重新月结（这次没有月结）。',
    en: 'Only the last late band may be open-ended (such as 31+). Fix it and close again (the month was not closed).',
  },
  'policy.lateBands.gapOrOverlap': {
    zh: '迟到分段之间有空隙或重叠，下一段要从上一段结束后的下一分钟开始，如 1-30 之后是 31+。改好后请重新月结（这次没有月结）。',
    en: 'The late bands leave a gap or overlap; each must start the minute after the previous one ends (1-30 then 31+). Fix it and close again (the month was not closed).',
  },
  'policy.tiers.belowOne': {
    zh: '次数档位至少从 1 次开始。改好后请重新月结（这次没有月结）。',
    en: 'Count tiers start at 1 or more. Fix it and close again (the month was not closed).',
  },
  'policy.tiers.notRising': {
    zh: '次数档位要从小到大排列，扣分不能越来越少，如 3→5, 5→10。改好后请重新月结（这次没有月结）。',
    en: 'Count tiers must go up in count, with points that never go down (3→5, 5→10). Fix it and close again (the month was not closed).',
  },
  'policy.ladder.empty': {
    zh: '罚款阶梯不能为空，至少写第 1 次的罚款，如 50。改好后请重新月结（这次没有月结）。',
    en: 'A fine ladder cannot be empty; write at least the first fine, such as 50. Fix it and close again (the month was not closed).',
  },
  'policy.rowPoints.outOfRange': {
    zh: '{rule} 的默认扣分要在最少扣分和最多扣分之间（最少 ≤ 默认 ≤ 最多）。{rule} 改好后请重新月结（这次没有月结）。',
    en: '{rule}: the default points must lie between the least and the most points (least ≤ default ≤ most). Fix {rule} and close again (the month was not closed).',
  },
  'policy.ladder.negative': {
    zh: '罚款金额不能是负数。改好后请重新月结（这次没有月结）。',
    en: 'A fine cannot be negative. Fix it and close again (the month was not closed).',
  },
};
