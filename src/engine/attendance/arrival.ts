/**
 * B11 (物业客服, 篇九 4.7 交接班): front-desk staff arrive 10 minutes before the shift for the handover.
 * A clock-in that is on time but closer to the start than that is flagged, never scored.
 */
import { cellOf } from '../model';
import type { AttendanceParams, ShiftDef } from '../policy/types';
import type { CellRef } from '../result';
import { formatMinutes } from '../time';
import { hit, type Hit } from './hits';

/**
 * The B11 flag of an on-time clock-in, or null (check off, late — B1–B3 cover that — or early enough).
 * `inMinute` is on the shift's clock (clockInOnShift). Grace does not apply: the handover is before the start.
 * @example earlyArrivalHit({ …, inMinute: 475, shift: 早班 08:00 }, { earlyArrival: { rule: 'B11', minutesBefore: 10 } })
 *   // B11, 0 points, note { minutesBefore: 5, wanted: 10, clockIn: '07:55' }
 * @example inMinute 470 (07:50, exactly 10 minutes before) → null
 */
export function earlyArrivalHit(args: {
  name: string; daySerial: number; inMinute: number; shift: ShiftDef; source: CellRef; col: number | null; attendance: AttendanceParams;
}): Hit | null {
  const check = args.attendance.earlyArrival;
  if (!check) return null;
  const minutesBefore = args.shift.startMinute - Math.floor(args.inMinute);
  if (minutesBefore < 0 || minutesBefore >= check.minutesBefore) return null;
  return hit({
    name: args.name, daySerial: args.daySerial, rule: check.rule, points: 0, source: cellOf(args.source, args.col),
    code: 'attendance.note.earlyArrival',
    params: { minutesBefore, wanted: check.minutesBefore, shift: args.shift.code, clockIn: formatMinutes(args.inMinute) },
  });
}
