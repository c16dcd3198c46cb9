/**
 * The rota 排班 (POLICY.md §1): long (name · date · shift) or wide (one row per person, one column
 * per day). A wide rota's month comes from its title (`2026年10月排班表`) or sheet name, else the
 * month given, else the attendance's latest month.
 */
import type { CellValue } from '../engine/cells';
import type { RotaDay } from '../engine/model';
import type { Policy } from '../engine/policy/types';
import { problem, type Problem } from '../engine/result';
import { isoDate, parseMonthKey, type MonthKey } from '../engine/time';
import { dayColumns, serialOfDay } from './days';
import { RowReader } from './fields';
import { cellText, foldText, halfWidth, nameKey } from './fold';
import { refIn } from './grid';
import type { NameBook } from './names';
import { PersonDays } from './personDays';
import { dataRows } from './rows';
import type { Grid, SheetDetection } from './types';

export interface RotaContext {
  /** Staff names when there is a staff sheet; otherwise the rota fills this book. */
  readonly book: NameBook;
  readonly bookFromStaff: boolean;
  readonly fallbackMonth: MonthKey | null;
  readonly yearHint: number | null;
  readonly policy: Policy;
}

/**
 * A month named in a title row above the header or in the sheet's name: `2026年10月排班表`, `2026-10`,
 * or with `yearHint`, a bare `10月排班`.
 * @example titleMonth({ name: '排班', rows: [['2026年10月排班表'], ['姓名', 1, 2]] }, 1) === '2026-10'
 */
