/**
 * The whole month close, pure: grids → policy (制度参数 sheet or a preset) → history (月结历史) →
 * the team's rows → closeMonth → the report tables. Used by the command line and the task pane; a
 * month that cannot be closed (no month, or any error) yields no tables, so nothing gets written.
 */
import { closeMonth } from '../engine/close';
import type { MonthResult, HistoryRecord } from '../engine/model';
import { policyFromRows } from '../engine/policy/params';
import { defaultPresetId, presetFor, presetIds } from '../engine/policy/presets';
import type { Policy, PresetId } from '../engine/policy/types';
import { hasErrors, problem, type Problem } from '../engine/result';
import { inMonth, parseMonthKey, type MonthKey } from '../engine/time';
import type { Lang } from '../messages';
import { buildReport, type SheetTable } from '../report';
import { outsideMonthProblems } from './outsideMonth';
import { withoutTwins } from './twins';
import { attendanceEndsEarly } from './coverage';
import { ownSheetNames, readHistory, readTeam, type Grid, type MappingOverrides, type SheetDetection, type TeamRead } from '../sheets';

export interface MonthCloseOptions {
  readonly month?: MonthKey;
  readonly preset?: PresetId;
  readonly overrides?: MappingOverrides;
  readonly lang?: Lang;
  /** false skips the report tables (CS.SCORE and CS.FINES need only the figures); default true. */
  readonly tables?: boolean;
}

export interface MonthCloseResult {
  readonly ok: boolean;
  readonly month: MonthKey | null;
  readonly result: MonthResult | null;
  readonly tables: SheetTable[];
  readonly detections: SheetDetection[];
  /** Every problem of the close: policy sheet, history, readers, then the engine. */
  readonly problems: Problem[];
}

// Our own output sheets written beside a user's sheet of the same name (计分表(2)) are not input.
const ownCopy = new RegExp(`^(${Object.values(ownSheetNames).join('|')})\\(\\d+\\)$`);

/** The policy: the workbook's 制度参数 sheet when there is one (it wins over --preset), else the preset. */
function policyOf(grids: readonly Grid[], preset: PresetId | undefined, problems: Problem[]): Policy {
  const sheet = grids.find((grid) => grid.name === ownSheetNames.policy);
  if (sheet) {
    const read = policyFromRows(sheet.rows, sheet.name);
    problems.push(...read.problems);
    if (preset !== undefined && preset !== read.policy.preset) {
      problems.push(problem('warning', 'report.presetIgnored', { sheetPreset: read.policy.preset, preset }));
    }
    return read.policy;
  }
  const id = preset ?? defaultPresetId;
  const policy = presetFor(id);
  if (policy) return policy;
  problems.push(problem('error', 'report.unknownPreset', { preset: id, presets: presetIds().join('、') }));
  return presetFor(defaultPresetId) as Policy;
}

function historyOf(grids: readonly Grid[], problems: Problem[]): HistoryRecord[] {
  const sheet = grids.find((grid) => grid.name === ownSheetNames.history);
  if (!sheet) return [];
  const read = readHistory(sheet);
  problems.push(...read.problems);
  return read.records;
}

/**
 * A month asked for that neither the rota nor the attendance covers (a typo, --month 1999-01) would
 * close as a month of absences or of nothing: it is an error, naming the months the sheets do hold.
 */
function noDataProblems(team: TeamRead, month: MonthKey): Problem[] {
  const isInMonth = inMonth(month);
  const covered = team.rota.some((row) => isInMonth(row.daySerial)) || team.attendance.some((row) => isInMonth(row.daySerial));
  if (covered || (team.rota.length === 0 && team.attendance.length === 0)) return [];
  return [problem('error', 'report.noDataForMonth', { month, months: team.monthsSeen.join('、') || '—' })];
}

/**
 * Closes a month from a workbook's grids.
 * @example monthClose(grids, { month: '2026-10' }) → { ok: true, month: '2026-10', tables: [计分表, 提成表, 罚款表, 明细, 制度参数, 月结历史], … }
 */
export function monthClose(grids: readonly Grid[], options: MonthCloseOptions = {}): MonthCloseResult {
  const problems: Problem[] = [];
  const policy = policyOf(grids, options.preset, problems);
  const history = historyOf(grids, problems);
  const inputGrids = grids.filter((grid) => !ownCopy.test(grid.name));
  const wanted = options.month !== undefined && parseMonthKey(options.month) ? options.month : undefined;
  const team = readTeam(inputGrids, { month: wanted, policy, overrides: options.overrides });
  problems.push(...team.problems);
  if (options.month !== undefined && wanted === undefined) problems.push(problem('error', 'report.badMonth', { month: options.month }));
  const month = options.month === undefined ? team.month : wanted ?? null;
  if (month === null && options.month === undefined) problems.push(problem('error', 'report.noMonth'));
  if (month !== null) problems.push(...outsideMonthProblems(team, month), ...noDataProblems(team, month));
  const closed = { detections: team.detections, problems };
  if (month === null || hasErrors(problems)) return { ok: false, month, result: null, tables: [], ...closed };
  const result = closeMonth({
    month, people: team.people, rota: team.rota, attendance: team.attendance, salesFigures: team.salesFigures,
    salesOrders: team.salesOrders, incidents: team.incidents, history,
  }, policy);
  const all = withoutTwins(problems.concat(result.problems, attendanceEndsEarly(team, result)));
  const done = { detections: team.detections, problems: all };
  if (hasErrors(result.problems)) return { ok: false, month, result, tables: [], ...done };
  const tables = options.tables === false ? [] : buildReport(result, policy, options.lang ?? 'zh');
  return { ok: true, month, result, tables, ...done };
}
