/**
 * Dates as Excel day serials (whole days since the 1899-12-30 epoch, as Excel's 1900 date system
 * counts them from March 1900 on) and times as minutes of the day. No JavaScript Date: the engine
 * must not depend on the machine's time zone or clock.
 */

export const minutesInDay = 1440;
export const secondsInDay = 86400;

/** A month being closed, 'YYYY-MM'. */
export type MonthKey = string;

// Days from 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Serial of 1970-01-01 in Excel's system. */
const unixEpochSerial = 25569;

/**
 * Excel serial of a calendar date.
 * @example daySerialFromYmd(2026, 10, 1) === 46296
 */
export function daySerialFromYmd(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) + unixEpochSerial;
}

export interface Ymd { year: number; month: number; day: number }

/** Calendar date of an Excel serial (the fraction, a time of day, is dropped). */
export function ymdFromDaySerial(serial: number): Ymd {
  const z = Math.floor(serial) - unixEpochSerial + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? daySerialFromYmd(year + 1, 1, 1) : daySerialFromYmd(year, month + 1, 1);
  return next - daySerialFromYmd(year, month, 1);
}

/** '00' … '99', made once: dates and clock times are written tens of thousands of times per close. */
const twoDigitTexts: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

const pad2 = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 100 ? twoDigitTexts[n]! : String(n).padStart(2, '0'));

/** @example isoDate(46296) === '2026-10-01' */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdFromDaySerial(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** @example monthKeyOf(46296) === '2026-10' */
export function monthKeyOf(serial: number): MonthKey {
  const { year, month } = ymdFromDaySerial(serial);
  return `${year}-${pad2(month)}`;
}

/**
 * 'YYYY-MM' (or 'YYYY-M') to its year and month, null when it is not one. Read character by
 * character: a regular expression per key showed in every close's profile.
 * @example parseMonthKey(' 2026-10 ') → { year: 2026, month: 10 }; parseMonthKey('2026-13') === null
 */
export function parseMonthKey(key: string): { year: number; month: number } | null {
  const text = key.trim();
  if ((text.length !== 6 && text.length !== 7) || text.charCodeAt(4) !== dashCode) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, text.length);
  return year >= 0 && month >= 1 && month <= 12 ? { year, month } : null;
}

const dashCode = 0x2d;
const zeroCode = 0x30;

/** The number the ASCII digits from `start` to `end` write, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - zeroCode;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export interface MonthRange {
  readonly firstSerial: number;
  readonly lastSerial: number;
}

/** The last month asked for: a close asks for the same month's range once per module and person. */
let lastRange: { readonly key: MonthKey; readonly range: MonthRange } | null = null;

/** First and last day serials of a month, inclusive. */
export function monthRange(key: MonthKey): MonthRange {
  if (lastRange !== null && lastRange.key === key) return lastRange.range;
  const parsed = parseMonthKey(key);
  if (!parsed) throw new Error(`not a month key: ${key}`);
  const firstSerial = daySerialFromYmd(parsed.year, parsed.month, 1);
  const range = { firstSerial, lastSerial: firstSerial + daysInMonth(parsed.year, parsed.month) - 1 };
  lastRange = { key, range };
  return range;
}

/**
 * A test for "this serial falls in `month`" that compares serials instead of building a month key
 * per row (readers and checks run it on every input row). A key not written as monthKeyOf writes
 * it ('2026-1') matches no serial, as comparing keys would.
 * @example inMonth('2026-10')(46296) === true; inMonth('2026-10')(46295) === false
 */
export function inMonth(month: MonthKey): (serial: number) => boolean {
  const range = rangeOfKey(month);
  if (range === null) return () => false;
  const { firstSerial, lastSerial } = range;
  return (serial) => serial >= firstSerial && serial < lastSerial + 1;
}

/**
 * The month's range when `month` is written as monthKeyOf writes it, else null (no serial is in it):
 * what inMonth tests, for a loop over many rows that compares serials itself.
 * @example rangeOfKey('2026-10') → { firstSerial: 46296, lastSerial: 46326 }; rangeOfKey('2026-1') === null
 */
export function rangeOfKey(month: MonthKey): MonthRange | null {
  const range = parseMonthKey(month) === null ? null : monthRange(month);
  return range === null || monthKeyOf(range.firstSerial) !== month ? null : range;
}

/** The month before, for history look-backs. @example previousMonth('2026-01') === '2025-12' */
export function previousMonth(key: MonthKey): MonthKey {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new Error(`not a month key: ${key}`);
  return parsed.month === 1 ? `${parsed.year - 1}-12` : `${parsed.year}-${pad2(parsed.month - 1)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. Serial 1 (1899-12-31) was a Sunday. */
export function weekdayOf(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

/**
 * Whole minutes of an Excel time fraction, seconds dropped (lateness counts whole minutes).
 * @example wholeMinutesOfFraction(8.5 / 24) === 510
 */
export function wholeMinutesOfFraction(fraction: number): number {
  // Excel stores 08:31:00 as a float a hair below its true value: nudge before flooring.
  return Math.floor(fraction * minutesInDay + 1e-7);
}

/** @example formatMinutes(1500) === '01:00' (next day) */
export function formatMinutes(minutes: number): string {
  const ofDay = ((minutes % minutesInDay) + minutesInDay) % minutesInDay;
  return `${pad2(Math.floor(ofDay / 60))}:${pad2(ofDay % 60)}`;
}
