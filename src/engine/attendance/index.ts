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
import { mergeByDay, type Hit } from './hits';
import { countLeaveUses } from './leave';
import { RestDays } from './rest';
import { buildSchedule, type PersonDays } from './schedule';

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
  // Index loops: for-of made an iterator result per person and per hit.
  for (let n = 0; n < names.length; n += 1) {
    const name = names[n] as string;
    const hits = assessPerson(name, schedule.daysOf(name), args.policy, personProblems);
    for (let h = 0; h < hits.length; h += 1) ledger.push((hits[h] as Hit).entry);
  }
  // The schedule's problems (duplicates, then shifts person by person) come before the rules'.
  return { ledger, problems: schedule.problems.concat(personProblems) };
}

/**
 * One person's month: day hits, then leave counting, the absence limit (B4) and rest days (R1), in
 * date order; the person's problems are added to `problems`.
 */
function assessPerson(name: string, days: PersonDays, policy: Policy, problems: Problem[]): readonly Hit[] {
  const found = noFindings(problems);
  const rest = new RestDays(name, policy.rota);
  while (days.next()) {
    assessDay(days, policy.attendance, found);
    rest.count(days);
  }
  const { unscheduledPunchCells } = found;
  const firstUnscheduled = unscheduledPunchCells[0];
  if (firstUnscheduled) {
    // Once per person, not per day: the fix (add the person to the rota) is the same for every day.
    problems.push(problem('warning', 'attendance.shift.none', { name, days: unscheduledPunchCells.length }, firstUnscheduled));
  }
  const hits = mergeByDay(found.hits, countLeaveUses(found.uses, policy.attendance));
  return mergeByDay(hits, inDayOrder(absenceLimitHit(hits, policy.attendance), rest.hit()));
}

/** The absence limit's hit and the rest days' one, by date (the limit's first on the same day). */
function inDayOrder(limit: Hit | null, rest: Hit | null): Hit[] {
  if (limit === null) return rest === null ? [] : [rest];
  if (rest === null) return [limit];
  return (rest.entry.daySerial ?? Number.POSITIVE_INFINITY) < (limit.entry.daySerial ?? Number.POSITIVE_INFINITY) ? [rest, limit] : [limit, rest];
}
