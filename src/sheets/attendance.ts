/**
 * The attendance sheet 考勤 (POLICY.md §1): a plain table (name · date · in · out · leave · approved)
 * or DingTalk's 每日统计 as exported (上班1打卡时间 …, 打卡结果, 关联的审批单, split shifts).
 */
import type { AttendanceDay } from '../engine/model';
import type { Problem } from '../engine/result';
import { daysInMonth, isoDate, monthKeyOf, ymdFromDaySerial, type MonthKey } from '../engine/time';
import { RowReader } from './fields';
import { foldText } from './fold';
import type { NameBook } from './names';
import { parseYesNo } from './numbers';
import { PersonDays } from './personDays';
import { dataRows } from './rows';
import { leaveWords } from './synonyms';
import type { Grid, SheetDetection } from './types';
import { clockMinuteOfNumber, parseTime } from './values';

const noLeave = new Set(['', '无', '-', '--', '否', '正常', 'none', 'no']);

/** The first leave word in a text (DingTalk: `事假 10-03 09:00到10-03 18:00`), or null. */
export function leaveWordIn(text: string | null): string | null {
  if (text === null) return null;
  const folded = foldText(text);
  return leaveWords.find((w) => folded.includes(w)) ?? null;
}

/** The attendance sheet's data rows and the hidden-row notes dataRows made for them. */
export interface AttendanceRows {
  readonly rows: readonly number[];
  readonly skipped: readonly Problem[];
}

/**
 * Data rows of the attendance sheet, found once: readTeam reads the months and then the days from
 * the same rows, and filtering 31,000 rows twice showed in the 1,000-person profile.
 */
export function attendanceRows(grid: Grid, detection: SheetDetection): AttendanceRows {
  const skipped: Problem[] = [];
  return { rows: dataRows(grid, detection, skipped), skipped };
}

/**
 * The months present in the attendance dates, sorted, without reporting anything (a first pass,
 * to know the month before the rota is read).
 * @example attendanceMonths(grid, detection, 2026) → ['2026-09', '2026-10']
 */
export function attendanceMonths(grid: Grid, detection: SheetDetection, yearHint: number | null, found: AttendanceRows = attendanceRows(grid, detection)): MonthKey[] {
  const months = new Set<MonthKey>();
  // The days of the month found last: rows go through a month day by day, so a month key is built
  // only when a day falls outside it, not per row or per distinct day.
  let firstSerial = 1;
  let lastSerial = 0;
  const r = new RowReader(grid, detection, 0, []);
  const dateCol = r.col('date');
  for (let k = 0; k < found.rows.length; k += 1) {
    const day = r.moveTo(found.rows[k] as number).dateAt(dateCol, yearHint);
    if (typeof day !== 'number' || (day >= firstSerial && day <= lastSerial)) continue;
    const { year, month, day: dayOfMonth } = ymdFromDaySerial(day);
    months.add(monthKeyOf(day));
    firstSerial = day - dayOfMonth + 1;
    lastSerial = firstSerial + daysInMonth(year, month) - 1;
  }
  return [...months].sort();
}

/** The attendance columns, looked up once per sheet (a dozen lookups by field name were ~a fifth of each row). */
interface AttendanceColumns {
  readonly date: number | undefined;
  readonly in: number | undefined;
  /** 下班1/2/3 that are mapped, in order. */
  readonly outs: readonly number[];
  /** The 下班 column a row without any clock-out points at. */
  readonly out: number | undefined;
  readonly leave: number | undefined;
  readonly approved: number | undefined;
  /** 审批单, 上班/下班打卡结果 that are mapped, in order. */
  readonly dingTalkLeave: readonly number[];
  readonly shift: number | undefined;
}

const clockOutFields = ['out', 'out2', 'out3'] as const;
const dingTalkLeaveFields = ['approvalForm', 'inResult', 'outResult'] as const;

function attendanceColumns(r: RowReader): AttendanceColumns {
  const mapped = (fields: readonly string[]): number[] =>
    fields.map((f) => r.col(f)).filter((col): col is number => col !== undefined);
  return {
    date: r.col('date'), in: r.col('in'), outs: mapped(clockOutFields), out: r.col('out'),
    leave: r.col('leave'), approved: r.col('approved'), dingTalkLeave: mapped(dingTalkLeaveFields), shift: r.col('shift'),
  };
}

/**
 * A clock cell of the row: a number cell that is a time of day directly, anything else through
 * parseTime (which reports a bad value). 31,000 rows at 1,000 people: no parser object per row.
 */
function clockAt(r: RowReader, col: number | undefined, daySerial: number): number | null | undefined {
  if (col === undefined) return null;
  const value = r.rawAt(col);
  const minute = typeof value === 'number' ? clockMinuteOfNumber(value) : undefined;
  return minute !== undefined ? minute : parsedClockAt(r, col, daySerial);
}

