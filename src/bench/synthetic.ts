/**
 * Synthetic team workbooks for the benchmark: a fixed seed, realistic mixes (lates, leave, missing
 * punches, night shifts, incidents of every type, refunded and unremarked orders), laid out as the
 * standard input sheets. Pure: grids in memory; src/bench/workbook.ts writes them to a file.
 */
import type { CellValue } from '../engine/cells';
import { daySerialFromYmd, daysInMonth } from '../engine/time';
import type { Grid } from '../sheets';

/** mulberry32: a tiny seeded generator, so every run builds the same workbook. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  readonly people: number;
  readonly salesRows: number;
  readonly incidents: number;
}

/** The three sizes of issue 4: 1,000 people have 31,000 attendance rows, 300,000 orders, 20,000 incidents. */
export const benchSizes: readonly SyntheticSize[] = [
  { people: 10, salesRows: 3000, incidents: 200 },
  { people: 100, salesRows: 30000, incidents: 2000 },
  { people: 1000, salesRows: 300000, incidents: 20000 },
];

const incidentTypes = ['千牛未登录', '未及时响应', '服务态度投诉', '未完成当日工作', '交接未录入', '周报未交', '玩游戏', '卫生未值日', '未催付', '投诉超时'];
const year = 2026;
const month = 10;

const clock = (minutes: number): number => minutes / 1440;

function staffGrid(names: readonly string[], random: () => number): Grid {
  const rows: CellValue[][] = [['姓名', '旺旺', '工号', '岗位', '级别', '底薪', '班组']];
  names.forEach((name, i) => {
    const senior = random() < 0.5;
    rows.push([name, `小${name}`, `CS${String(i + 1).padStart(5, '0')}`, i % 2 ? '售后' : '售前', senior ? '老员工' : '新员工', senior ? 4000 : 1500, `${(i % 20) + 1}组`]);
  });
  return { name: '员工', rows };
}

/** A wide rota: 早 most days, 晚 for every fifth person, 3 rest days each (a few get 4 to fire R1). */
function rotaGrid(names: readonly string[], days: number, random: () => number): Grid {
  const header: CellValue[] = ['姓名'];
  for (let d = 1; d <= days; d += 1) header.push(d);
  const rows: CellValue[][] = [[`${year}年${month}月排班表`], header];
  names.forEach((name, i) => {
    const rest = new Set([3, 12, 24, ...(random() < 0.05 ? [28] : [])]);
    const row: CellValue[] = [name];
    for (let d = 1; d <= days; d += 1) row.push(rest.has(d) ? '休' : i % 5 === 0 ? '晚' : '早');
    rows.push(row);
  });
  return { name: '排班', rows };
}

function attendanceGrid(names: readonly string[], days: number, random: () => number): Grid {
  const rows: CellValue[][] = [['姓名', '日期', '上班打卡', '下班打卡', '请假类型', '是否批准']];
  names.forEach((name, i) => {
    const night = i % 5 === 0;
    for (let d = 1; d <= days; d += 1) {
      const serial = daySerialFromYmd(year, month, d);
      const start = night ? 960 : 480;
      const end = night ? 1500 : 1050;
      const roll = random();
      if (roll < 0.02) rows.push([name, serial, null, null, random() < 0.5 ? '事假' : '病假', '是']);
      else if (roll < 0.03) rows.push([name, serial, clock(start - 5), null, null, null]);
      else {
        const late = roll < 0.12 ? Math.floor(random() * 45) + 1 : -Math.floor(random() * 10);
        const out = (end + Math.floor(random() * 20)) % 1440;
        rows.push([name, serial, clock(start + late), clock(out), null, null]);
      }
    }
  });
  return { name: '考勤', rows };
}

function salesGrid(names: readonly string[], count: number, days: number, random: () => number): Grid {
  const rows: CellValue[][] = [['订单号', '日期', '客服', '金额', '备注', '状态']];
  for (let i = 0; i < count; i += 1) {
    const name = names[Math.floor(random() * names.length)] as string;
    const day = daySerialFromYmd(year, month, 1 + Math.floor(random() * days));
    const amount = Math.round(random() * 50000) / 100;
    const status = random() < 0.03 ? '退款' : random() < 0.01 ? '交易关闭' : '交易成功';
    rows.push([`E${String(i + 1).padStart(9, '0')}`, day, name, amount, random() < 0.04 ? '' : '已备注', status]);
  }
  return { name: '销售', rows };
}

function incidentGrid(names: readonly string[], count: number, days: number, random: () => number): Grid {
  const rows: CellValue[][] = [['日期', '姓名', '类型', '扣分', '金额', '原因']];
  for (let i = 0; i < count; i += 1) {
    const type = incidentTypes[Math.floor(random() * incidentTypes.length)] as string;
    rows.push([daySerialFromYmd(year, month, 1 + Math.floor(random() * days)), names[Math.floor(random() * names.length)] as string, type, null, null, null]);
  }
  return { name: '事件', rows };
}

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const given = '伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉兰红梅飞鹏辉宁波莉萍燕婷雪琳晨欣怡悦昊然浩宇轩睿博文';

/** Distinct two- or three-character names: 20 surnames × 50 given names, then a second given name. */
function personName(index: number): string {
  const surname = surnames[index % surnames.length] as string;
  const first = given[Math.floor(index / surnames.length) % given.length] as string;
  const round = Math.floor(index / (surnames.length * given.length));
  return round === 0 ? surname + first : surname + first + (given[round % given.length] as string);
}

/**
 * The input grids of one synthetic team for 2026-10.
 * @example syntheticTeam(benchSizes[0]).map((g) => g.name) → ['员工', '排班', '考勤', '销售', '事件']
 */
export function syntheticTeam(size: SyntheticSize, seed = 20261001): Grid[] {
  const random = seeded(seed + size.people);
  const names = Array.from({ length: size.people }, (_, i) => personName(i));
  const days = daysInMonth(year, month);
  return [
    staffGrid(names, random),
    rotaGrid(names, days, random),
    attendanceGrid(names, days, random),
    salesGrid(names, size.salesRows, days, random),
    incidentGrid(names, size.incidents, days, random),
  ];
}

export function inputRowCount(grids: readonly Grid[]): number {
  return grids.reduce((sum, grid) => sum + grid.rows.length, 0);
}
