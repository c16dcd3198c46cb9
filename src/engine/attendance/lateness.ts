/**
 * Late arrival (A1/A2, B1–B3 through the same late bands) and early leave (A7) on a working shift.
 */
import { lateBandFor } from '../policy/tables';
import { cellOf } from '../model';
import type { AttendanceParams, ShiftDef } from '../policy/types';
import type { CellRef } from '../result';
import { formatMinutes } from '../time';
import { hit, type Hit } from './hits';

/**
 * Whole minutes late: after the shift start plus grace; 0 or less is on time. Seconds were already
 * dropped by the reader, so 08:30:59 arrives as 510 and is 30 minutes on an 08:00 shift (A1).
 * @example lateMinutesOf(510, 早班 480–1050, 0) === 30
 */
export function lateMinutesOf(inMinute: number, shift: ShiftDef, graceMinutes: number): number {
  return Math.floor(inMinute) - (shift.startMinute + graceMinutes);
}

/**
 * The late-band hit of a clock-in, or null when on time. One band only: 31 minutes is A2, not A1
 * as well. A band that counts as an absence (A2, B3) feeds B4's limit.
 * The clock-in's cell is column `col` of the row `source` (cellOf), made only for a hit, not for
 * every day on time.
 * @example lateHit({ …, inMinute: 492, shift: 早班 }) // A1, 0.5 points, note { minutes: 12, shift: '早班', clockIn: '08:12' }
 */
export function lateHit(args: {
  name: string; daySerial: number; inMinute: number; shift: ShiftDef; source: CellRef; col: number | null; attendance: AttendanceParams;
}): Hit | null {
  const lateMinutes = lateMinutesOf(args.inMinute, args.shift, args.attendance.graceMinutes);
  if (lateMinutes <= 0) return null;
  const band = lateBandFor(args.attendance.lateBands, lateMinutes);
  if (!band) return null;
  return hit({
    name: args.name, daySerial: args.daySerial, rule: band.rule, points: band.points, amountFen: band.fineFen,
    source: cellOf(args.source, args.col), absence: band.countsAsAbsence, code: 'attendance.note.late',
    params: { minutes: lateMinutes, shift: args.shift.code, clockIn: formatMinutes(args.inMinute) },
  });
}

/**
 * The A7 hit of a clock-out before the shift end, or null. `outMinute` is on the shift's clock
 * (see clockOutOnShift): on 晚班 16:00–01:00, 01:05 is 1505 (not early), 00:50 is 1490 (10 early).
 * @example earlyLeaveHit({ …, outMinute: 1490, shift: 晚班 }) // A7, note { minutes: 10, clockOut: '00:50' }
 */
export function earlyLeaveHit(args: {
  name: string; daySerial: number; outMinute: number; shift: ShiftDef; source: CellRef; col: number | null; attendance: AttendanceParams;
}): Hit | null {
  const earlyMinutes = args.shift.endMinute - Math.floor(args.outMinute);
  if (earlyMinutes <= 0) return null;
  return hit({
    name: args.name, daySerial: args.daySerial, rule: args.attendance.earlyLeaveRule,
    points: args.attendance.earlyLeavePoints, source: cellOf(args.source, args.col), code: 'attendance.note.earlyLeave',
    params: { minutes: earlyMinutes, shift: args.shift.code, clockOut: formatMinutes(args.outMinute) },
  });
}
