/**
 * Cell values as supervisors type them → typed values. Each parser returns a Parsed value: blank,
 * ok, or bad with a message code, so the caller can pin the problem to its cell. Nothing throws.
 */
import type { CellValue } from '../engine/cells';
import { daySerialFromYmd, isValidYmd, minutesInDay, wholeMinutesOfFraction } from '../engine/time';
import { parseClock, halfDayClock } from './clock';
import { halfWidth } from './fold';

export type Parsed<T> =
  | { readonly kind: 'blank' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'bad'; readonly code: string };

export const blank = { kind: 'blank' } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
const bad = (code: string): { readonly kind: 'bad'; readonly code: string } => ({ kind: 'bad', code });

/** Placeholders that mean "nothing here" in exports (DingTalk writes '--' for no punch). */
const emptyTexts = new Set(['', '-', '--', '—', '——', '/', '无', 'n/a', 'na', 'null']);
const excelErrors = /^#(n\/a|value!|ref!|div\/0!|name\?|num!|null!|spill!|calc!|getting_data)$/i;
/** Serial range of plausible dates: 1954 … 2119; anything else in a date cell is not a date. */
const minDateSerial = 20000;
const maxDateSerial = 80000;

/** Text of a cell, folded for parsing (full-width digits and colons made half-width, trimmed). */
function plain(value: string): string {
  return halfWidth(value).replace(/\s+/g, ' ').trim();
}

function isEmptyText(text: string): boolean {
  return emptyTexts.has(text.toLowerCase());
}

/** A date and an optional time of day (minutes) out of a text like `2026-10-03 08:05`. */
interface DateTimeText { daySerial: number; minute: number | null }

const weekdaySuffix = /\s*(\(?(星期|周|礼拜)[一二三四五六日天]\)?|\((一|二|三|四|五|六|日)\)|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

function parseDateTimeText(text: string, yearHint: number | null): DateTimeText | 'bad' | 'needs-year' {
  const cleaned = text.replace(weekdaySuffix, '').trim();
  const full = /^(\d{2}|\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t]+(.+))?$/i.exec(cleaned);
  const short = /^(\d{1,2})\s*[/月]\s*(\d{1,2})\s*[日号]?(?:[ t]+(.+))?$/i.exec(cleaned);
  let year: number;
  let month: number;
  let day: number;
  let rest: string | undefined;
  if (full) {
    year = Number(full[1]);
    if (year < 100) year += 2000;
    month = Number(full[2]);
    day = Number(full[3]);
    rest = full[4];
  } else if (short) {
    if (yearHint === null) return 'needs-year';
    year = yearHint;
    month = Number(short[1]);
    day = Number(short[2]);
    rest = short[3];
  } else {
    return 'bad';
  }
  if (!isValidYmd(year, month, day)) return 'bad';
  let minute: number | null = null;
  if (rest !== undefined) {
    const clock = parseClock(rest.trim());
    if (clock === null) return 'bad';
    minute = clock;
  }
  return { daySerial: daySerialFromYmd(year, month, day), minute };
}

/**
 * A date cell → day serial. Accepts serials (a date-time's time is dropped), `2026-10-03`,
 * `2026/10/3`, `2026年10月3日`, `10月3日` and `10/3` (year from `yearHint`), a trailing weekday
 * (`2026-11-02 星期一`) and a trailing time.
 * @example parseDate('2026-10-01 星期四', null) → { kind: 'ok', value: 46296 }
 */
export function parseDate(value: CellValue, yearHint: number | null): Parsed<number> {
  if (value === null || value === undefined) return blank;
  if (typeof value === 'boolean') return bad('sheets.badDate');
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < minDateSerial || value >= maxDateSerial) return bad('sheets.badDate');
    return ok(Math.floor(value));
  }
  const text = plain(value);
  if (isEmptyText(text)) return blank;
  if (excelErrors.test(text)) return bad('sheets.excelError');
  const parsed = parseDateTimeText(text, yearHint);
  if (parsed === 'bad') return bad('sheets.badDate');
  if (parsed === 'needs-year') return bad('sheets.dateNeedsYear');
  return ok(parsed.daySerial);
}

