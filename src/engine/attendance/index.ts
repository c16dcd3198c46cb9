/**
 * Attendance rules of POLICY.md §2 (A1–A7, R1) and, through the same late bands and absence limit,
 * 物业客服's B1–B4. Everything is driven by `policy.attendance` and `policy.rota`.
 */
import type { AttendanceDay, LedgerEntry, RotaDay } from '../model';
import type { Policy } from '../policy/types';
import { problem, type Problem } from '../result';
import type { MonthKey } from '../time';
import { absenceLimitHit } from './absences';
import { assessDay, noFindings } from './day';
import { byDay, type Hit } from './hits';
import { countLeaveUses } from './leave';
import { restDaysHit } from './rest';
import { buildSchedule, type PersonDay } from './schedule';

export { resolveShiftCode, clockInOnShift, clockOutOnShift } from './shifts';
export { lateMinutesOf } from './lateness';

/**
 * The attendance ledger of a month: one entry per rule hit, per person in `names` order, by date.
 * Only days of `month` and people in `names` count. Problems are returned, never thrown.
 * @example
 * assessAttendance({ month: '2026-10', names: ['张三'], policy: ecommercePreset,
 *   rota: [{ name: '张三', daySerial: 46296, code: '早', source: 排班!B2 }],
 *   attendance: [{ name: '张三', daySerial: 46296, inMinute: 492, outMinute: 1050, … }] })
 * // ledger: [{ rule: 'A1', points: 0.5, daySerial: 46296, source: 考勤!C2,
 * //            note: { code: 'attendance.note.late', params: { minutes: 12, shift: '早班', clockIn: '08:12' } } }]
 */
export function assessAttendance(args: {
  month: MonthKey; names: readonly string[]; rota: readonly RotaDay[];
  attendance: readonly AttendanceDay[]; policy: Policy;
}): { ledger: LedgerEntry[]; problems: Problem[] } {
  const names = [...new Set(args.names)];
  const schedule = buildSchedule({ month: args.month, names, rota: args.rota, attendance: args.attendance,
    rotaParams: args.policy.rota });
  const ledger: LedgerEntry[] = [];
  const personProblems: Problem[] = [];
  for (const name of names) {
    const person = assessPerson(name, schedule.daysOf(name), args.policy);
    for (const h of person.hits) ledger.push(h.entry);
    personProblems.push(...person.problems);
  }
  // The schedule's problems (duplicates, then shifts person by person) come before the rules'.
  return { ledger, problems: [...schedule.problems, ...personProblems] };
}

/** One person's month: day hits, then leave counting, the absence limit (B4) and rest days (R1). */
function assessPerson(name: string, days: readonly PersonDay[], policy: Policy): { hits: Hit[]; problems: Problem[] } {
  const found = noFindings();
  for (const day of days) assessDay(day, policy.attendance, found);
  const { problems, unscheduledPunchCells } = found;
  const firstUnscheduled = unscheduledPunchCells[0];
  if (firstUnscheduled) {
    // Once per person, not per day: the fix (add the person to the rota) is the same for every day.
    problems.push(problem('warning', 'attendance.shift.none', { name, days: unscheduledPunchCells.length }, firstUnscheduled));
  }
  const leaveHits = countLeaveUses(found.uses, policy.attendance);
  const hits = byDay([...found.hits, ...leaveHits]);
  const limit = absenceLimitHit(hits, policy.attendance);
  const rest = restDaysHit(days, policy.rota);
  return { hits: byDay([...hits, ...(limit ? [limit] : []), ...(rest ? [rest] : [])]), problems };
}
