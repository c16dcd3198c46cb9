/**
 * The second sample: a smaller shop (4 people, one group) that keeps a per-order sales list (订单),
 * a long rota with English headers, attendance with traditional-character headers and full
 * date-times, and an incident log in traditional characters. It carries K3 (unremarked orders),
 * K5 (refunded/closed orders) and K1's "no inquiries" case, which the Qianniu sample cannot.
 */
import { buildWorkbook, dateCell, dateTimeCell, type SheetSpec, type Written } from './kit';
import type ExcelJS from 'exceljs';

const Y = 2026;
const M = 10;

interface Member { name: string; alias: string; id: string; role: string; level: string; base: number | null; express: number | null; rest: number[] }

/** The four people of the per-order sample (邓超 is logistics: P3). */
export const orderMembers: readonly Member[] = [
  { name: '林晓', alias: '晓晓', id: 'CS01', role: '售前', level: '老员工', base: 3000, express: null, rest: [7, 14, 21] },
  { name: '何军', alias: '阿军', id: 'CS02', role: '售前', level: '新员工', base: 1500, express: null, rest: [1, 15, 29] },
  { name: '马丽', alias: '丽丽', id: 'CS03', role: '售后', level: '老员工', base: 2800, express: null, rest: [3, 17, 31] },
  { name: '邓超', alias: '超超', id: 'LG01', role: '物流', level: '新员工', base: null, express: 25000, rest: [10, 20, 30] },
];

/** Late arrivals on an Early shift: name → day → minute past 08:00 of the clock-in. */
const lateIn: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  林晓: { 2: 30 }, // A1: 30 minutes is the top of the 0.5 band
  何军: { 3: 31 }, // A2: 31 minutes is an absence
};

function shiftOf(index: number, day: number): 'Early' | 'Late' | 'Off' {
  const member = orderMembers[index];
  if (member?.rest.includes(day)) return 'Off';
  if (lateIn[member?.name ?? '']?.[day] !== undefined) return 'Early';
  return (day + index) % 6 === 0 ? 'Late' : 'Early';
}

function staffSheet(): SheetSpec {
  const rows: Written[][] = [['姓名', '别名', '工号', '岗位', '级别', '底薪', '快递收入']];
  for (const m of orderMembers) rows.push([m.name, m.alias, m.id, m.role, m.level, m.base, m.express]);
  return { name: '花名册', rows, boldRows: [1] };
}

function rotaSheet(): SheetSpec {
  const rows: Written[][] = [['Name', 'Date', 'Shift']];
  orderMembers.forEach((m, i) => {
    for (let day = 1; day <= 31; day++) rows.push([m.name, dateCell(Y, M, day), shiftOf(i, day)]);
  });
  return { name: 'Rota', rows, boldRows: [1], widths: [10, 12, 8] };
}

function attendanceSheet(): SheetSpec {
  const rows: Written[][] = [['姓名', '日期', '上班', '下班', '請假', '審批']];
  orderMembers.forEach((m, i) => {
    for (let day = 1; day <= 31; day++) {
      const shift = shiftOf(i, day);
      if (shift === 'Off') continue;
      const late = lateIn[m.name]?.[day];
      const wobble = (day * 7 + i * 5) % 9;
      const inCell = shift === 'Late' ? dateTimeCell(Y, M, day, 15, 50 + wobble)
        : late !== undefined ? dateTimeCell(Y, M, day, 8, late) : dateTimeCell(Y, M, day, 7, 50 + wobble);
      // A 晚班 ends at 01:00 the next day: the export writes the next day's date-time.
      const outCell = shift === 'Late' ? dateTimeCell(Y, M, day, 25, wobble) : dateTimeCell(Y, M, day, 17, 31 + wobble);
      rows.push([m.name, dateCell(Y, M, day), inCell, outCell, null, null]);
    }
  });
  return { name: '考勤', rows, boldRows: [1], widths: [10, 12, 17, 17, 6, 6] };
}

/** [order id suffix, day, agent as written, amount, remark, status]. */
const orders: readonly [string, number, string, number, string | null, string][] = [
  ['001', 1, '林晓', 1200, '送礼包装', '交易成功'],
  ['002', 3, '何军', 3100, '已核对地址', '交易成功'],
  ['003', 5, '林晓', 860.5, '改地址：杭州', '交易成功'],
  ['004', 6, '马丽', 420, null, '交易成功'], // K3: no remark
  ['005', 8, '林晓', 450, null, '交易成功'], // K3: no remark
  ['006', 9, '何军', 1555.55, '尺码确认 M', '交易成功'],
  ['007', 12, '林晓', 2300, '已备注', '退款成功'], // K5
  ['008', 15, '丽丽', 380, '补发配件', '交易成功'], // alias of 马丽
  ['009', 18, '何军', 700, '已备注', '交易关闭'], // K5
  ['010', 22, '林晓', 999.9, '赠品：围巾', '交易成功'],
  ['011', 25, '马丽', 150, null, '退款中'], // K3 and K5: excluded once
];

function ordersSheet(): SheetSpec {
  const rows: Written[][] = [['订单号', '日期', '客服', '金额', '备注', '状态']];
  for (const [suffix, day, agent, amount, remark, status] of orders) {
    rows.push([`T20261${String(day).padStart(3, '0')}${suffix}`, dateCell(Y, M, day), agent, amount, remark, status]);
  }
  const total = Math.round(orders.reduce((t, o) => t + o[3] * 100, 0)) / 100;
  rows.push(['合计', null, null, total, null, null]);
  return { name: '订单', rows, boldRows: [1], widths: [18, 12, 8, 10, 16, 10] };
}

/** Incident log in traditional characters (names and types fold to simplified). */
const incidents: readonly [number, string, string, number | null][] = [
  [4, '林曉', '未完成當日工作', 0.8], [6, '何軍', '私聊', null], [7, '馬麗', '回復不及時', null],
  [9, '馬麗', '回復不及時', null], [11, '何軍', '看視頻', null], [13, '馬麗', '回復不及時', null],
  [19, '馬麗', '回復不及時', null], [24, '馬麗', '回復不及時', null],
];

function incidentSheet(): SheetSpec {
  const rows: Written[][] = [['日期', '姓名', '類型', '扣分', '原因']];
  for (const [day, name, type, points] of incidents) rows.push([dateCell(Y, M, day), name, type, points, null]);
  return { name: '違規記錄', rows, boldRows: [1] };
}

/**
 * The per-order sample workbook: 花名册, Rota, 考勤, 订单, 違規記錄.
 * @example await workbookBytes(buildOrdersSample()) // the bytes of samples/客服部-订单版-2026-10.xlsx
 */
export function buildOrdersSample(): ExcelJS.Workbook {
  return buildWorkbook([staffSheet(), rotaSheet(), attendanceSheet(), ordersSheet(), incidentSheet()]);
}
