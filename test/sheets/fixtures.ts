/**
 * Small builders so reader tests read like the sheets they describe: a grid is a name and rows,
 * dates and times are written as the helpers below, problems are compared as plain records.
 */
import type { CellValue } from '../../src/engine/cells';
import { cellAddress, type Problem } from '../../src/engine/result';
import { daySerialFromYmd } from '../../src/engine/time';
import type { Grid } from '../../src/sheets';

/** A grid from rows; `hidden` lists 0-based hidden rows. */
export function grid(name: string, rows: CellValue[][], hidden?: number[]): Grid {
  return hidden ? { name, rows, hiddenRows: hidden } : { name, rows };
}

/** Excel day serial of a date. */
export const day = (year: number, month: number, dayOfMonth: number): number => daySerialFromYmd(year, month, dayOfMonth);

/** Excel time fraction of a clock time. */
export const clock = (hours: number, minutes: number, seconds = 0): number => (hours * 3600 + minutes * 60 + seconds) / 86400;

/** Minutes of the day, for expected values. */
export const minute = (hours: number, minutes: number): number => hours * 60 + minutes;

/** A problem as a test compares it: severity, code and the cell's address. */
export interface Seen { severity: string; code: string; at: string | null }

export function seen(problems: readonly Problem[]): Seen[] {
  return problems.map((p) => ({ severity: p.severity, code: p.code, at: p.cell ? cellAddress(p.cell) : null }));
}

/** Problems other than the "role not found" notices, which most single-sheet tests expect. */
export function seenExceptMissingRoles(problems: readonly Problem[]): Seen[] {
  return seen(problems).filter((p) => !p.code.startsWith('sheets.roleNotFound.'));
}

/** A staff sheet of the given people: [name, alias]. */
export function staffGrid(people: [string, string | null][]): Grid {
  return grid('员工', [['姓名', '旺旺', '岗位', '级别', '底薪'], ...people.map(([name, alias]): CellValue[] => [name, alias, '售前', '老员工', 5000])]);
}
