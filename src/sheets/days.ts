/**
 * Day columns of a wide rota: one column per day, headed `1`…`31`, `1日`, `10/1`, `10月1日`, a real
 * date, or any of these with a weekday under or beside it (`1\n周四`, `1(四)`).
 */
import type { CellValue } from '../engine/cells';
import { daySerialFromYmd, isValidYmd } from '../engine/time';
import { halfWidth } from './fold';
import { rememberedPerText } from './memo';
import { parseDate } from './values';

/** A day of the month only, a month and day, or a full date serial. */
export type DaySpec =
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'monthDay'; readonly month: number; readonly day: number }
  | { readonly kind: 'serial'; readonly serial: number };

const weekday = /[\s(（]*(星期|周|礼拜)?[一二三四五六日天][)）]?$/u;

/** Day specs of header texts, remembered (a pure function of the text). */
const specOfText = rememberedPerText(daySpecOfText, 5000);

/**
 * A rota header cell → the day it stands for, or null when it is not a day column.
 * @example daySpecOf(1) → {kind:'day', day:1}; daySpecOf('10月1日') → {kind:'monthDay', month:10, day:1}
 */
export function daySpecOf(value: CellValue): DaySpec | null {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value <= 31) return { kind: 'day', day: value };
    const date = parseDate(value, null);
    return date.kind === 'ok' ? { kind: 'serial', serial: date.value } : null;
  }
  if (typeof value !== 'string') return null;
  // Detection tries every cell of the first rows as a day header: a rota repeats 早, 晚, 休 in them.
  return specOfText(value);
}

function daySpecOfText(value: string): DaySpec | null {
  const text = halfWidth(value).trim().replace(/\s+/g, ' ');
  const noWeekday = /\d/.test(text) ? text.replace(weekday, '').trim() : text;
  const dayOnly = /^(\d{1,2})\s*[日号]?$/.exec(noWeekday);
  if (dayOnly) {
    const day = Number(dayOnly[1]);
    return day >= 1 && day <= 31 ? { kind: 'day', day } : null;
  }
  const monthDay = /^(\d{1,2})\s*[/月.-]\s*(\d{1,2})\s*[日号]?$/.exec(noWeekday);
  if (monthDay) {
    const month = Number(monthDay[1]);
    const day = Number(monthDay[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { kind: 'monthDay', month, day } : null;
  }
  const full = /^\d{4}/.test(noWeekday) ? parseDate(noWeekday, null) : null;
  return full?.kind === 'ok' ? { kind: 'serial', serial: full.value } : null;
}

/** Day columns of a header row, in column order. */
export function dayColumns(cells: readonly CellValue[]): { col: number; spec: DaySpec }[] {
  const found: { col: number; spec: DaySpec }[] = [];
  cells.forEach((value, col) => {
    const spec = daySpecOf(value);
    if (spec) found.push({ col, spec });
  });
  return found;
}

/**
 * The serial of a day column in a rota for `year`-`month`; null when the day does not exist
 * (31 in a 30-day month) or a month/day header names another month's day.
 */
export function serialOfDay(spec: DaySpec, year: number, month: number): number | null {
  if (spec.kind === 'serial') return spec.serial;
  const specMonth = spec.kind === 'monthDay' ? spec.month : month;
  // A 12/31 column in a January rota belongs to the previous year.
  const specYear = spec.kind === 'monthDay' && specMonth === 12 && month === 1 ? year - 1 : year;
  return isValidYmd(specYear, specMonth, spec.day) ? daySerialFromYmd(specYear, specMonth, spec.day) : null;
}
