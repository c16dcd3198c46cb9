/**
 * Arguments as Excel passes them to a custom function — numbers, text, booleans, ranges as arrays
 * of rows with '' or null for a blank — checked and turned into the engine's units. A bad argument
 * throws the function error (#VALUE! with a message), never a JavaScript TypeError.
 */
import type { CellValue } from '../engine/cells';
import { yuanToFen, type Fen } from '../engine/money';
import { parseMonthKey, type MonthKey } from '../engine/time';
import { parseNumber, parseTime } from '../sheets';
import { functionError } from './errors';

/** A range argument: rows of cells, the header row included. */
export type RangeArg = readonly (readonly unknown[])[];

export function cellOf(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

const checkedRanges = new WeakSet<object>();

/**
 * A range argument, checked to be rows of cells and returned as is: the same array Excel passed,
 * so the close cache can know it by identity (copying it would cost a pass per cell per call).
 */
export function rangeRows(value: unknown, argument: string): RangeArg {
  if (Array.isArray(value) && checkedRanges.has(value)) return value as RangeArg;
  if (!Array.isArray(value) || !value.every(Array.isArray)) throw functionError('functions.notRange', { argument });
  checkedRanges.add(value);
  return value as RangeArg;
}

/** An optional range: omitted, or all blank, is none. */
export function optionalRange(value: unknown, argument: string): RangeArg | null {
  if (value === undefined || value === null || value === '') return null;
  const rows = rangeRows(value, argument);
  return rows.every((row) => row.every((cell) => cellOf(cell) === null)) ? null : rows;
}

export function requireText(value: unknown, argument: string): string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') throw functionError('functions.textRequired', { argument });
  return text;
}

/** A number; text such as '1,234.50' or '¥300' is read the way the sheet readers read it. */
export function requireNumber(value: unknown, argument: string): number {
  const parsed = parseNumber(cellOf(value));
  if (parsed.kind !== 'ok') throw functionError('functions.numberRequired', { argument, value: String(value ?? '') });
  return parsed.value;
}

/** A count: a whole number ≥ 0. */
export function requireCount(value: unknown, argument: string): number {
  const count = requireNumber(value, argument);
  if (!Number.isInteger(count) || count < 0) throw functionError('functions.countRequired', { argument, value: count });
  return count;
}

/** Yuan with at most two decimals, ≥ 0 unless allowed; more decimals is an error, not a rounding. */
export function requireYuan(value: unknown, argument: string, allowNegative = false): Fen {
  const yuan = requireNumber(value, argument);
  const amount = yuanToFen(yuan);
  if (amount === null || (!allowNegative && amount < 0)) throw functionError('functions.yuanRequired', { argument, value: yuan });
  return amount;
}

/** Blank is zero for the money parts of PAY (no award is an award of 0). */
export function optionalYuan(value: unknown, argument: string): Fen {
  return cellOf(value) === null ? requireYuan(0, argument) : requireYuan(value, argument);
}

export function optionalMonth(value: unknown): MonthKey | undefined {
  const cell = cellOf(value);
  if (cell === null) return undefined;
  const text = String(cell).trim().replace(/[/.年]/g, '-').replace(/月$/, '');
  const parsed = parseMonthKey(text);
  if (!parsed) throw functionError('functions.badMonth', { value: String(cell) });
  return `${parsed.year}-${String(parsed.month).padStart(2, '0')}`;
}

/** A clock time (Excel time fraction, '8:05', '8点05') as minutes of the day. */
export function requireClock(value: unknown, argument: string): number {
  const parsed = parseTime(cellOf(value), null);
  if (parsed.kind !== 'ok') throw functionError('functions.timeRequired', { argument, value: String(value ?? '') });
  return parsed.value;
}
