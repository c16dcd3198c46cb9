/**
 * The month's person-days: each rostered or attended day of a person in `names`, with the rota
 * entry, the attendance rows and the shift that applies. The rota wins over the attendance's own
 * shift (POLICY.md §1); without a rota entry the attendance's shift is used.
 */
import { problem, type Problem } from '../result';
import { isoDate, monthRange, type MonthKey } from '../time';
import type { AttendanceDay, RotaDay } from '../model';
import type { RotaParams } from '../policy/types';
import { sameResolution, shiftResolver, type ShiftResolution } from './shifts';

/** The shift of a person-day: a working shift, rest, an unknown code (not assessed), or no schedule. */
export type DayShift = ShiftResolution | { readonly kind: 'none' };

export interface PersonDay {
  readonly name: string;
  readonly daySerial: number;
  readonly rota: RotaDay | null;
  /** The attendance rows of the day, in sheet order (more than one is a duplicate). */
  readonly rows: readonly AttendanceDay[];
  readonly shift: DayShift;
}

/**
 * Per person, one slot per day of the month (index = day − first day): no "name|day" string per
 * lookup, which at 1,000 people was most of the schedule's cost. The sheets list a person's days
 * together, so the last person's slots are kept at hand rather than looked up again for each day.
 */
class DaySlots<T> {
  private readonly byName = new Map<string, (T | undefined)[]>();
  private lastName: string | null = null;
  private lastSlots: (T | undefined)[] = [];
  constructor(private readonly firstSerial: number) {}
  /** The person's slots, index = day − first day (empty when the person has none). */
  of(name: string): readonly (T | undefined)[] {
    if (name !== this.lastName) {
      let slots = this.byName.get(name);
      if (slots === undefined) this.byName.set(name, (slots = []));
      this.lastName = name;
      this.lastSlots = slots;
    }
    return this.lastSlots;
  }
  get(name: string, daySerial: number): T | undefined {
    return this.of(name)[Math.floor(daySerial) - this.firstSerial];
  }
  set(name: string, daySerial: number, value: T): void {
    (this.of(name) as (T | undefined)[])[Math.floor(daySerial) - this.firstSerial] = value;
  }
}

/** The month's rota and attendance by person and day. */
export interface Schedule {
  /** Duplicates found while reading, then each person's shift problems as their days are made. */
  readonly problems: Problem[];
  /**
   * A person's rostered or attended days, in date order. Made one person at a time and dropped once
   * assessed: a thousand people's 31,000 days held at once kept the garbage collector busy.
   */
  daysOf(name: string): PersonDay[];
}

/**
 * Groups the rota and attendance of `month` by person and day. Duplicate rota entries keep the
 * first; duplicate attendance rows are all kept for merging; both are reported at the later cell.
 * @example buildSchedule({ month: '2026-10', names: ['张三'], rota: [张三 46296 '早'], attendance: [], rotaParams: policy.rota })
 *   .daysOf('张三') // [{ name: '张三', daySerial: 46296, rota, rows: [], shift: { kind: 'work', shift: 早班 } }]
 */
export function buildSchedule(args: {
  month: MonthKey; names: readonly string[]; rota: readonly RotaDay[];
  attendance: readonly AttendanceDay[]; rotaParams: RotaParams;
}): Schedule {
  const { firstSerial, lastSerial } = monthRange(args.month);
  const team = new Set(args.names);
  const counted = (name: string, serial: number): boolean =>
    team.has(name) && Math.floor(serial) >= firstSerial && Math.floor(serial) <= lastSerial;
  const problems: Problem[] = [];
  const rotaByDay = new DaySlots<RotaDay>(firstSerial);
  // Index loops over the rota and attendance: for-of made an iterator result per row (31,000 each at 1,000 people).
  for (let i = 0; i < args.rota.length; i += 1) {
    const entry = args.rota[i] as RotaDay;
    if (!counted(entry.name, entry.daySerial) || entry.code.trim() === '') continue;
    if (rotaByDay.get(entry.name, entry.daySerial)) problems.push(problem('warning', 'attendance.rota.duplicateDay', dayParams(entry), entry.source));
    else rotaByDay.set(entry.name, entry.daySerial, entry);
  }
  const rowsByDay = new DaySlots<AttendanceDay[]>(firstSerial);
  for (let i = 0; i < args.attendance.length; i += 1) {
    const row = args.attendance[i] as AttendanceDay;
    if (!counted(row.name, row.daySerial)) continue;
    const rows = rowsByDay.get(row.name, row.daySerial);
    if (rows) problems.push(problem('warning', 'attendance.duplicateDay', dayParams(row), row.source));
    if (rows) rows.push(row);
    else rowsByDay.set(row.name, row.daySerial, [row]);
  }
  const resolveCode = shiftResolver(args.rotaParams);
  const noRows: readonly AttendanceDay[] = [];
  const daysOf = (name: string): PersonDay[] => {
    const rotaOf = rotaByDay.of(name);
    const rowsOf = rowsByDay.of(name);
    const days: PersonDay[] = [];
    for (let daySerial = firstSerial; daySerial <= lastSerial; daySerial++) {
      const rota = rotaOf[daySerial - firstSerial] ?? null;
      const rows = rowsOf[daySerial - firstSerial] ?? noRows;
      if (!rota && rows.length === 0) continue;
      days.push({ name, daySerial, rota, rows, shift: resolveDayShift(rota, rows, resolveCode, problems) });
    }
    return days;
  };
  return { problems, daysOf };
}

function dayParams(row: { name: string; daySerial: number }): { name: string; date: string } {
  return { name: row.name, date: isoDate(row.daySerial) };
}

/**
 * The rota's shift, checked against the attendance's; or the attendance's when the rota is silent.
 * A disagreement is added to `problems`.
 */
function resolveDayShift(rota: RotaDay | null, rows: readonly AttendanceDay[], resolveCode: (code: string) => ShiftResolution,
  problems: Problem[]): DayShift {
  const named = rows.find((row) => row.shiftCode !== null && row.shiftCode.trim() !== '');
  const namedCode = named?.shiftCode?.trim() ?? null;
  if (rota) {
    const fromRota = resolveCode(rota.code);
    if (fromRota.kind === 'unknown') {
      const params = { ...dayParams(rota), code: rota.code.trim() };
      problems.push(problem('warning', 'attendance.rota.unknownShift', params, rota.source));
    } else if (named && namedCode !== null && !sameResolution(fromRota, resolveCode(namedCode))) {
      const mismatch = { ...dayParams(rota), rotaShift: rota.code.trim(), attendanceShift: namedCode };
      problems.push(problem('warning', 'attendance.shift.mismatch', mismatch, named.source));
    }
    return fromRota;
  }
  if (!named || namedCode === null) return noShift;
  const fromAttendance = resolveCode(namedCode);
  if (fromAttendance.kind === 'unknown') {
    const params = { ...dayParams(named), code: namedCode };
    problems.push(problem('warning', 'attendance.shift.unknownInAttendance', params, named.source));
  }
  return fromAttendance;
}

const noShift: DayShift = { kind: 'none' };
