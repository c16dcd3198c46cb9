/**
 * The bundled sample: a Taobao shop's customer-service team (12 people, two groups) closing
 * 2026-10. Every rule of POLICY.md §2 that this layout can carry fires at least once; who triggers
 * what is written up in samples/README.md and worked by hand in test/fixtures/客服部-2026-10.*.
 */
import { buildWorkbook, dateCell, timeCell, type SheetSpec, type Written } from './kit';
import { historySheet, type SampleHistory } from './history';
import type ExcelJS from 'exceljs';

interface Member {
  name: string; alias: string; id: string; role: string; level: '新员工' | '老员工';
  base: number | null; group: string; expressRevenue: number | null;
  /** Rest days of October (R1 fires above 3). */
  rest: number[];
}

/** The twelve people of the main sample, with their October rest days. */
export const shopMembers: readonly Member[] = [
  { name: '王小美', alias: '小美', id: 'KF001', role: '售前', level: '老员工', base: 3500, group: '一组', expressRevenue: null, rest: [5, 18, 26] },
  { name: '李娜', alias: '娜娜', id: 'KF002', role: '售前', level: '老员工', base: 3000, group: '一组', expressRevenue: null, rest: [4, 15, 28] },
  { name: '张伟', alias: '阿伟', id: 'KF003', role: '售前', level: '新员工', base: 1500, group: '一组', expressRevenue: null, rest: [6, 19, 30] },
  { name: '刘洋', alias: '洋洋', id: 'KF004', role: '售后', level: '老员工', base: 3000, group: '一组', expressRevenue: null, rest: [7, 21, 29] },
  { name: '陈静', alias: '静静', id: 'KF005', role: '售后', level: '新员工', base: 1500, group: '一组', expressRevenue: null, rest: [3, 16, 25] },
  { name: '杨帆', alias: '帆帆', id: 'WL001', role: '物流', level: '老员工', base: null, group: '一组', expressRevenue: 28000, rest: [9, 22, 31] },
  { name: '赵敏', alias: '敏敏', id: 'KF006', role: '售前', level: '老员工', base: 4000, group: '二组', expressRevenue: null, rest: [1, 13, 24] },
  { name: '黄磊', alias: '磊磊', id: 'KF007', role: '售前', level: '新员工', base: 1500, group: '二组', expressRevenue: null, rest: [8, 20, 27] },
  { name: '周婷', alias: '婷婷', id: 'KF008', role: '售前', level: '老员工', base: 3200, group: '二组', expressRevenue: null, rest: [2, 14, 29] },
  { name: '吴昊', alias: '昊昊', id: 'KF009', role: '售后', level: '老员工', base: 2800, group: '二组', expressRevenue: null, rest: [6, 18, 30] },
  { name: '郑爽', alias: '爽爽', id: 'KF010', role: '售后', level: '新员工', base: 1500, group: '二组', expressRevenue: null, rest: [4, 11, 19, 26] },
  { name: '孙悦', alias: '悦悦', id: 'KF011', role: '售前', level: '老员工', base: 3000, group: '二组', expressRevenue: null, rest: [10, 17, 28] },
];

type Shift = '早' | '晚';
/** A day that differs from a normal punch-in/punch-out: [in, out, leave, approved, forced shift]. */
interface Special { in?: Written; out?: Written; leave?: string; approved?: string; shift?: Shift }

const Y = 2026;
const M = 10;

/** The days that fire attendance rules; everything else is an on-time day. */
const specials: Readonly<Record<string, Readonly<Record<number, Special>>>> = {
  王小美: { 3: { in: timeCell(8, 5) }, 9: { in: timeCell(8, 30, 59) }, 12: { in: timeCell(8, 0) } }, // A1 ×2
  李娜: { 6: { in: timeCell(8, 45) }, 7: { in: timeCell(8, 0, 45) } }, // A2; 08:00:45 is 0 minutes
  张伟: {
    2: { in: null, out: null, leave: '事假', approved: '是' }, 8: { in: null, out: null, leave: '病假', approved: '是' },
    14: { in: null, out: null, leave: '调休', approved: '是' }, 20: { in: null, out: null, leave: '事假', approved: '是' },
    27: { in: null, out: null, leave: '调休', approved: '是' }, // 5 uses → A5
  },
  刘洋: {
    4: { out: null }, 11: { in: null }, // A6 ×2
    17: { in: null, out: null, leave: '调休', approved: '是' }, 23: { in: null, out: null, leave: '病假', approved: '是' },
  },
  陈静: { 10: { in: null, out: null } }, // A4: rostered, no punch, no leave
  黄磊: { 5: { shift: '晚', in: timeCell(15, 52), out: timeCell(1, 5) } }, // 晚班 out at 01:05 next day
  吴昊: { 13: { out: timeCell(17, 0) }, 21: { in: null, out: null, leave: '事假', approved: '否' } }, // A7; A4
};