/**
 * parseDate's answer for a number cell that is a plausible date, without a Parsed object; undefined
 * for any other number (parseDate then says why). For readers of hundreds of thousands of rows.
 * @example dateSerialOfNumber(46296.5) === 46296; dateSerialOfNumber(12) === undefined
 */
export function dateSerialOfNumber(value: number): number | undefined {
  return value >= minDateSerial && value < maxDateSerial ? Math.floor(value) : undefined;
}

/**
 * A clock cell → minutes from 00:00 of the row's day. Fractions and texts give the time of day; a
 * full date-time (serial or text) on the next day gives ≥ 1440, and `次日 01:05` (DingTalk) too.
 * Seconds are dropped: lateness counts whole minutes (POLICY.md A1).
 * @example parseTime(8.5 / 24, 46296) → ok 510; parseTime(46297 + 1 / 24, 46296) → ok 1500
 */
export function parseTime(value: CellValue, rowDaySerial: number | null): Parsed<number> {
  if (value === null || value === undefined) return blank;
  if (typeof value === 'boolean') return bad('sheets.badTime');
  if (typeof value === 'number') return timeOfNumber(value, rowDaySerial);
  let text = plain(value);
  if (isEmptyText(text) || /^(未打卡|缺卡|无打卡|没打卡)$/.test(text)) return blank;
  if (excelErrors.test(text)) return bad('sheets.excelError');
  let nextDay = 0;
  const ciRi = /^(次日|第二天|\+1)\s*/.exec(text);
  if (ciRi) {
    nextDay = minutesInDay;
    text = text.slice(ciRi[0].length);
  }
  const clock = parseClock(text) ?? halfDayClock(text);
  if (clock !== null) return ok(clock + nextDay);
  const dateTime = parseDateTimeText(text, null);
  if (typeof dateTime === 'string' || dateTime.minute === null) return bad('sheets.badTime');
  return relativeToRow(dateTime.daySerial, dateTime.minute, rowDaySerial);
}

/**
 * parseTime's answer for a number cell that is a time of day (a fraction below 2, [h]:mm past
 * midnight included), without a Parsed object; undefined for any other number (parseTime decides).
 * @example clockMinuteOfNumber(8.5 / 24) === 510; clockMinuteOfNumber(46296.5) === undefined
 */
export function clockMinuteOfNumber(value: number): number | undefined {
  return value >= 0 && value < 2 ? wholeMinutesOfFraction(value) : undefined;
}

function timeOfNumber(value: number, rowDaySerial: number | null): Parsed<number> {
  if (!Number.isFinite(value) || value < 0) return bad('sheets.badTime');
  // Fractions of a day; up to 2 allows [h]:mm values past midnight such as 25:00.
  if (value < 2) return ok(wholeMinutesOfFraction(value));
  if (value < minDateSerial || value >= maxDateSerial) return bad('sheets.badTime');
  // A bare date (no time part) in a clock column is a formatting slip, not a punch at 00:00.
  if (Number.isInteger(value)) return bad('sheets.badTime');
  const day = Math.floor(value + 1e-9);
  return relativeToRow(day, Math.max(0, wholeMinutesOfFraction(value - day)), rowDaySerial);
}

function relativeToRow(daySerial: number, minute: number, rowDaySerial: number | null): Parsed<number> {
  if (rowDaySerial === null) return ok(minute);
  const dayOffset = daySerial - rowDaySerial;
  // A punch belongs to its row's day or, for a shift past midnight, to the next one.
  if (dayOffset !== 0 && dayOffset !== 1) return bad('sheets.timeOtherDay');
  return ok(dayOffset * minutesInDay + minute);
}