/** clockAt's other cells, apart: a parser closing over daySerial made a context object on every call of clockAt. */
function parsedClockAt(r: RowReader, col: number, daySerial: number): number | null | undefined {
  return r.parseAt(col, (v) => parseTime(v, daySerial));
}

/**
 * The clock-out: the last filled of 下班1/2/3 (a split shift ends with its last punch); undefined
 * when one is bad. Its column is left in `found.col` (one object per sheet, not one per row).
 */
function clockOut(r: RowReader, columns: AttendanceColumns, daySerial: number, found: { col: number | undefined }): number | null | undefined {
  let minute: number | null = null;
  found.col = columns.out;
  // Index loops over the columns here: for-of made an iterator result per column and row.
  for (let k = 0; k < columns.outs.length; k += 1) {
    const col = columns.outs[k] as number;
    const read = clockAt(r, col, daySerial);
    if (read === undefined) return undefined;
    if (read !== null) {
      minute = read;
      found.col = col;
    }
  }
  return minute;
}

/** The first of 审批单, 上班/下班打卡结果 that names a leave word, and that word. */
function dingTalkLeaveWord(r: RowReader, columns: AttendanceColumns): { col: number; word: string } | undefined {
  for (let k = 0; k < columns.dingTalkLeave.length; k += 1) {
    const col = columns.dingTalkLeave[k] as number;
    const word = leaveWordIn(r.textAt(col));
    if (word !== null) return { col, word };
  }
  return undefined;
}

/**
 * Leave and its approval: the leave column (a blank approval cell beside it means not approved,
 * POLICY.md A4: approval beforehand), else DingTalk's 审批单 or 打卡结果, which show approved leave only.
 */
function leaveOf(r: RowReader, columns: AttendanceColumns): { leave: string | null; approved: boolean | null; col: number | undefined } | undefined {
  const written = r.textAt(columns.leave);
  const leave = written === null || noLeave.has(foldText(written).toLowerCase()) ? null : foldText(written);
  const fromDingTalk = columns.dingTalkLeave.length === 0 ? undefined : dingTalkLeaveWord(r, columns);
  if (leave !== null) {
    const approved = r.parseAt(columns.approved, parseYesNo);
    if (approved === undefined) return undefined;
    const fallback = fromDingTalk ? true : columns.approved !== undefined ? false : null;
    return { leave, approved: approved ?? fallback, col: columns.leave };
  }
  if (fromDingTalk) return { leave: fromDingTalk.word, approved: true, col: fromDingTalk.col };
  return noLeaveRead;
}

/** A day without leave, the common case: one shared answer. */
const noLeaveRead = Object.freeze({ leave: null, approved: null, col: undefined });

/**
 * Attendance days. A row with a date or clock time that cannot be read is reported (error) and
 * left out rather than counted as a missing punch.
 * @example readAttendance(grid, detection, book, 2026, problems)[0] → { name: '张三', daySerial: 46296, inMinute: 485, outMinute: 1050, … }
 */
export function readAttendance(
  grid: Grid, detection: SheetDetection, book: NameBook, bookFromStaff: boolean, yearHint: number | null, problems: Problem[],
  found: AttendanceRows = attendanceRows(grid, detection),
): AttendanceDay[] {
  const days: AttendanceDay[] = [];
  const seen = new PersonDays();
  const r = new RowReader(grid, detection, 0, problems);
  const columns = attendanceColumns(r);
  const out = { col: columns.out };
  const unknownCode = bookFromStaff ? 'sheets.unknownName' : 'sheets.unknownNameNotOnRota';
  for (const skipped of found.skipped) problems.push(skipped);
  // Index loops over the rows here: for-of made an iterator result per row (31,000 at 1,000 people).
  for (let k = 0; k < found.rows.length; k += 1) {
    r.moveTo(found.rows[k] as number);
    if (r.nameText() === null) continue;
    const daySerial = r.dateAt(columns.date, yearHint);
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.cellRef(columns.date) ?? undefined);
    if (daySerial === null || daySerial === undefined) continue;
    const name = r.person(book, unknownCode);
    const inMinute = clockAt(r, columns.in, daySerial);
    const outMinute = clockOut(r, columns, daySerial, out);
    const leave = leaveOf(r, columns);
    if (name === null || inMinute === undefined || outMinute === undefined || leave === undefined) continue;
    // One row per person and day: a second row would count the same lateness twice; the first stands.
    if (!seen.take(name, daySerial)) {
      r.report('warning', 'sheets.duplicateAttendanceDay', { name, date: isoDate(daySerial) });
      continue;
    }
    const shift = r.textAt(columns.shift);
    days.push({
      name, daySerial, inMinute, outMinute,
      leave: leave.leave, leaveApproved: leave.approved,
      shiftCode: shift === null ? null : foldText(shift),
      source: r.rowRef(), inCol: columns.in ?? null, outCol: out.col ?? null, leaveCol: leave.leave === null ? null : leave.col ?? null,
    });
  }
  return days;
}
