/**
 * The month's person-days: each rostered or attended day of a person in `names`, with the rota
 * entry, the attendance rows and the shift that applies. The rota wins over the attendance's own
 * shift (POLICY.md §1); without a rota entry the attendance's shift is used.
 */
import { problem, type Problem } from '../result';
import { isoDate, monthRange, type MonthKey } from '../time';
import type { AttendanceDay, RotaDay } from '../model';
import type { RotaParams } from '../policy/types';
import { DayPunches } from './punches';
import { isBlankText, sameResolution, shiftResolver, type ShiftResolution } from './shifts';

/** The shift of a person-day: a working shift, rest, an unknown code (not assessed), or no schedule. */
export type DayShift = ShiftResolution | { readonly kind: 'none' };

/**
 * One person's month, one slot per day (index = day − first day): no "name|day" string per lookup,
 * which at 1,000 people was most of the schedule's cost.
 */
class PersonSlots {
  readonly rota: (RotaDay | undefined)[];
  /**
   * A day's first attendance row, and any later rows of the same day (duplicates, merged) apart: an
   * array per person-day was a third of the schedule's allocation, and duplicates are rare.
   */
  readonly firstRows: (AttendanceDay | undefined)[];
  moreRows: (AttendanceDay[] | undefined)[] | null = null;

  /** @param days the month's days: the slots are made that long at once, not grown day by day (two copies each). */
  constructor(days: number) {
    this.rota = new Array<RotaDay | undefined>(days);
    this.firstRows = new Array<AttendanceDay | undefined>(days);
  }
}

/**
 * The days of one person in date order, one at a time: the cursor is the current day (a thousand
 * people have 31,000 days, and an object per day kept the garbage collector busy). Its fields are
 * those of the day `next` moved to.
 */
export interface PersonDays {
  readonly name: string;
  readonly daySerial: number;
  readonly rota: RotaDay | null;
  readonly shift: DayShift;
  /** The day's attendance rows merged (one object reused from day to day), null when it has none. */
  punches(): DayPunches | null;
  /** Moves to the next rostered or attended day; false after the last. */
  next(): boolean;
}

/** The month's rota and attendance by person and day. */
export interface Schedule {
  /** Duplicates found while reading, then each person's shift problems as their days are walked. */
  readonly problems: Problem[];
  /** A person's rostered or attended days, in date order (each walked once). */
  daysOf(name: string): PersonDays;
}

/**
 * Groups the rota and attendance of `month` by person and day. Duplicate rota entries keep the
 * first; duplicate attendance rows are all kept for merging; both are reported at the later cell.
 * @example buildSchedule({ month: '2026-10', names: ['张三'], rota: [张三 46296 '早'], attendance: [], rotaParams: policy.rota })
 *   .daysOf('张三') // one day: { name: '张三', daySerial: 46296, rota, shift: { kind: 'work', shift: 早班 } }, no punches
 */
export function buildSchedule(args: {
  month: MonthKey; names: readonly string[]; rota: readonly RotaDay[];
  attendance: readonly AttendanceDay[]; rotaParams: RotaParams;
}): Schedule {
  const { firstSerial, lastSerial } = monthRange(args.month);
  const slots = new TeamSlots(args.names, lastSerial - firstSerial + 1);
  const problems: Problem[] = [];
  // Index loops over the rota and attendance: for-of made an iterator result per row (31,000 each at 1,000 people).
  for (let i = 0; i < args.rota.length; i += 1) {
    const entry = args.rota[i] as RotaDay;
    const day = Math.floor(entry.daySerial);
    const person = day >= firstSerial && day <= lastSerial ? slots.of(entry.name) : undefined;
    if (person === undefined || isBlankText(entry.code)) continue;
    if (person.rota[day - firstSerial]) problems.push(problem('warning', 'attendance.rota.duplicateDay', dayParams(entry), entry.source));
    else person.rota[day - firstSerial] = entry;
  }
  for (let i = 0; i < args.attendance.length; i += 1) {
    const row = args.attendance[i] as AttendanceDay;
    const day = Math.floor(row.daySerial);
    const person = day >= firstSerial && day <= lastSerial ? slots.of(row.name) : undefined;
    if (person === undefined) continue;
    const at = day - firstSerial;
    if (person.firstRows[at] === undefined) {
      person.firstRows[at] = row;
      continue;
    }
    problems.push(problem('warning', 'attendance.duplicateDay', dayParams(row), row.source));
    const moreRows = (person.moreRows ??= []);
    (moreRows[at] ??= []).push(row);
  }
  const resolveCode = shiftResolver(args.rotaParams);
  const noDays = new PersonSlots(0);
  return {
    problems,
    daysOf: (name) => new DayCursor(name, slots.of(name) ?? noDays, firstSerial, lastSerial, resolveCode, problems),
  };
}