function shiftOf(name: string, index: number, day: number): Shift | '休' {
  const member = shopMembers[index];
  if (member?.rest.includes(day)) return '休';
  const forced = specials[name]?.[day]?.shift;
  if (forced) return forced;
  if (specials[name]?.[day]) return '早';
  return (day + index) % 5 === 0 ? '晚' : '早';
}

function rotaSheet(): SheetSpec {
  const days = Array.from({ length: 31 }, (_, i) => i + 1);
  const rows: Written[][] = [['2026年10月客服排班表'], ['姓名', ...days]];
  shopMembers.forEach((m, i) => rows.push([m.name, ...days.map((d) => shiftOf(m.name, i, d))]));
  return { name: '排班', rows, merges: ['A1:AF1'], boldRows: [1, 2], widths: [10, ...days.map(() => 4)] };
}

function normalPunches(shift: Shift, day: number, index: number): [Written, Written] {
  if (shift === '早') return [timeCell(7, 50 + ((day * 7 + index * 3) % 9)), timeCell(17, 30 + ((day * 5 + index) % 11))];
  return [timeCell(15, 45 + ((day + index) % 10)), timeCell(1, (day * 3 + index) % 7)];
}

function attendanceSheet(): SheetSpec {
  const rows: Written[][] = [['姓名', '日期', '班次', '上班打卡', '下班打卡', '请假类型', '是否批准']];
  shopMembers.forEach((m, i) => {
    for (let day = 1; day <= 31; day++) {
      const shift = shiftOf(m.name, i, day);
      if (shift === '休') continue;
      const [normalIn, normalOut] = normalPunches(shift, day, i);
      const s = specials[m.name]?.[day] ?? {};
      const inCell = s.in === undefined ? normalIn : s.in;
      const outCell = s.out === undefined ? normalOut : s.out;
      rows.push([m.name, dateCell(Y, M, day), `${shift}班`, inCell, outCell, s.leave ?? null, s.approved ?? null]);
    }
  });
  return { name: '考勤记录', rows, boldRows: [1], widths: [10, 12, 8, 10, 10, 10, 10] };
}

/** Qianniu 客服绩效 export: [alias, 询单人数, 最终付款人数, 付款金额]; the rate column is rounded to whole %. */
const performance: readonly [string, number, number, number][] = [
  ['小美', 320, 240, 48650.5], ['娜娜', 300, 210, 41230.4], ['阿伟', 199, 139, 25880], ['洋洋', 60, 30, 5210.35],
  ['静静', 45, 36, 4330.9], ['敏敏', 280, 182, 39999.99], ['磊磊', 150, 120, 22015.3], ['婷婷', 350, 266, 52300.7],
  ['昊昊', 70, 49, 6120], ['爽爽', 0, 0, 0], ['悦悦', 260, 190, 35420.1],
];

function performanceSheet(): SheetSpec {
  const shop = '美美家旗舰店';
  const pct = (v: number): Written => ({ value: Math.round(v * 100) / 100, numFmt: '0%' });
  const rows: Written[][] = [
    ['客服绩效 · 询单转化（2026-10-01 至 2026-10-31）'],
    [`店铺：${shop}　下载时间：2026-11-01 09:00:00`],
    ['旺旺昵称', '询单人数', '询单->最终付款人数', '询单最终付款金额', '询单最终付款转化率'],
  ];
  for (const [alias, inquiries, buyers, amount] of performance) {
    rows.push([`${shop}:${alias}`, inquiries, buyers, amount, inquiries ? pct(buyers / inquiries) : '-']);
  }
  const sumOf = (k: 1 | 2 | 3): number => Math.round(performance.reduce((t, p) => t + p[k] * 100, 0)) / 100;
  const [inq, buy, amt] = [sumOf(1), sumOf(2), sumOf(3)];
  const n = performance.length;
  rows.push(['汇总值', inq, buy, amt, pct(buy / inq)]);
  rows.push(['平均值', Math.round(inq / n), Math.round(buy / n), Math.round((amt / n) * 100) / 100, pct(buy / inq)]);
  rows.push(['全店汇总值', inq + 35, buy + 12, Math.round((amt + 1890) * 100) / 100, pct((buy + 12) / (inq + 35))]);
  return { name: '客服绩效', rows, merges: ['A1:E1', 'A2:E2'], boldRows: [3], widths: [24, 10, 18, 18, 18] };
}

