/**
 * CS.SCORE and CS.FINES: the month close itself, run on grids built from the ranges, so a cell
 * shows exactly the figure the 计分表 and 罚款表 will show. One close per distinct set of ranges.
 */
import { monthClose, type MonthCloseResult } from '../app/monthClose';
import type { CellValue } from '../engine/cells';
import type { PersonResult } from '../engine/model';
import { fenToYuan } from '../engine/money';
import type { MonthKey } from '../engine/time';
import { monthKeyOf } from '../engine/time';
import { detectSheets, nameKey, ownSheetNames, parseDate, type Grid } from '../sheets';
import { cellOf, type RangeArg } from './args';
import { keyOf, LruCache } from './cache';
import { functionError, problemError } from './errors';

const closes = new LruCache<MonthCloseResult>();

/** Forgets every cached close (tests; a new policy). */
export function clearCloseCache(): void {
  closes.clear();
}

function toGrid(name: string, rows: RangeArg): Grid {
  return { name, rows: rows.map((row) => row.map(cellOf)) };
}

/**
 * Each cached close's people by name key, built on the first lookup: 1,000 cells on one close
 * would otherwise scan (and fold) the whole team once per cell.
 */
const peopleByKey = new WeakMap<MonthCloseResult, Map<string, PersonResult>>();

function peopleOf(closed: MonthCloseResult, people: readonly PersonResult[]): Map<string, PersonResult> {
  let byKey = peopleByKey.get(closed);
  if (byKey === undefined) {
    byKey = new Map();
    // The first person with a key stands, as a scan in team order would find them.
    for (const person of people) if (!byKey.has(nameKey(person.name))) byKey.set(nameKey(person.name), person);
    peopleByKey.set(closed, byKey);
  }
  return byKey;
}

/** The person's result, null when the close has no such person; errors of the close are the function's error. */
function findPerson(closed: MonthCloseResult, name: string): PersonResult | null {
  if (!closed.ok || !closed.result) {
    const firstError = closed.problems.find((p) => p.severity === 'error');
    throw firstError ? problemError(firstError) : functionError('functions.closeFailed');
  }
  return peopleOf(closed, closed.result.people).get(nameKey(name)) ?? null;
}

function personOf(closed: MonthCloseResult, name: string): PersonResult {
  const person = findPerson(closed, name);
  if (!person) throw functionError('functions.unknownName', { name });
  return person;
}

export interface TeamRanges {
  readonly attendance: RangeArg;
  readonly incidents: RangeArg;
  readonly rota: RangeArg;
  readonly staff: RangeArg | null;
  /** The 制度参数 sheet's rows: the team's own policy, as the month close reads it. */
  readonly policy?: RangeArg | null;
}

/** The policy sheet as the month close finds it, when the formula passed one. */
function policyGrids(policy: RangeArg | null | undefined): Grid[] {
  return policy ? [toGrid(ownSheetNames.policy, policy)] : [];
}

/**
 * The month close of the ranges (cached), as the workbook's close would run on sheets with these rows.
 * @example scoreOf('王小美', ranges, '2026-10') === 9
 */
export function teamClose(ranges: TeamRanges, month: MonthKey | undefined): MonthCloseResult {
  const key = keyOf([ranges.attendance, ranges.incidents, ranges.rota, ranges.staff, ranges.policy ?? null], ['team', month]);
  return closes.getOrCompute(key, () => {
    const grids = [toGrid('考勤', ranges.attendance), toGrid('事件', ranges.incidents), toGrid('排班', ranges.rota)];
    if (ranges.staff) grids.push(toGrid('员工', ranges.staff));
    grids.push(...policyGrids(ranges.policy));
    return monthClose(grids, month === undefined ? { tables: false } : { month, tables: false });
  });
}

/** CS.SCORE: the final score of the month close (floor applied, POLICY.md V1). */
export function scoreOf(name: string, ranges: TeamRanges, month: MonthKey | undefined): number {
  return personOf(teamClose(ranges, month), name).score;
}

/** Names and the latest month in an incident log, from the reader's own detection of its columns. */
function incidentLogFacts(grid: Grid): { names: string[]; month: MonthKey | null } {
  const detection = detectSheets([grid]).detections.find((d) => d.role === 'incidents');
  if (!detection) throw functionError('functions.notIncidentLog');
  const names = new Set<string>();
  let latest: number | null = null;
  for (const row of grid.rows.slice(detection.headerRow + 1)) {
    const name = detection.columns.name === undefined ? null : row[detection.columns.name];
    if (typeof name === 'string' && name.trim() !== '') names.add(name.trim());
    const date = detection.columns.date === undefined ? null : parseDate(row[detection.columns.date] ?? null, null);
    if (date?.kind === 'ok') latest = Math.max(latest ?? date.value, date.value);
  }
  return { names: [...names], month: latest === null ? null : monthKeyOf(latest) };
}

/**
 * CS.FINES: the person's fines in the month (yuan), from the incident log alone. Everyone named in
 * the log is a person (there is no staff sheet to say otherwise); someone the log does not name has
 * no incidents, so 0; without a month, the log's latest month.
 */
export function finesOf(name: string, incidents: RangeArg, month: MonthKey | undefined, policy: RangeArg | null = null): number {
  const key = keyOf([incidents, policy], ['fines', month]);
  const closed = closes.getOrCompute(key, () => {
    const grid = toGrid('事件', incidents);
    const facts = incidentLogFacts(grid);
    const staffRows: CellValue[][] = [['姓名', '旺旺'], ...facts.names.map((n) => [n, null])];
    const wanted = month ?? facts.month ?? undefined;
    return monthClose([{ name: '员工', rows: staffRows }, grid, ...policyGrids(policy)], wanted === undefined ? { tables: false } : { month: wanted, tables: false });
  });
  const person = findPerson(closed, name);
  return person ? fenToYuan(person.finesFen) : 0;
}
