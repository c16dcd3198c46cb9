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
import type { DayPunches } from './punches';
import type { PersonDays } from './schedule';

/**
 * What a person's days found, collected day after day: a thousand people have 31,000 days, most of
 * them finding nothing, and a result object with four arrays per day was most of the day loop's cost.
 */
export interface DayFindings {
  readonly hits: Hit[];
  readonly uses: LeaveUse[];
  readonly problems: Problem[];
  /** Punches on days with no known shift: lateness could not be assessed (reported once per person). */
  readonly unscheduledPunchCells: CellRef[];
}

/** A person's findings, their problems added to `problems` (the team's, person after person). */
export function noFindings(problems: Problem[]): DayFindings {
  return { hits: [], uses: [], problems, unscheduledPunchCells: [] };
}

/**
 * Assesses one person-day under the attendance policy, adding what it finds to `found`.
 * @example assessDay(张三's day with rota 早 and no attendance row, shift 早班, policy.attendance, found)
 *   // found.hits + [A4, 5 points, note attendance.note.absentNoRecord, source: the rota cell]
 */
export function assessDay(day: PersonDays, attendance: AttendanceParams, found: DayFindings): void {
  if (day.shift.kind === 'rest' || day.shift.kind === 'unknown') return;
  const shift = day.shift.kind === 'work' ? day.shift.shift : null;
  const punches = day.punches();
  if (!punches) {
    // A4: rostered to work and no attendance row at all (a day only the attendance names has a row).
    if (shift && day.rota) found.hits.push(absentHit(day, attendance, 'attendance.note.absentNoRecord', day.rota.source, { shift: shift.code }));
    return;
  }
  if (punches.leave !== null) {
    // A4: leave not approved beforehand; otherwise the leave uses the allowance (A5). A leave day
    // is not checked for lateness or punches: the leave covers the hours missed.
    if (punches.leaveApproved === false && attendance.unapprovedLeaveIsAbsenteeism) {
      found.hits.push(absentHit(day, attendance, 'attendance.note.unapprovedLeave', punches.leaveCell(), { leave: punches.leave }));
      return;
    }
    found.uses.push({ name: day.name, daySerial: day.daySerial, kind: 'leave', leave: punches.leave,
      shift: shift?.code ?? '', source: punches.leaveCell() });
    return;
  }
  if (punches.inMinute === null && punches.outMinute === null) {
    // A4: a row with neither punch and no leave; without a shift it is a day off, not absenteeism.
    if (shift) found.hits.push(absentHit(day, attendance, 'attendance.note.absentNoPunch', punches.source, { shift: shift.code }));
    return;
  }
  assessPunches(day, punches, shift, attendance, found);
}

/** A4: the day counts as one absenteeism, worth the policy's points, and as an absence for B4. */
function absentHit(day: PersonDays, attendance: AttendanceParams, code: string, source: CellRef | null, params: Record<string, string>): Hit {
  return hit({ name: day.name, daySerial: day.daySerial, rule: attendance.absenteeismRule,
    points: attendance.absenteeismPoints, source, code, params, absence: true });
}

/** A day with at least one punch: A6 for the missing one, A1/A2 and A7 when the shift is known. */
function assessPunches(day: PersonDays, punches: DayPunches, shift: ShiftDef | null, attendance: AttendanceParams, found: DayFindings): void {
  const { name, daySerial } = day;
  const shiftCode = shift?.code ?? '';
  if (punches.inMinute === null) found.uses.push({ name, daySerial, shift: shiftCode, leave: null, kind: 'missingIn', source: punches.outCell() });
  if (punches.outMinute === null) found.uses.push({ name, daySerial, shift: shiftCode, leave: null, kind: 'missingOut', source: punches.inCell() });
  if (!shift) {
    const cell = punches.inCell() ?? punches.outCell();
    if (cell) found.unscheduledPunchCells.push(cell);
    return;
  }
  const { inMinute, outMinute } = punches;
  if (inMinute !== null && outMinute !== null && outMinute < inMinute) {
    const params = { name: day.name, date: isoDate(day.daySerial), clockIn: formatMinutes(inMinute),
      clockOut: formatMinutes(outMinute), shift: shift.code };
    found.problems.push(problem('warning', 'attendance.clockOutBeforeIn', params, punches.outCell() ?? punches.source));
    return;
  }
  // Plain literals, not spreads of a shared object: object spread was the day loop's main cost.
  const late = inMinute !== null ? lateHit({ name, daySerial, shift, attendance, inMinute, source: punches.inSource, col: punches.inCol }) : null;
  const early = outMinute !== null ? earlyLeaveHit({ name, daySerial, shift, attendance, outMinute, source: punches.outSource, col: punches.outCol }) : null;
  if (late) found.hits.push(late);
  // B11: on time but not early enough for the handover (only policies that set the check).
  const handover = !late && inMinute !== null && attendance.earlyArrival
    ? earlyArrivalHit({ name, daySerial, shift, attendance, inMinute, source: punches.inSource, col: punches.inCol }) : null;
  if (handover) found.hits.push(handover);
  if (early) found.hits.push(early);
}
