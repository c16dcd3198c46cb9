/**
 * The catalogue of bad inputs (issue 5): each entry spoils the clean team of ./team.ts in one way
 * and says what the close must do about it: the exit code, and every warning or error it must print
 * (severity, sheet!cell, message code). With exit 0 nothing else above a note may be printed; with
 * exit 1 nothing may be written. `check` proves a value that was messy was still read right.
 * test/fixtures/CATALOGUE.md is this table as the supervisor sees it (kept in step by the test).
 */
import type { Severity } from '../../src/engine/result';
import { dateCell, dateTimeCell, timeCell, type Written } from '../../src/cli/samples/kit';
import { markerPrefix } from '../../src/io/xlsx';
import { ecommercePreset } from '../../src/engine/policy/ecommerce';
import { policyToRows } from '../../src/engine/policy/params';
import type { EntryRun } from './run';
import { attendanceIndex, cleanTeam, days, people, setCell, type Team } from './team';

export interface ExpectedProblem { readonly severity: Severity; readonly cell: string | null; readonly code: string }

export interface Entry {
  readonly id: string;
  /** What is messy, in the supervisor's words (Chinese first, then English). */
  readonly input: string;
  readonly build: (team: Team) => void;
  readonly args?: readonly string[];
  readonly exit: 0 | 1;
  readonly problems: readonly ExpectedProblem[];
  /** What the close must still get right (for exit 0), in a phrase for the table. */
  readonly outcome?: string;
  readonly check?: (run: EntryRun) => void;
  /** Why the Office adapter cannot run this entry yet (office.test.ts skips it and says so). */
  readonly fileOnly?: string;
}

/** Sheet row (1-based) of a person's attendance on an October day in the clean team. */
const row = (name: string, day: number): number => attendanceIndex(cleanTeam(), name, day) + 1;
const att = (team: Team, name: string, day: number, column: 'A' | 'B' | 'C' | 'D', value: Parameters<typeof setCell>[3]): void =>
  setCell(team.attendance, attendanceIndex(team, name, day), column, value);

