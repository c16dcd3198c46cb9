/**
 * A property-management front desk (物业客服, POLICY.md §3) closing 2026-11:
 * four people on 早班 (08:00–17:30) and 夜班 (20:00–08:00 next morning), a wide rota of 早/夜/休,
 * an attendance sheet with bare times (a night shift's clock-out is the next morning), and a 奖惩记录
 * log of the front desk's own words (未穿制服, 打私人电话, 闲聊, 看书, 业主投诉, 业主表扬 …) with a 扣分
 * column that is blank, within a range, or written as +10 for praise. No sales sheet: a front desk
 * earns no commission. Every ordinary day clocks in 10–20 minutes before the shift (B11 is quiet);
 * the days that differ are listed in `specials`. Worked by hand in
 * test/fixtures/property-2026-11.expected.md. Two builds: the test fixture without a 制度参数 sheet
 * (closed with `--preset 物业客服`), and the bundled sample with one naming the preset (closed as is).
 */
import type ExcelJS from 'exceljs';
import { propertyPreset } from '../../engine/policy/property';
import { policyToRows } from '../../engine/policy/params';
import { ownSheetNames } from '../../sheets/ownSheets';
import { buildWorkbook, dateCell, type SheetSpec, type Written } from './kit';

interface Member { name: string; base: number; shift: '早' | '夜'; rest: readonly number[] }

export const members: readonly Member[] = [
  { name: '王芳', base: 3000, shift: '早', rest: [1, 8, 15] },
  { name: '刘强', base: 2800, shift: '早', rest: [2, 9, 16] },
  // Four rest days: one more than allowed (R1, a flag).
  { name: '陈静', base: 3200, shift: '夜', rest: [3, 10, 17, 24] },
  { name: '赵磊', base: 2600, shift: '早', rest: [5, 12, 19] },
];

type Punches = readonly [string | null, string | null];
/** No row at all that day: a rostered day without a punch (an absence). */
const noRow = 'no-row';

/** Days that differ from an ordinary day: [上班打卡, 下班打卡], or no row. */
const specials: Readonly<Record<string, Readonly<Record<number, Punches | typeof noRow>>>> = {
  王芳: { 3: ['8:05', '17:35'], 4: ['8:06', '17:40'], 5: ['7:55', '17:35'], 10: ['8:10', '17:31'] }, // B1, B2, B11, B2
  刘强: { 3: ['8:11', '17:35'], 11: ['8:30', '17:40'], 17: noRow }, // B3 + 40, B3 + 40, B3 (no punch) → B4
  陈静: { 5: ['20:07', '8:05'], 6: ['19:45', '7:50'] }, // B2; A7 (left 10 minutes early, a flag)
  赵磊: { 14: ['7:52', '17:33'], 21: ['7:45', null] }, // B11 (8 minutes before); A6 (no clock-out, a flag)
};

function ordinary(member: Member, day: number): Punches {
  const w = day % 6;
  return member.shift === '早' ? [`7:${40 + w}`, `17:${31 + w}`] : [`19:${40 + w}`, `8:0${w}`];
}

function staffSheet(): SheetSpec {
  return { name: '员工', rows: [['姓名', '岗位', '底薪'], ...members.map((m): Written[] => [m.name, '前台', m.base])] };
}

function rotaSheet(): SheetSpec {
  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  const rows: Written[][] = [['2026年11月前台排班'], ['姓名', ...days.map(String)]];
  for (const m of members) rows.push([m.name, ...days.map((d) => (m.rest.includes(d) ? '休' : m.shift))]);
  return { name: '排班', rows, merges: ['A1:AE1'], boldRows: [1, 2] };
}

function attendanceSheet(): SheetSpec {
  const rows: Written[][] = [['姓名', '日期', '上班打卡', '下班打卡']];
  for (const m of members) {
    for (let day = 1; day <= 30; day++) {
      if (m.rest.includes(day)) continue;
      const special = specials[m.name]?.[day];
      if (special === noRow) continue;
      const [clockIn, clockOut] = special ?? ordinary(m, day);
      rows.push([m.name, dateCell(2026, 11, day), clockIn, clockOut]);
    }
  }
  return { name: '考勤', rows };
}

function incidentSheet(): SheetSpec {
  const list: [number, string, string, number | null][] = [
    [6, '王芳', '未穿制服', null], // B5 1
    [12, '王芳', '业主表扬', null], // B10 −5
    [4, '刘强', '打私人电话', null], [5, '刘强', '打私人电话', null], [6, '刘强', '打私人电话', null], // B7 5, 5, 10 + warning
    [7, '陈静', '闲聊', null], [8, '陈静', '闲聊', null], [9, '陈静', '与同事闲聊', 2], // B8 1, 1, 2 + warning
    [11, '陈静', '上班看书', null], // B8 4th: 3 + demerit
    [12, '陈静', '上班睡觉', 4], // B6 4 (serious)
    [6, '赵磊', '业主投诉', null], [20, '赵磊', '业主投诉', 8], // B9 5, 8
    [25, '赵磊', '业主表扬', 10], // B10 −10 (praise written as +10)
    [7, '赵磊', '没戴工牌和领带', 2], // B5 2 (two items)
  ];
  const rows: Written[][] = [['日期', '姓名', '类型', '扣分', '说明']];
  for (const [day, name, type, points] of list) rows.push([dateCell(2026, 11, day), name, type, points, null]);
  return { name: '奖惩记录', rows };
}

/**
 * The property desk's workbook without a 制度参数 sheet: the preset comes from `--preset 物业客服`
 * (and without it the default 电商客服 applies, which test/e2e/property.test.ts checks).
 * @example buildPropertyWorkbook().worksheets.map((s) => s.name) → ['员工', '排班', '考勤', '奖惩记录']
 */
export function buildPropertyWorkbook(): ExcelJS.Workbook {
  return buildWorkbook([staffSheet(), rotaSheet(), attendanceSheet(), incidentSheet()]);
}

/**
 * samples/物业前台-2026-11.xlsx: the same four sheets plus a 制度参数 sheet choosing 物业客服
 * (policyToRows(propertyPreset)), so `cs-close samples/物业前台-2026-11.xlsx` needs no `--preset`.
 * @example buildPropertySample().worksheets.map((s) => s.name) → ['员工', '排班', '考勤', '奖惩记录', '制度参数']
 */
export function buildPropertySample(): ExcelJS.Workbook {
  const policySheet: SheetSpec = { name: ownSheetNames.policy, rows: policyToRows(propertyPreset), boldRows: [1] };
  return buildWorkbook([staffSheet(), rotaSheet(), attendanceSheet(), incidentSheet(), policySheet]);
}