/** The team's slots by name; the sheets list a person's days together, so the last person is kept at hand. */
class TeamSlots {
  private readonly byName = new Map<string, PersonSlots>();
  private lastName: string | null = null;
  private last: PersonSlots | undefined;

  constructor(names: readonly string[], days: number) {
    for (const name of names) if (!this.byName.has(name)) this.byName.set(name, new PersonSlots(days));
  }

  /** The person's slots; undefined for a name not in the team. */
  of(name: string): PersonSlots | undefined {
    if (name !== this.lastName) {
      this.lastName = name;
      this.last = this.byName.get(name);
    }
    return this.last;
  }
}

class DayCursor implements PersonDays {
  daySerial: number;
  rota: RotaDay | null = null;
  shift: DayShift = noShift;
  private first: AttendanceDay | undefined;
  private more: AttendanceDay[] | undefined;
  private readonly merged = new DayPunches();

  constructor(readonly name: string, private readonly slots: PersonSlots, private readonly firstSerial: number,
    private readonly lastSerial: number, private readonly resolveCode: (code: string) => ShiftResolution,
    private readonly problems: Problem[]) {
    this.daySerial = firstSerial - 1;
  }

  next(): boolean {
    const { slots, firstSerial } = this;
    while (this.daySerial < this.lastSerial) {
      this.daySerial += 1;
      const at = this.daySerial - firstSerial;
      const rota = slots.rota[at];
      const first = slots.firstRows[at];
      if (rota === undefined && first === undefined) continue;
      this.rota = rota ?? null;
      this.first = first;
      this.more = slots.moreRows?.[at];
      this.shift = resolveDayShift(this.rota, first, this.more, this.resolveCode, this.problems);
      return true;
    }
    return false;
  }

  punches(): DayPunches | null {
    if (this.first === undefined) return null;
    this.merged.merge(this.first, this.more, this.shift.kind === 'work' ? this.shift.shift : null);
    return this.merged;
  }
}

function dayParams(row: { name: string; daySerial: number }): { name: string; date: string } {
  return { name: row.name, date: isoDate(row.daySerial) };
}

/** The first of a day's rows that names a shift (DingTalk 班次), or undefined. */
function namingShift(first: AttendanceDay | undefined, more: readonly AttendanceDay[] | undefined): AttendanceDay | undefined {
  if (first === undefined) return undefined;
  if (namesShift(first)) return first;
  return more?.find(namesShift);
}

const namesShift = (row: AttendanceDay): boolean => row.shiftCode !== null && !isBlankText(row.shiftCode);

/**
 * The rota's shift, checked against the attendance's; or the attendance's when the rota is silent.
 * A disagreement is added to `problems`.
 */
function resolveDayShift(rota: RotaDay | null, first: AttendanceDay | undefined, more: readonly AttendanceDay[] | undefined,
  resolveCode: (code: string) => ShiftResolution, problems: Problem[]): DayShift {
  const named = namingShift(first, more);
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