const person = (run: EntryRun, name: string) => {
  const found = run.summary?.people.find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not in the summary`);
  return found;
};
/** A1: 张三 is 5 minutes late once (0.5 point), nobody else loses a point. */
const lateFiveMinutes = (run: EntryRun): void => {
  expect(person(run, '张三').points).toEqual({ A1: 0.5 });
  expect(person(run, '张三').score).toBe(9.5);
  expect(person(run, '李四').score).toBe(10);
};
const cleanScores = (run: EntryRun): void => {
  expect(run.summary?.people.map((p) => [p.name, p.score])).toEqual([['张三', 10], ['李四', 10], ['王五', 10]]);
};
const sales = (run: EntryRun): Record<string, number> =>
  Object.fromEntries((run.summary?.people ?? []).map((p) => [p.name, p.sales]));

/** The team's own 制度参数 sheet (the preset written out), with `edit` applied to its rows. */
const policySheet = (edit: (rows: Written[][]) => void): { name: string; rows: Written[][] } => {
  const rows = policyToRows(ecommercePreset).map((r) => [...r] as Written[]);
  edit(rows);
  return { name: '制度参数', rows };
};
const policyRows = policyToRows(ecommercePreset).length;

const w = (severity: Severity, cell: string | null, code: string): ExpectedProblem => ({ severity, cell, code });

export const entries: readonly Entry[] = [
  {
    id: 'C00', input: '干净的团队表（基准） · the clean team (baseline)', build: () => undefined, exit: 0, problems: [],
    outcome: '三人 10 分；提成 150 / 50 / 60；基金 50',
    check: (run) => {
      cleanScores(run);
      expect(run.summary?.people.map((p) => p.commission)).toEqual([150, 50, 60]);
      expect(run.summary?.fund).toBe(50);
    },
  },
  // ——— headers and rows ———
  {
    id: 'C01', input: '考勤表上方有合并的标题行 · a merged title row above the attendance header',
    build: (t) => { t.attendance.rows.unshift(['2026年10月考勤表']); t.attendance.merges = ['A1:D1']; },
    exit: 0, problems: [], outcome: '表头在第 2 行照常读取', check: cleanScores,
  },
  {
    id: 'C02', input: '两行表头（"基本信息 / 打卡"合并在上） · a two-row header, group titles merged above',
    build: (t) => { t.attendance.rows.unshift(['基本信息', null, '打卡', null]); t.attendance.merges = ['A1:B1', 'C1:D1']; },
    exit: 0, problems: [], outcome: '按第二行表头读取', check: cleanScores,
  },
  {
    id: 'C03', input: '表头在中间又出现一次（分页导出） · the header repeated mid-sheet (paged export)',
    build: (t) => { t.attendance.rows.splice(30, 0, ['姓名', '日期', '上班', '下班']); },
    exit: 0, problems: [], outcome: '重复的表头行被跳过', check: cleanScores,
  },
  {
    id: 'C04', input: '考勤中间有空行 · blank rows inside the attendance',
    build: (t) => { t.attendance.rows.splice(10, 0, [], [null, null, '', ' ']); },
    exit: 0, problems: [], outcome: '空行被跳过', check: cleanScores,
  },
  {
    id: 'C05', input: '隐藏行里有一条迟到记录 · a hidden row holding a late punch',
    build: (t) => {
      t.attendance.rows.push(['张三', dateCell(2026, 10, 7), timeCell(9, 30), timeCell(17, 35)]);
      t.attendance.hiddenRows = [t.attendance.rows.length];
    },
    exit: 0, problems: [w('info', `考勤!A${people.length * 28 + 2}`, 'sheets.hiddenRowSkipped')],
    outcome: '隐藏行不计入，并提示', check: cleanScores,
  },
  {
    id: 'C06', input: '员工表上同一人出现两次 · the same person twice on the staff sheet',
    build: (t) => { t.staff.rows.push(['李四', '小李', 9999]); },
    exit: 0, problems: [w('warning', '员工!A5', 'sheets.duplicatePerson')], outcome: '用第一行（底薪 2500）',
    check: (run) => expect(person(run, '李四').base).toBe(2500),
  },
  {
    id: 'C07', input: '姓名中间和两边有空格（"张 三"、" 李四 "） · names with spaces inside and around',
    build: (t) => { att(t, '张三', 5, 'C', timeCell(8, 5)); att(t, '张三', 5, 'A', '张 三'); att(t, '李四', 6, 'A', ' 李四 '); },
    exit: 0, problems: [], outcome: '认作张三、李四；张三 A1 0.5', check: lateFiveMinutes,
  },
  {
    id: 'C08', input: '全角字符的旺旺名（"小店：小张"、"ｘｉａｏ"） · full-width colon and letters in names',
    build: (t) => {
      t.staff.rows[3] = ['王五', 'Xiao', 3500];
      setCell(t.sales, 1, 'A', '小店：小张');
      setCell(t.sales, 3, 'A', '小店:ｘｉａｏ');
    },
    exit: 0, problems: [], outcome: '销售额仍归张三、王五',
    check: (run) => expect(sales(run)).toEqual({ 张三: 10000, 李四: 5000, 王五: 4000 }),
  },
  {
    id: 'C09', input: '繁体写法的同一人（事件表"張三 服務態度投訴"） · traditional spelling of the same person',
    build: (t) => { t.incidents.rows.push([dateCell(2026, 10, 9), '張三', '服務態度投訴']); },
    exit: 0, problems: [], outcome: '张三 Q3 1 分，F1 罚 100',
    check: (run) => {
      expect(person(run, '张三').points).toEqual({ Q3: 1 });
      expect(run.summary?.fines.map((f) => [f.name, f.rule, f.amount])).toEqual(expect.arrayContaining([['张三', 'F1', 100]]));
    },
  },
  {
    id: 'C10', input: '考勤里有不在员工表上的人 · a name in the attendance nobody has on the staff sheet',
    build: (t) => { t.attendance.rows.push(['临时工', dateCell(2026, 10, 8), timeCell(8, 20), timeCell(17, 35)]); },
    exit: 0, problems: [w('warning', `考勤!A${people.length * 28 + 2}`, 'sheets.unknownName')], outcome: '这一行不计入',
    check: (run) => expect(run.summary?.people.map((p) => p.name)).toEqual(['张三', '李四', '王五']),
  },
  {
    id: 'C11', input: '同一人同一天有两行考勤 · the same person and day twice in the attendance',
    build: (t) => { t.attendance.rows.push(['张三', dateCell(2026, 10, 5), timeCell(9, 0), timeCell(17, 35)]); },
    exit: 0, problems: [w('warning', `考勤!A${people.length * 28 + 2}`, 'sheets.duplicateAttendanceDay')],
    outcome: '第一行为准，不重复扣分', check: cleanScores,
  },
  // ——— times ———
  {
    id: 'C12', input: '上班时间写成文字"8:05" · clock-in typed as text 8:05',
    build: (t) => att(t, '张三', 5, 'C', '8:05'), exit: 0, problems: [], outcome: 'A1 迟到 5 分钟 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C13', input: '上班时间写成"8点05" · clock-in typed as 8点05',
    build: (t) => att(t, '张三', 5, 'C', '8点05'), exit: 0, problems: [], outcome: 'A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C14', input: '带秒的时间"08:05:30" · clock-in with seconds 08:05:30',
    build: (t) => att(t, '张三', 5, 'C', '08:05:30'), exit: 0, problems: [], outcome: '秒舍去，A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C15', input: '下班时间"24:00" · clock-out typed as 24:00',
    build: (t) => att(t, '张三', 5, 'D', '24:00'), exit: 0, problems: [], outcome: '读作当天 24:00，不算早退', check: cleanScores,
  },
  {
    id: 'C16', input: '时间是 Excel 小数（0.336805…，没有时间格式） · a bare Excel fraction as the time',
    build: (t) => att(t, '张三', 5, 'C', (8 * 60 + 5) / 1440), exit: 0, problems: [], outcome: 'A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C17', input: '上班是完整的日期时间（日期格式的数值） · a full date-time cell as clock-in',
    build: (t) => att(t, '张三', 5, 'C', dateTimeCell(2026, 10, 5, 8, 5)), exit: 0, problems: [], outcome: 'A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C18', input: '上班是文字日期时间"2026-10-05 08:05" · a date-time typed as text',
    build: (t) => att(t, '张三', 5, 'C', '2026-10-05 08:05'), exit: 0, problems: [], outcome: 'A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C19', input: '上班时间是乱写的"八点多" · garbage in a time cell',
    build: (t) => att(t, '张三', 5, 'C', '八点多'), exit: 1, problems: [w('error', `考勤!C${row('张三', 5)}`, 'sheets.badTime')],
  },
  {
    id: 'C20', input: '日期时间属于别的日子（10-09 的行写着 10-20 08:00） · a punch on another day than its row',
    build: (t) => att(t, '张三', 9, 'C', '2026-10-20 08:00'), exit: 1, problems: [w('error', `考勤!C${row('张三', 9)}`, 'sheets.timeOtherDay')],
  },
  {
    id: 'C21', input: '白班下班早于上班（上班 08:00，下班 07:30） · clock-out before clock-in on a day shift',
    build: (t) => { att(t, '张三', 5, 'C', timeCell(8, 0)); att(t, '张三', 5, 'D', timeCell(7, 30)); },
    exit: 0, problems: [w('warning', `考勤!D${row('张三', 5)}`, 'attendance.clockOutBeforeIn')],
  },
  {
    id: 'C22', input: '时间格里是 TRUE · a boolean in a time cell',
    build: (t) => att(t, '张三', 5, 'D', true), exit: 1, problems: [w('error', `考勤!D${row('张三', 5)}`, 'sheets.badTime')],
  },
  // ——— dates ———
  {
    id: 'C23', input: '日期是没有格式的序列号（46300） · dates as bare serial numbers',
    build: (t) => { for (const r of t.attendance.rows.slice(1)) { const d = r[1]; if (typeof d === 'object' && d !== null) r[1] = d.value; } },
    exit: 0, problems: [], outcome: '照常读取', check: cleanScores,
  },
  {
    id: 'C24', input: '日期写成各种文字（2026/10/5、10月6日、2026年10月7日、2026-10-08 星期四、10/9） · dates typed as text in five forms',
    build: (t) => {
      att(t, '张三', 9, 'C', '8:05');
      att(t, '张三', 5, 'B', '2026/10/5'); att(t, '张三', 6, 'B', '10月6日'); att(t, '张三', 7, 'B', '2026年10月7日');
      att(t, '张三', 8, 'B', '2026-10-08 星期四'); att(t, '张三', 9, 'B', '10/9');
    },
    exit: 0, problems: [], outcome: '全部读对；10/9 迟到 A1 0.5', check: lateFiveMinutes,
  },
  {
    id: 'C25', input: '日期写错（2026-02-30） · an impossible date',
    build: (t) => att(t, '张三', 5, 'B', '2026-02-30'), exit: 1, problems: [w('error', `考勤!B${row('张三', 5)}`, 'sheets.badDate')],
  },
  {
    id: 'C26', input: '十月的考勤里混进一行九月的 · a September row in October\'s attendance',
    build: (t) => { t.attendance.rows.push(['张三', dateCell(2026, 9, 28), timeCell(9, 30), timeCell(17, 35)]); },
    exit: 0, problems: [w('warning', `考勤!B${people.length * 28 + 2}`, 'report.outsideMonth')], outcome: '九月的行不计入，并提示', check: cleanScores,
  },
  {
    id: 'C27', input: '九月的整月考勤贴在十月下面，不指定月份 · a second month pasted under the first, no --month',
    build: (t) => {
      for (const p of people) for (const day of days.slice(0, 30)) t.attendance.rows.push([p.name, dateCell(2026, 9, day), timeCell(7, 55), timeCell(17, 35)]);
    },
    args: [], exit: 0, problems: [w('warning', `考勤!B${people.length * 28 + 2}`, 'report.outsideMonth')],
    outcome: '月结最新的 2026-10，九月不计入并提示',
    check: (run) => { expect(run.summary?.month).toBe('2026-10'); cleanScores(run); },
  },
  // ——— numbers ———
  {
    id: 'C28', input: '金额带千分位"1,234.50" · an amount with a thousands separator',
    build: (t) => setCell(t.sales, 2, 'D', '1,234.50'), exit: 0, problems: [], outcome: '李四销售额 1234.5',
    check: (run) => expect(sales(run)['李四']).toBe(1234.5),
  },
  {
    id: 'C29', input: '金额带货币符号"¥1,234" · an amount with ¥',
    build: (t) => setCell(t.sales, 2, 'D', '¥1,234'), exit: 0, problems: [], outcome: '李四销售额 1234',
    check: (run) => expect(sales(run)['李四']).toBe(1234),
  },
  {
    id: 'C30', input: '全角数字"１２３" · full-width digits',
    build: (t) => setCell(t.sales, 2, 'B', '１２３'), exit: 0, problems: [], outcome: '李四询单 123',
    check: (run) => expect(person(run, '李四').inquiries).toBe(123),
  },
  {
    id: 'C31', input: '询单人数是负数 · a negative inquiry count',
    build: (t) => setCell(t.sales, 2, 'B', -5), exit: 1, problems: [w('error', '客服绩效!B3', 'sheets.negativeNotAllowed')],
  },
  {
    id: 'C32', input: '销售额是公式错误 #N/A · #N/A in the sales amount',
    build: (t) => setCell(t.sales, 2, 'D', '#N/A'), exit: 1, problems: [w('error', '客服绩效!D3', 'sheets.excelError')],
  },
  {
    id: 'C33', input: '千牛导出写着"延迟统计" · 延迟统计 in a Qianniu export',
    build: (t) => setCell(t.sales, 2, 'B', '延迟统计'), exit: 1, problems: [w('error', '客服绩效!B3', 'sheets.notYetCounted')],
  },
  {
    id: 'C34', input: '金额有三位小数（1234.567） · three decimals of yuan',
    build: (t) => setCell(t.sales, 2, 'D', 1234.567), exit: 1, problems: [w('error', '客服绩效!D3', 'sheets.moneyTooManyDecimals')],
  },
  {
    id: 'C35', input: '千牛导出末尾的汇总行（汇总值、平均值、同行同层均值） · Qianniu summary rows',
    build: (t) => { t.sales.rows.push(['平均值', 83, 57, 6333], ['同行同层均值', 90, 60, 7000]); },
    exit: 0, problems: [], outcome: '汇总行不是人，不计入',
    check: (run) => expect(sales(run)).toEqual({ 张三: 10000, 李四: 5000, 王五: 4000 }),
  },
  // ——— codes and types ———
  {
    id: 'C36', input: '排班里有未知班次"中班" · an unknown shift code in the rota',
    build: (t) => setCell(t.rota, 1, 'I', '中班'), exit: 0, problems: [w('warning', '排班!I2', 'attendance.rota.unknownShift')],
    outcome: '这一天不判迟到，只提示一次',
  },
  {
    id: 'C37', input: '事件类型对不上任何条款（"穿拖鞋上班"） · an incident type that matches no rule',
    build: (t) => { t.incidents.rows.push([dateCell(2026, 10, 9), '张三', '穿拖鞋上班']); },
    exit: 0, problems: [w('warning', '事件!C3', 'incidents.typeUnknown')], outcome: '不计分不罚款，并提示',
    check: cleanScores,
  },
  {
    id: 'C38', input: '事件没有写类型 · an incident row without a type',
    build: (t) => { t.incidents.rows.push([dateCell(2026, 10, 9), '张三', null]); },
    exit: 0, problems: [w('warning', '事件!C3', 'sheets.missingType')], outcome: '不计入，并提示', check: cleanScores,
  },
  // ——— whole sheets and workbooks ———
  {
    id: 'C39', input: '考勤表缺少"上班"列 · the attendance has no clock-in column',
    build: (t) => { t.attendance.rows = t.attendance.rows.map((r) => [r[0] ?? null, r[1] ?? null, r[3] ?? null]); },
    exit: 1, problems: [w('error', '考勤!A1', 'sheets.missingColumns.attendance')],
  },
  {
    id: 'C40', input: '空白工作簿（只有一张空表） · an empty workbook',
    build: (t) => { t.omit = new Set(['staff', 'rota', 'attendance', 'sales', 'incidents']); t.extra.push({ name: 'Sheet1', rows: [] }); },
    args: [], exit: 1, problems: [w('error', null, 'report.noMonth')],
  },
  {
    id: 'C41', input: '工作簿里有上个月本工具写的计分表和月结历史 · last month\'s own output sheets in the workbook',
    build: (t) => {
      t.extra.push({ name: '计分表', rows: [['姓名', '基础分', '得分'], ['张三', 10, 3], ['合计', null, null]] });
      t.extra.push({ name: '月结历史', hidden: true, rows: [['月份', '姓名', '得分', '结论', '销售排名'], ['2026-09', '张三', 4, 'warning', 1]] });
      t.finish.push((wb) => wb.definedNames.add("'计分表'!$A$1", `${markerPrefix}scorecard`));
      t.finish.push((wb) => wb.definedNames.add("'月结历史'!$A$1", `${markerPrefix}history`));
    },
    exit: 0, problems: [], outcome: '旧计分表不当作输入，被替换；K4 连续第一 2 次',
    check: (run) => { cleanScores(run); expect(person(run, '张三').firstStreak).toBe(2); },
  },
  {
    id: 'C42', input: '用户自己有一张叫"计分表"的表 · the user\'s own sheet named 计分表',
    build: (t) => { t.extra.push({ name: '计分表', rows: [['我的备注'], ['不要动我']] }); },
    exit: 0, problems: [], outcome: '用户的表原样保留，输出写到 计分表(2)', check: cleanScores,
  },
  {
    id: 'C43', input: '没有排班表 · no rota sheet',
    build: (t) => { t.omit.add('rota'); }, exit: 0,
    problems: [w('warning', null, 'sheets.roleNotFound.rota'), ...people.map((p) => w('warning', `考勤!C${row(p.name, 1)}`, 'attendance.shift.none'))],
    outcome: '无法判断迟到，提示补排班', check: cleanScores,
  },
  {
    id: 'C44', input: '千牛成交人数多于询单人数 · buyers above inquiries',
    build: (t) => setCell(t.sales, 2, 'C', 150), exit: 0, problems: [w('warning', '客服绩效!A3', 'commission.buyersOverInquiries')],
    outcome: '只提示一次',
  },
  {
    id: 'C45', input: '考勤日期为空 · an attendance row without a date',
    build: (t) => { t.attendance.rows.push(['张三', null, timeCell(9, 0), timeCell(17, 35)]); },
    exit: 0, problems: [w('warning', `考勤!B${people.length * 28 + 2}`, 'sheets.missingDate')], check: cleanScores,
  },
  {
    id: 'C46', input: '制度参数表里有一行不认识的编号 · an unknown key in the team\'s 制度参数 sheet',
    build: (t) => { t.extra.push(policySheet((rows) => rows.push(['score.bonus', 'V1', '奖励分', 'Bonus', 3, '']))); },
    exit: 0, problems: [w('warning', `制度参数!A${policyRows + 1}`, 'policy.params.unknownKey')], outcome: '这一行不用，其余照常', check: cleanScores,
  },
  {
    id: 'C47', input: '制度参数的数值写成文字（基础分"十分"） · a policy value that is not a number',
    build: (t) => { t.extra.push(policySheet((rows) => { rows[2]![4] = '十分'; })); },
    exit: 1, problems: [w('error', '制度参数!E3', 'policy.params.badNumber')],
  },
  {
    id: 'C48', input: '隐藏的月结历史被手工改坏一行 · a hand-edited row in the hidden 月结历史',
    build: (t) => {
      t.extra.push({ name: '月结历史', hidden: true, rows: [['月份', '姓名', '得分', '结论', '销售排名'], ['2026-09', '张三', '很好', 'warning', 1]] });
      t.finish.push((wb) => wb.definedNames.add("'月结历史'!$A$1", `${markerPrefix}history`));
    },
    exit: 0, problems: [w('warning', '月结历史!C2', 'sheets.historyRowUnreadable')], outcome: '这一行不用；K4 从 1 次算起',
    check: (run) => expect(person(run, '张三').firstStreak).toBe(1),
  },
  {
    id: 'C49', input: '表名带空格和括号（"10月 考勤 (打卡)"），里面一格时间乱写 · a sheet name that needs quoting, with a bad time',
    build: (t) => { t.attendance.name = '10月 考勤 (打卡)'; att(t, '张三', 5, 'C', '早上'); },
    exit: 1, problems: [w('error', `'10月 考勤 (打卡)'!C${row('张三', 5)}`, 'sheets.badTime')],
  },
  {
    id: 'C50', input: '员工表里两人用了同一个别名 · two people given the same alias on the staff sheet',
    build: (t) => { t.staff.rows[3] = ['王五', '小张', 3500]; setCell(t.sales, 3, 'A', '小店:王五'); },
    exit: 0, problems: [w('warning', '员工!B4', 'sheets.aliasTaken')], outcome: '"小张"仍算张三的',
    check: (run) => expect(sales(run)).toEqual({ 张三: 10000, 李四: 5000, 王五: 4000 }),
  },
  // ——— what Excel itself stores: formulas, rich text, links ———
  {
    id: 'C51', input: '上班时间是公式 =TIME(8,5,0) · a clock-in that is a formula',
    build: (t) => { t.finish.push((wb) => { wb.getWorksheet('考勤')!.getCell(`C${row('张三', 5)}`).value = { formula: 'TIME(8,5,0)', result: (8 * 60 + 5) / 1440 }; }); },
    exit: 0, problems: [], outcome: '用公式的结果：A1 0.5 分', check: lateFiveMinutes,
  },
  {
    id: 'C52', input: '姓名是带格式的富文本、旺旺名是超链接 · a rich-text name and a hyperlinked nickname',
    build: (t) => {
      t.finish.push((wb) => {
        wb.getWorksheet('考勤')!.getCell(`A${row('张三', 5)}`).value = { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] };
        wb.getWorksheet('考勤')!.getCell(`C${row('张三', 5)}`).value = '8:05';
        wb.getWorksheet('客服绩效')!.getCell('A3').value = { text: '小店:小李', hyperlink: 'https://example.com/' };
      });
    },
    exit: 0, problems: [], outcome: '按文字读取：张三 A1 0.5，李四销售额 5000',
    check: (run) => { lateFiveMinutes(run); expect(sales(run)['李四']).toBe(5000); },
  },
  {
    id: 'C53', input: '销售额是结果为 #DIV/0! 的公式 · a formula whose result is #DIV/0!',
    build: (t) => { t.finish.push((wb) => { wb.getWorksheet('客服绩效')!.getCell('D3').value = { formula: 'B3/0', result: { error: '#DIV/0!' } }; }); },
    exit: 1, problems: [w('error', '客服绩效!D3', 'sheets.excelError')],
  },
  // ——— more than one sheet for a role ———
  {
    id: 'C54', input: '还有一张"考勤 (新)"，里面有一条迟到 · a second attendance sheet beside the first',
    build: (t) => { t.extra.push({ name: '考勤 (新)', rows: [['姓名', '日期', '上班', '下班'], ['张三', dateCell(2026, 10, 3), timeCell(9, 0), timeCell(17, 35)]] }); },
    exit: 0, problems: [w('warning', "'考勤 (新)'!A1", 'sheets.sheetNotUsed.attendance')], outcome: '用"考勤"，另一张不计入并提示',
    check: cleanScores,
  },
  {
    id: 'C55', input: '隐藏的上月考勤备份 · a hidden backup of last month\'s attendance',
    build: (t) => { t.extra.push({ name: '9月考勤', hidden: true, rows: [['姓名', '日期', '上班', '下班'], ['张三', dateCell(2026, 9, 3), timeCell(9, 0), timeCell(17, 35)]] }); },
    exit: 0, problems: [w('warning', '9月考勤!A1', 'sheets.sheetNotUsed.attendance')], outcome: '不计入并提示', check: cleanScores,
  },
  {
    id: 'C56', input: '姓名单元格向下合并（张三一格合并了他 28 天的行） · a name merged down over a person\'s rows',
    build: (t) => { for (let r = 2; r <= 28; r++) t.attendance.rows[r]![0] = null; t.attendance.merges = ['A2:A29']; },
    exit: 0, problems: [], outcome: '合并格的姓名算在每一行上：张三 10 分，不是 27 次旷工', check: cleanScores,
  },
  {
    id: 'C57', input: '有排班表，没有考勤表 · a rota but no attendance sheet',
    build: (t) => { t.omit.add('attendance'); },
    exit: 1, problems: [w('error', null, 'sheets.roleNotFound.attendanceWithRota')],
  },
  {
    id: 'C58', input: '考勤只导出到 10 月 20 日 · an attendance export that stops on the 20th',
    build: (t) => { t.attendance.rows = t.attendance.rows.filter((r, i) => i === 0 || (typeof r[1] === 'object' && r[1] !== null && r[1].value <= dateCell(2026, 10, 20).value)); },
    exit: 0, problems: [w('warning', '考勤!B18', 'report.attendanceEndsEarly')],
    outcome: '照制度算旷工（A4），并提示考勤可能不完整',
    check: (run) => expect(person(run, '张三').points['A4']).toBe(55),
  },
];
