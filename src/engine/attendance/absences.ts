/**
 * B4: reaching a number of absences 缺勤 in a month calls for an action (自动离职 in 物业客服).
 * Absences are late bands that count as one (A2, B3), absenteeism days (A4) and leave uses beyond
 * the allowance (A5).
 */
import type { AttendanceParams } from '../policy/types';
import { hit, type Hit } from './hits';

/**
 * The limit's hit, on the day of the absence that reaches it, or null (no limit, or not reached).
 * It carries the action, never points: the supervisor acts on it.
 * @example absenceLimitHit(hits with B3 on d3, d9, d20, { count: 3, rule: 'B4', action: 'dismissal' })
 *   // B4 on d20, 0 points, action 'dismissal', note { count: 3, limit: 3 }
 */
export function absenceLimitHit(hitsByDay: readonly Hit[], attendance: AttendanceParams): Hit | null {
  const limit = attendance.absenceLimit;
  if (!limit) return null;
  const absences = hitsByDay.filter((h) => h.absence);
  const reaching = absences[limit.count - 1];
  if (!reaching) return null;
  return hit({
    name: reaching.entry.name, daySerial: reaching.entry.daySerial, rule: limit.rule, points: 0,
    action: limit.action, source: reaching.entry.source, code: 'attendance.note.absenceLimit',
    params: { count: absences.length, limit: limit.count },
  });
}
