/**
 * A small, clean October 2026 team that every catalogue entry starts from and then spoils in one
 * way. Closed as is, it gives no warning and no error (catalogue entry C00), so any problem an entry
 * produces comes from its own mess.
 *
 * Hand-worked figures of the clean team (POLICY.md):
 * - 张三, 李四, 王五 all on 早班 08:00–17:30, three rest days each (R1 allows 3), every rostered day
 *   punched 07:55–17:35: no A1–A7 points, score 10 each.
 * - 客服绩效 (Qianniu, period): 小张 100/80/10000 → 80 % → K2 1.5 % → 150.00; 小李 100/50/5000 → 50 %
 *   → 1 % → 50.00; 小王 50/40/4000 → 80 % → 60.00. K4: 张三 first → 50.
 * - 事件: 李四 卫生未值日 on 10-03 → F5 50 yuan; fund 50.
 */
import type ExcelJS from 'exceljs';
import { buildWorkbook, dateCell, timeCell, type SheetSpec, type Written } from '../../src/cli/samples/kit';

export interface Person { readonly name: string; readonly alias: string; readonly base: number; readonly rest: readonly number[] }

export const people: readonly Person[] = [
  { name: '张三', alias: '小张', base: 3000, rest: [4, 11, 18] },
  { name: '李四', alias: '小李', base: 2500, rest: [5, 12, 19] },
  { name: '王五', alias: '小王', base: 3500, rest: [6, 13, 20] },
];

export const days = Array.from({ length: 31 }, (_, i) => i + 1);

/** One editable sheet: its rows (0-based here, row i is sheet row i + 1) and how it is dressed. */
export interface SheetDraft {
  name: string;
  rows: Written[][];
  merges?: string[];
  /** 1-based rows to hide. */
  hiddenRows?: number[];
  hidden?: boolean;
}

/** The team as drafts an entry may edit before the workbook is built. */
export interface Team {
  staff: SheetDraft;
  rota: SheetDraft;
  attendance: SheetDraft;
  sales: SheetDraft;
  incidents: SheetDraft;
  /** Further sheets, after the five. */
  extra: SheetDraft[];
  /** Sheets left out of the workbook (by draft key). */
  omit: Set<'staff' | 'rota' | 'attendance' | 'sales' | 'incidents'>;
  /** Last touches on the built workbook (defined names, row states). */
  finish: ((workbook: ExcelJS.Workbook) => void)[];
}

export function cleanTeam(): Team {
  const attendance: Written[][] = [['姓名', '日期', '上班', '下班']];
  for (const p of people) {
    for (const day of days) if (!p.rest.includes(day)) attendance.push([p.name, dateCell(2026, 10, day), timeCell(7, 55), timeCell(17, 35)]);
  }
  return {
    staff: { name: '员工', rows: [['姓名', '旺旺', '底薪'], ...people.map((p) => [p.name, p.alias, p.base])] },
    rota: { name: '排班', rows: [['姓名', ...days], ...people.map((p) => [p.name, ...days.map((d) => (p.rest.includes(d) ? '休' : '早'))])] },
    attendance: { name: '考勤', rows: attendance },
    sales: {
      name: '客服绩效',
      rows: [
        ['旺旺昵称', '询单人数', '询单->最终付款人数', '询单最终付款金额'],
        ['小店:小张', 100, 80, 10000],
        ['小店:小李', 100, 50, 5000],
        ['小店:小王', 50, 40, 4000],
        ['汇总值', 250, 170, 19000],
      ],
    },
    incidents: { name: '事件', rows: [['日期', '姓名', '类型'], [dateCell(2026, 10, 3), '李四', '卫生未值日']] },
    extra: [],
    omit: new Set(),
    finish: [],
  };
}

/**
 * The 0-based index of a person's attendance row on a day (the sheet row is this + 1 while nothing
 * is inserted above it).
 * @example attendanceIndex(cleanTeam(), '张三', 1) === 1
 */
export function attendanceIndex(team: Team, name: string, day: number): number {
  const serial = dateCell(2026, 10, day).value;
  const index = team.attendance.rows.findIndex((row) => row[0] === name && typeof row[1] === 'object' && row[1] !== null && row[1].value === serial);
  if (index < 0) throw new Error(`no attendance row for ${name} on day ${day}`);
  return index;
}

/** Sets one cell of a draft (0-based row, column letter). */
export function setCell(draft: SheetDraft, row: number, column: string, value: Written): void {
  const col = column.charCodeAt(0) - 65;
  const cells = draft.rows[row] ?? [];
  while (cells.length <= col) cells.push(null);
  cells[col] = value;
  draft.rows[row] = cells;
}

function specOf(draft: SheetDraft): SheetSpec {
  return { name: draft.name, rows: draft.rows, ...(draft.merges ? { merges: draft.merges } : {}), ...(draft.hidden ? { hidden: true } : {}) };
}

/** The team's workbook, built deterministically (same bytes each time). */
export function teamWorkbook(team: Team): ExcelJS.Workbook {
  const keys = (['staff', 'rota', 'attendance', 'sales', 'incidents'] as const).filter((k) => !team.omit.has(k));
  const drafts = [...keys.map((k) => team[k]), ...team.extra];
  const workbook = buildWorkbook(drafts.map(specOf));
  for (const draft of drafts) {
    const sheet = workbook.getWorksheet(draft.name);
    for (const row of draft.hiddenRows ?? []) if (sheet) sheet.getRow(row).hidden = true;
  }
  for (const touch of team.finish) touch(workbook);
  return workbook;
}