/** The incident log: [day, name, type, points, reason]. */
const incidents: readonly [number, string, string, number | null, string | null][] = [
  [2, '张伟', '服务态度投诉', null, null], [3, '孙悦', '千牛未登录', null, null], [4, '刘洋', '交接未录入', null, null],
  [5, '周婷', '千牛未登录', null, null], [6, '赵敏', '未及时响应', null, null], [7, '张伟', '服务态度投诉', null, null],
  [8, '郑爽', '买家投诉', null, null], [9, '李娜', '周报未交', null, null], [10, '刘洋', '交接未录入', null, null],
  [11, '孙悦', '千牛未登录', null, null], [12, '吴昊', '未完成当日工作', 1, null], [13, '黄磊', '擅离岗位', null, null],
  [14, '周婷', '千牛未登录', null, '店铺后台故障，主管已确认'], [15, '陈静', '卫生未值日', null, null],
  [16, '赵敏', '未及时响应', null, null], [16, '张伟', '服务态度投诉', null, null], [17, '刘洋', '交接未录入', null, null],
  [18, '郑爽', '买家投诉', null, null], [19, '黄磊', '玩游戏', null, null], [20, '周婷', '未催付', null, null],
  [21, '孙悦', '泄露客户信息', null, null], [22, '张伟', '服务态度投诉', null, null], [23, '刘洋', '交接未录入', null, null],
  [24, '孙悦', '千牛未登录', null, null], [25, '赵敏', '未及时响应', null, null], [26, '吴昊', '未完成当日工作', null, null],
  [27, '郑爽', '买家投诉', null, null], [27, '吴昊', '投诉超时', null, null], [28, '周婷', '未催付', null, null],
  [28, '刘洋', '交接未录入', null, null], [29, '张伟', '服务态度投诉', null, null], [30, '周婷', '千牛未登录', null, null],
];

function incidentSheet(): SheetSpec {
  const rows: Written[][] = [['日期', '姓名', '类型', '扣分', '金额', '原因']];
  for (const [day, name, type, points, reason] of incidents) rows.push([dateCell(Y, M, day), name, type, points, null, reason]);
  return { name: '事件记录', rows, boldRows: [1], widths: [12, 10, 16, 6, 8, 28] };
}

function staffSheet(): SheetSpec {
  const rows: Written[][] = [['姓名', '旺旺', '工号', '岗位', '级别', '底薪', '班组', '快递收入']];
  for (const m of shopMembers) rows.push([m.name, m.alias, m.id, m.role, m.level, m.base, m.group, m.expressRevenue]);
  return { name: '员工', rows, boldRows: [1], widths: [10, 8, 8, 6, 8, 8, 6, 10] };
}

/** Aug and Sep 2026 as closed before: [name, Aug score, Aug rank, Sep score, Sep rank]. */
const closedMonths: readonly [string, number, number | null, number, number | null][] = [
  ['王小美', 9.5, 2, 10, 1], ['李娜', 10, 1, 9, 2], ['张伟', 8, 3, 8.5, 3], ['刘洋', 10, 4, 9.5, 4],
  ['陈静', 9, 5, 4, 5], ['杨帆', 10, null, 10, null], ['赵敏', 4.5, 2, 3, 2], ['黄磊', 8, 4, 9, 4],
  ['周婷', 10, 1, 9.5, 1], ['吴昊', 9, 5, 10, 5], ['郑爽', 8.5, 6, 9, 6], ['孙悦', 4, 3, 8, 3],
];

/**
 * August and September as closed before, with the K4 streaks they imply.
 * @example shopHistory().find((r) => r.name === '周婷' && r.month === '2026-09')?.firstStreak === 2
 */
export function shopHistory(): SampleHistory[] {
  const verdictOf = (score: number): SampleHistory['verdict'] => (score <= 2 ? 'penalty' : score <= 5 ? 'warning' : 'ok');
  const records: SampleHistory[] = [];
  for (const [name, augScore, augRank, sepScore, sepRank] of closedMonths) {
    const augStreak = augRank === 1 ? 1 : 0;
    const sepStreak = sepRank === 1 ? augStreak + 1 : 0;
    records.push({ month: '2026-08', name, score: augScore, verdict: verdictOf(augScore), salesRank: augRank, firstStreak: augStreak });
    // 赵敏 was already at or below 5 in Aug and Sep: Oct makes three months (V1 severe).
    records.push({ month: '2026-09', name, score: sepScore, verdict: verdictOf(sepScore), salesRank: sepRank, firstStreak: sepStreak });
  }
  return records;
}

/**
 * The whole sample workbook (sheets in the order a supervisor keeps them).
 * @example await workbookBytes(buildShopSample()) // the bytes of samples/客服部-2026-10.xlsx
 */
export function buildShopSample(): ExcelJS.Workbook {
  return buildWorkbook([staffSheet(), rotaSheet(), attendanceSheet(), performanceSheet(), incidentSheet(), historySheet(shopHistory())]);
}
