/**
 * One person-day: absenteeism (A4), leave and missing punches (handed to A5/A6 counting), lateness
 * (A1/A2) and early leave (A7). Rest days and days with an unknown shift code are not assessed.
 */
import { problem, type CellRef, type Problem } from '../result';
import { formatMinutes, isoDate } from '../time';
import type { AttendanceParams, ShiftDef } from '../policy/types';
import { hit, type Hit, type LeaveUse } from './hits';
import { earlyArrivalHit } from './arrival';
import { earlyLeaveHit, lateHit } from './lateness';
import { mergePunches, type DayPunches } from './punches';
import type { PersonDay } from './schedule';

export interface DayOutcome {
  readonly hits: Hit[];
  readonly uses: LeaveUse[];
  readonly problems: Problem[];
  /** A punch on a day with no known shift: lateness could not be assessed (reported once per person). */
  readonly unscheduledPunchCell: CellRef | null;
}

const nothing = (): DayOutcome => ({ hits: [], uses: [], problems: [], unscheduledPunchCell: null });

/**
 * Assesses one person-day under the attendance policy.
 * @example assessDay({ name: '张三', daySerial, rota: 早, rows: [], shift: 早班 }, policy.attendance)
 *   // hits: [A4, 5 points, note attendance.note.absentNoRecord, source: the rota cell]
 */
export function assessDay(day: PersonDay, attendance: AttendanceParams): DayOutcome {
  if (day.shift.kind === 'rest' || day.shift.kind === 'unknown') return nothing();
  const shift = day.shift.kind === 'work' ? day.shift.shift : null;
  const punches = mergePunches(day.rows, shift);
  const absent = (code: string, source: CellRef | null, params: Record<string, string>): DayOutcome => ({
    ...nothing(),
    hits: [hit({ name: day.name, daySerial: day.daySerial, rule: attendance.absenteeismRule,
      points: attendance.absenteeismPoints, source, code, params, absence: true })],
  });
  if (!punches) {
    // A4: rostered to work and no attendance row at all (a day only the attendance names has a row).
    return shift && day.rota ? absent('attendance.note.absentNoRecord', day.rota.source, { shift: shift.code }) : nothing();
  }
  if (punches.leave !== null) {
    // A4: leave not approved beforehand; otherwise the leave uses the allowance (A5). A leave day
    // is not checked for lateness or punches: the leave covers the hours missed.
    if (punches.leaveApproved === false && attendance.unapprovedLeaveIsAbsenteeism) {
      return absent('attendance.note.unapprovedLeave', punches.leaveCell, { leave: punches.leave });
    }
    const use: LeaveUse = { name: day.name, daySerial: day.daySerial, kind: 'leave', leave: punches.leave,
      shift: shift?.code ?? '', source: punches.leaveCell };
    return { ...nothing(), uses: [use] };
  }
  if (punches.inMinute === null && punches.outMinute === null) {
    // A4: a row with neither punch and no leave; without a shift it is a day off, not absenteeism.
    return shift ? absent('attendance.note.absentNoPunch', punches.source, { shift: shift.code }) : nothing();
  }
  return assessPunches(day, punches, shift, attendance);
}

/** A day with at least one punch: A6 for the missing one, A1/A2 and A7 when the shift is known. */
function assessPunches(day: PersonDay, punches: DayPunches, shift: ShiftDef | null, attendance: AttendanceParams): DayOutcome {
  const uses: LeaveUse[] = [];
  const base = { name: day.name, daySerial: day.daySerial, shift: shift?.code ?? '', leave: null };
  if (punches.inMinute === null) uses.push({ ...base, kind: 'missingIn', source: punches.outCell });
  if (punches.outMinute === null) uses.push({ ...base, kind: 'missingOut', source: punches.inCell });
  if (!shift) return { hits: [], uses, problems: [], unscheduledPunchCell: punches.inCell ?? punches.outCell };
  const { name, daySerial } = day;
  const { inMinute, outMinute } = punches;
  if (inMinute !== null && outMinute !== null && outMinute < inMinute) {
    const params = { name: day.name, date: isoDate(day.daySerial), clockIn: formatMinutes(inMinute),
      clockOut: formatMinutes(outMinute), shift: shift.code };
    const cell = punches.outCell ?? punches.source;
    return { hits: [], uses, problems: [problem('warning', 'attendance.clockOutBeforeIn', params, cell)], unscheduledPunchCell: null };
  }
  const hits: Hit[] = [];
  // Plain literals, not spreads of a shared object: object spread was the day loop's main cost.
  const late = inMinute !== null ? lateHit({ name, daySerial, shift, attendance, inMinute, cell: punches.inCell ?? punches.source }) : null;
  const early = outMinute !== null ? earlyLeaveHit({ name, daySerial, shift, attendance, outMinute, cell: punches.outCell ?? punches.source }) : null;
  if (late) hits.push(late);
  // B11: on time but not early enough for the handover (only policies that set the check).
  const handover = !late && inMinute !== null ? earlyArrivalHit({ name, daySerial, shift, attendance, inMinute, cell: punches.inCell ?? punches.source }) : null;
  if (handover) hits.push(handover);
  if (early) hits.push(early);
  return { hits, uses, problems: [], unscheduledPunchCell: null };
}
