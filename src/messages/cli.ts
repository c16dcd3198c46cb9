import type { Catalog } from './catalog';

/** Messages for codes that start with 'cli.': the cs-close command line's usage, progress and summary. */
export const cliMessages: Catalog = {
  'cli.usage': {
    zh: [
      '用法：cs-close 输入.xlsx [--month 2026-10] [--out 输出.xlsx] [--json] [--preset 电商客服|物业客服] [--lang zh|en]',
      '  读取团队自己的表（员工、排班、考勤、销售、事件），按制度月结，写出计分表、提成表、罚款表、明细。',
      '  --month   要月结的月份（默认：表里的月份）',
      '  --out     输出文件（默认：输入文件旁的「<名称>-月结-<月份>.xlsx」）；输入文件本身不会被改动',
      '  --json    在标准输出打印 JSON 汇总',
      '  --preset  没有「制度参数」表时使用的制度模板（默认 电商客服）',
      '  --lang    表头和汇总的语言（默认 zh）',
      '  退出码：0 已月结（可有警告），1 有错误未月结（不写文件），2 用法错误',
    ].join('\n'),
    en: [
      'Usage: cs-close INPUT.xlsx [--month YYYY-MM] [--out OUTPUT.xlsx] [--json] [--preset 电商客服|物业客服] [--lang zh|en]',
      '  Reads the team’s own sheets and closes the month: scorecard, commission, fines and ledger sheets.',
      '  Exit codes: 0 closed (warnings allowed), 1 not closed because of errors (nothing written), 2 wrong usage.',
    ].join('\n'),
  },
  'cli.unknownFlag': { zh: '不认识的选项：{flag}', en: 'Unknown option: {flag}' },
  'cli.missingValue': { zh: '选项 {flag} 后面缺少取值', en: 'Option {flag} needs a value' },
  'cli.badMonth': { zh: '月份「{month}」写法不对，请写成 2026-10', en: 'Month “{month}” is not valid; write it like 2026-10' },
  'cli.badPreset': { zh: '没有制度模板「{preset}」，可选：{presets}', en: 'No preset “{preset}”; choose one of: {presets}' },
  'cli.badLang': { zh: '语言「{lang}」不支持，请用 zh 或 en', en: 'Language “{lang}” is not supported; use zh or en' },
  'cli.noInput': { zh: '请给出要月结的 Excel 文件', en: 'Give the Excel file to close' },
  'cli.tooManyInputs': { zh: '只能给一个输入文件，多出的是：{extra}', en: 'Give one input file only; extra: {extra}' },
  'cli.missingFile': { zh: '找不到文件：{path}', en: 'File not found: {path}' },
  'cli.notXlsx': { zh: '只支持 .xlsx 文件：{path}（请在 Excel 里另存为 .xlsx）', en: 'Only .xlsx files are supported: {path} (save it as .xlsx in Excel)' },
  'cli.unreadable': { zh: '打不开这个文件，可能不是 Excel 文件或已损坏：{path}（{detail}）', en: 'Cannot open this file; it may not be an Excel file or is damaged: {path} ({detail})' },
  'cli.reading': { zh: '正在读取 {path} …', en: 'Reading {path} …' },
  'cli.closing': { zh: '正在月结 {month} …', en: 'Closing {month} …' },
  'cli.severity.error': { zh: '错误', en: 'Error' },
  'cli.severity.warning': { zh: '警告', en: 'Warning' },
  'cli.severity.info': { zh: '提示', en: 'Note' },
  'cli.notClosed': {
    zh: '有 {count} 个错误需要先改正，本月未月结，没有写出任何文件。',
    en: '{count} error(s) to fix first; the month was not closed and no file was written.',
  },
  'cli.writeFailed': { zh: '写出文件失败：{path}（{detail}）。原文件未改动。', en: 'Could not write {path} ({detail}). The input file is unchanged.' },
  'cli.internalError': {
    zh: '月结时程序内部出错，本月未月结，没有写出任何文件，原文件未改动：{path}。请把这个文件和下面的说明发给维护人员：{detail}',
    en: 'An internal error stopped the close; nothing was written and the input is unchanged: {path}. Please send the file and this detail to the maintainers: {detail}',
  },
  'cli.written': { zh: '已写出 {path}', en: 'Written {path}' },
  'cli.chartsAsTables': {
    zh: '「{sheet}」里是图表的数据表：命令行不能画图，在 Excel 里用加载项月结即可看到图表。',
    en: '“{sheet}” holds the charts’ figures as tables: the command line cannot draw charts; close the month with the add-in in Excel to see them.',
  },
  'cli.sameAsInput': {
    zh: '输出文件和输入文件相同：{path}。请用 --out 另给一个文件名。',
    en: 'The output file is the input file: {path}. Give another name with --out.',
  },
  // The readable summary on stdout.
  'cli.summary.title': { zh: '{month} 月结（{preset}）', en: 'Month close {month} ({preset})' },
  'cli.summary.name': { zh: '姓名', en: 'Name' },
  'cli.summary.score': { zh: '得分', en: 'Score' },
  'cli.summary.verdict': { zh: '结论', en: 'Verdict' },
  'cli.summary.commission': { zh: '提成+奖金', en: 'Commission+award' },
  'cli.summary.fines': { zh: '罚款', en: 'Fines' },
  'cli.summary.pay': { zh: '应发', en: 'Pay' },
  'cli.summary.fund': { zh: '部门基金：{fund} 元', en: 'Department fund: {fund} yuan' },
  'cli.summary.counts': {
    zh: '口头警告 {warnings} 人，处罚 {penalties} 人，需处理事项 {actions} 项，问题 {problems} 条',
    en: '{warnings} verbal warning(s), {penalties} penalty(ies), {actions} action(s) to take, {problems} problem(s)',
  },
  'cli.summary.action': {
    zh: '  需处理：{name} {action}（{rule} 本月第 {nth} 次，{date}，见 {source}）',
    en: '  To act on: {name}: {action} ({rule}, number {nth} this month, {date}, see {source})',
  },
  'cli.summary.output': { zh: '输出文件：{path}', en: 'Output: {path}' },
};
