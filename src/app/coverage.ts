/**
 * An attendance export that stops before the month ends (exported mid-month, a page left out)
 * makes every later rostered day an absence with no record (A4, 5 points each). The engine is right
 * to count a day nobody punched; the supervisor should still hear that the records simply stop.
 */
import type { MonthResult } from '../engine/model';
import { problem, type Problem } from '../engine/result';
import { isoDate, rangeOfKey } from '../engine/time';
import type { TeamRead } from '../sheets';

/**
 * A warning when A4 absences with no record fall after the last day anyone has an attendance row,
 * at that last row's date cell.
 * @example attendanceEndsEarly(team, result) → [warning report.attendanceEndsEarly { last: '2026-10-20', days: 11, people: 3 } at 考勤!B58]
 */
export function attendanceEndsEarly(team: TeamRead, result: MonthResult): Problem[] {
  // No serial is in a month key not written as monthKeyOf writes it (inMonth).
  const range = rangeOfKey(result.month);
  if (range === null) return [];
  const first = range.firstSerial;
  const end = range.lastSerial + 1;
  // The latest day in the month, in one pass over the attendance (31,000 rows at 1,000 people).
  let last: TeamRead['attendance'][number] | null = null;
  for (let i = 0; i < team.attendance.length; i += 1) {
    const a = team.attendance[i] as TeamRead['attendance'][number];
    if (a.daySerial >= first && a.daySerial < end && (last === null || a.daySerial > last.daySerial)) last = a;
  }
  if (last === null) return [];
  const lastDay = last.daySerial;
  // One pass over the ledger (100,000 rows at 1,000 people), counting straight into the two sets.
  const days = new Set<number | null>();
  const people = new Set<string>();
  for (let i = 0; i < result.ledger.length; i += 1) {
    const e = result.ledger[i] as MonthResult['ledger'][number];
    if (e.rule === 'A4' && e.note.code === 'attendance.note.absentNoRecord' && e.daySerial !== null && e.daySerial > lastDay) {
      days.add(e.daySerial);
      people.add(e.name);
    }
  }
  if (days.size === 0) return [];
  const dateCol = team.detections.find((d) => d.sheet === last.source.sheet)?.columns['date'];
  return [problem('warning', 'report.attendanceEndsEarly', {
    last: isoDate(last.daySerial), days: days.size, people: people.size,
  }, dateCol === undefined ? last.source : { ...last.source, col: dateCol })];
}