export function titleMonth(grid: Grid, headerRow: number, yearHint: number | null = null): MonthKey | null {
  const texts = titleTexts(grid, headerRow);
  for (let k = 0; k < texts.length; k += 1) {
    const match = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*月?/u.exec(texts[k] as string);
    const found = match ? monthKeyOfTitle(match[1] ?? '', match[2]) : null;
    if (found) return found;
  }
  if (yearHint === null) return null;
  for (let k = 0; k < texts.length; k += 1) {
    const match = /(?:^|[^\d])(\d{1,2})\s*月/u.exec(texts[k] as string);
    const found = match ? monthKeyOfTitle(yearHint, match[1]) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The sheet's name and the texts above its header, half-width, without the export's date line
 * (a 报表生成时间 / 导出时间 line dates the export, not the rota: December is exported in January).
 * Index loops: flatMap and its arrays per row were most of the cost of a rota's title.
 */
function titleTexts(grid: Grid, headerRow: number): string[] {
  const texts: string[] = [];
  const add = (text: string): void => {
    if (!/生成|导出|打印|導出/u.test(text)) texts.push(halfWidth(text));
  };
  add(grid.name);
  for (let row = 0; row < headerRow && row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? [];
    for (let col = 0; col < cells.length; col += 1) add(cellText(cells[col]));
  }
  return texts;
}

function monthKeyOfTitle(year: string | number, month: string | undefined): MonthKey | null {
  return parseMonthKey(`${year}-${month ?? ''}`) ? `${year}-${String(Number(month)).padStart(2, '0')}` : null;
}

/** Per policy, the shift and rest codes it knows, as name keys: built once, not on every close. */
const knownCodesOf = new WeakMap<Policy, ReadonlySet<string>>();

function shiftCheck(policy: Policy): (code: string) => boolean {
  let known = knownCodesOf.get(policy);
  if (known === undefined) {
    known = new Set([...policy.rota.shifts.flatMap((s) => [s.code, ...s.aliases]), ...policy.rota.restCodes].map(nameKey));
    knownCodesOf.set(policy, known);
  }
  const codes = known;
  return (code) => codes.has(nameKey(code));
}

/** Resolves or, when the rota is the roster, registers the row's person. */
function rowPerson(r: RowReader, ctx: RotaContext): string | null {
  if (ctx.bookFromStaff) return r.person(ctx.book, 'sheets.unknownName');
  const text = r.nameText();
  if (text === null) return null;
  ctx.book.add(foldText(text));
  return ctx.book.resolve(text);
}

/** A wide rota's day column and the day it stands for. */
interface DayColumn { readonly col: number; readonly serial: number }

/** A rota cell as the readers need it: its shift code (folded; '' when blank), whether the policy knows it, whether it is a weekday. */
interface ShiftCell { readonly code: string; readonly known: boolean; readonly weekday: boolean }

const weekdayCell = /^(星期|周|礼拜)?[一二三四五六日天]$|^(mon|tue|wed|thu|fri|sat|sun)/iu;

/**
 * Each distinct cell value of a rota worked out once: a 1,000-person rota has 31,000 cells and a
 * handful of codes (早, 晚, 休), each folded, checked and weekday-tested once instead of per cell.
 */
function shiftCells(policy: Policy): (value: CellValue | undefined) => ShiftCell {
  const known = shiftCheck(policy);
  const byValue = new Map<CellValue, ShiftCell>();
  // A row repeats one code for days on end (早 早 早 休 早): the last cell's answer is checked first.
  let lastValue: CellValue | undefined;
  let lastCell: ShiftCell | undefined;
  return (value) => {
    if (lastCell !== undefined && value === lastValue) return lastCell;
    const cell = value ?? null;
    let found = byValue.get(cell);
    if (found === undefined) {
      const code = foldText(cellText(cell));
      found = { code, known: code !== '' && known(code), weekday: code !== '' && weekdayCell.test(code) };
      byValue.set(cell, found);
    }
    lastValue = value;
    lastCell = found;
    return found;
  };
}

/**
 * Rota days of the rota sheet, one per person per rostered cell (a blank cell is no entry).
 * @example readRota(grid, detection, ctx, problems) → [{ name: '张三', daySerial: 46296, code: '早', source: 排班!B2 }, …]
 */
export function readRota(grid: Grid, detection: SheetDetection, ctx: RotaContext, problems: Problem[]): RotaDay[] {
  const shiftOf = shiftCells(ctx.policy);
  const days: RotaDay[] = [];
  const seen = new PersonDays();
  const push = (r: RowReader, name: string, daySerial: number, col: number, { code, known }: ShiftCell): void => {
    if (code === '') return;
    // One shift per person per day: a second entry is a copy-paste slip; the first stands.
    if (!seen.take(name, daySerial)) {
      r.report('warning', 'sheets.duplicateRotaDay', { name, date: isoDate(daySerial) }, r.refAt(col));
      return;
    }
    if (!known) r.report('warning', 'sheets.unknownShiftCode', { value: code }, r.refAt(col));
    days.push({ name, daySerial, code, source: r.refAt(col) });
  };
  const wide = detection.layout === 'wide' ? wideDays(grid, detection, ctx, problems) : null;
  const r = new RowReader(grid, detection, 0, problems);
  // A long rota's columns, looked up once per sheet rather than by field name on every row.
  const dateCol = r.col('date');
  const shiftCol = r.col('shift');
  // A wide row's day cells, worked out once for the weekday check and the days (one array for the sheet).
  const dayCells: ShiftCell[] = [];
  const rows = dataRows(grid, detection, problems);
  for (let k = 0; k < rows.length; k += 1) {
    r.moveTo(rows[k] as number);
    const cells = grid.rows[r.row];
    if (wide === null) {
      const daySerial = r.dateAt(dateCol, ctx.yearHint);
      if (daySerial === null || daySerial === undefined) continue;
      const name = rowPerson(r, ctx);
      if (name !== null && shiftCol !== undefined) push(r, name, daySerial, shiftCol, shiftOf(cells?.[shiftCol]));
      continue;
    }
    // Index loops over the day columns: for-of made an iterator result per rota cell.
    for (let d = 0; d < wide.length; d += 1) dayCells[d] = shiftOf(cells?.[(wide[d] as DayColumn).col]);
    if (isWeekdayRow(r, dayCells, wide.length)) continue;
    const name = rowPerson(r, ctx);
    if (name !== null) for (let d = 0; d < wide.length; d += 1) push(r, name, (wide[d] as DayColumn).serial, (wide[d] as DayColumn).col, dayCells[d] as ShiftCell);
  }
  return days;
}

/** A row of weekdays under the day numbers (一 二 三 …, or 星期 in the name column) is not a person. */
function isWeekdayRow(r: RowReader, dayCells: readonly ShiftCell[], count: number): boolean {
  const name = foldText(r.nameText() ?? '');
  if (/^(星期|周|weekday|day)$/iu.test(name)) return true;
  let filled = 0;
  let weekdays = 0;
  for (let d = 0; d < count; d += 1) {
    const cell = dayCells[d] as ShiftCell;
    if (cell.code === '') continue;
    filled += 1;
    if (cell.weekday) weekdays += 1;
  }
  return filled > 0 && weekdays * 2 >= filled;
}

/** The day columns of a wide rota with their serials; reports a rota whose month is unknown. */
function wideDays(grid: Grid, detection: SheetDetection, ctx: RotaContext, problems: Problem[]): DayColumn[] {
  const mapped = new Set(Object.values(detection.columns));
  const columns = dayColumns(grid.rows[detection.headerRow] ?? []).filter((d) => !mapped.has(d.col));
  const month = parseMonthKey(titleMonth(grid, detection.headerRow, ctx.yearHint) ?? ctx.fallbackMonth ?? '');
  const out: DayColumn[] = [];
  for (const { col, spec } of columns) {
    if (spec.kind !== 'serial' && month === null) {
      problems.push(problem('error', 'sheets.rotaMonthUnknown', { sheet: grid.name }, refIn(grid, detection.headerRow, col)));
      return [];
    }
    const serial = serialOfDay(spec, month?.year ?? 0, month?.month ?? 1);
    if (serial !== null) out.push({ col, serial });
  }
  return out;
}
