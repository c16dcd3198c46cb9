/**
 * A cell's value from what the scanner found in it, with ExcelJS's rules (what src/io/xlsx/read.ts gave):
 * shared and inline strings, `str` formula text, booleans as `parseInt(v) !== 0`, errors as their
 * text, numbers by parseFloat, a number in a date-formatted cell through ExcelJS's Date round trip
 * (so the serial is bit for bit what `serialOfDate` gave), formulas as their cached value.
 *
 * Where ExcelJS was plainly wrong we are not (README.md beside this file lists these): a formula
 * whose cached value is 0 or FALSE is 0 / false (ExcelJS dropped falsy results to blank), text in a
 * date-formatted formula cell stays text (ExcelJS made it NaN), `str` text is decoded once (ExcelJS
 * decoded entities twice), and `t="d"` ISO dates are serials (ExcelJS parsed '2026-10-01…' as 2026).
 */
import type { CellValue } from '../../../engine/cells';

/** What a sheet's cells need from the rest of the workbook. */
export interface CellContext {
  /** Shared strings by index; null for an empty `<si/>` (ExcelJS reads it as a blank). */
  readonly strings: readonly (string | null)[];
  /** cellXfs indexes whose number format is a date or time format (ExcelJS's isDateFmt). */
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

const msPerDay = 86400000;
const unixEpochSerial = 25569;
/** The 1904 date system counts from 1904-01-01: serial 0 there is serial 1462 of the 1900 system. */
const date1904Offset = 1462;
/** ECMAScript's time value range: past it `new Date(ms)` is an invalid date (NaN). */
const maxTimeMs = 8.64e15;

/**
 * A date-formatted number as ExcelJS's excelToDate then our serialOfDate made it: rounded to the
 * millisecond, moved to the 1900 system. The arithmetic is the same expression, so the double is too.
 * @example dateCellSerial(46296.5, false) === 46296.5; dateCellSerial(0, true) === 1462
 */
export function dateCellSerial(value: number, date1904: boolean): number {
  const ms = Math.round((value - unixEpochSerial + (date1904 ? date1904Offset : 0)) * 24 * 3600 * 1000);
  return Math.abs(ms) <= maxTimeMs ? ms / msPerDay + unixEpochSerial : NaN;
}

/**
 * An ISO 8601 date-time of a `t="d"` cell (no zone: Excel's local wall time) as a 1900-system serial.
 * @example isoDateSerial('2026-10-01T08:30:00') === 46296 + 510 / 1440
 */
export function isoDateSerial(text: string): number {
  const m = /^\s*(-?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/.exec(text);
  if (!m) return NaN;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / msPerDay + unixEpochSerial;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return days + seconds / 86400;
}

/**
 * Excel's `_xHHHH_` escapes in string items (ECMA-376 ST_Xstring), decoded as ExcelJS's TextXform does
 * (upper-case hex only, one pass, so `_x005F_x0041_` stays `_x0041_`).
 * @example decodeEscapes('a_x000D_b') === 'a\rb'
 */
export function decodeEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A cell's value from what the scanner found in it: its `t`, its `s` as ExcelJS kept it (parseInt;
 * 0 and NaN mean no style), the texts of `<v>` and `<is><t>` decoded and joined (undefined when there
 * was none, or only empty ones), an inline string's rich runs, and whether a `<f>` with text or a
 * `t` (shared, array) made it a formula, whose cached value `text` then is.
 */
export function cellValue(type: string | undefined, styleId: number, text: string | undefined, runs: readonly string[] | undefined,
  formula: boolean, context: CellContext): CellValue {
  if (formula) return text ? formulaResult(type, styleId, text, context) : null;
  if (text === undefined) return type === 'inlineStr' && runs ? runs.join('') : null;
  switch (type) {
    case 's': return context.strings[parseInt(text, 10)] ?? null;
    case 'str': return text;
    case 'inlineStr': return runs ? runs.join('') : text;
    case 'b': return parseInt(text, 10) !== 0;
    case 'e': return text;
    case 'd': return isoDateSerial(text);
    default: return numberValue(parseFloat(text), styleId, context);
  }
}

function formulaResult(type: string | undefined, styleId: number, text: string, context: CellContext): CellValue {
  switch (type) {
    case 'str': return text;
    case 'b': return parseInt(text, 10) !== 0;
    case 'e': return text;
    default: {
      // ExcelJS dropped a result that is not a number (NaN) to blank; so do we, date-formatted or not.
      const value = parseFloat(text);
      return Number.isNaN(value) ? null : numberValue(value, styleId, context);
    }
  }
}

/** A number, through the date round trip when its style is a date format. */
export function numberValue(value: number, styleId: number, context: CellContext): number {
  return styleId && context.dateStyles.has(styleId) ? dateCellSerial(value, context.date1904) : value;
}
