/**
 * The task pane's state and every change to it, as a pure reducer: the components only dispatch,
 * so the behaviour (which sheet a role uses, which month is closed, what the progress shows) is
 * tested without a browser.
 */
import type { MonthKey } from '../engine/time';
import type { PresetId } from '../engine/policy/types';
import type { Problem } from '../engine/result';
import {
  roles, type CloseStep, type CloseSummary, type MappingOverrides, type Role, type RoleDetection, type WorkbookSurvey,
} from './api';

export type Phase = 'loading' | 'ready' | 'closing' | 'done';

export interface PaneState {
  readonly phase: Phase;
  readonly survey: WorkbookSurvey | null;
  readonly overrides: MappingOverrides;
  /** null until the survey gives a default, or when the attendance has no dates. */
  readonly month: MonthKey | null;
  /** Whether the user picked the month (a re-detection then keeps it). */
  readonly monthPicked: boolean;
  readonly preset: PresetId;
  /** Steps finished so far in the running close, in order. */
  readonly stepsDone: readonly CloseStep[];
  readonly summary: CloseSummary | null;
  /** Problems of the pane itself (a failed read, a failed jump to a cell). */
  readonly paneProblems: readonly Problem[];
  /** Sheets the last 插入模板 added (null before any). */
  readonly templateAdded: readonly string[] | null;
}

export type PaneAction =
  | { type: 'surveyed'; survey: WorkbookSurvey; overrides: MappingOverrides }
  | { type: 'pickSheet'; role: Role; sheet: string | null }
  | { type: 'pickColumn'; role: Role; field: string; col: number | null }
  | { type: 'pickMonth'; month: MonthKey }
  | { type: 'pickPreset'; preset: PresetId }
  | { type: 'closeStarted' }
  | { type: 'stepDone'; step: CloseStep }
  | { type: 'closed'; summary: CloseSummary }
  | { type: 'paneProblem'; problem: Problem }
  | { type: 'templateInserted'; sheets: readonly string[] }
  | { type: 'redetecting' };

export const initialState: PaneState = {
  phase: 'loading', survey: null, overrides: {}, month: null, monthPicked: false, preset: '电商客服',
  stepsDone: [], summary: null, paneProblems: [], templateAdded: null,
};

/** The month to offer first: the latest month in the attendance. @example defaultMonth(['2026-09','2026-10']) === '2026-10' */
export function defaultMonth(months: readonly MonthKey[]): MonthKey | null {
  return months.length === 0 ? null : [...months].sort().at(-1) ?? null;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'surveyed': {
      const keep = state.monthPicked && state.month !== null && action.survey.months.includes(state.month);
      return {
        ...state, phase: state.summary ? 'done' : 'ready', survey: action.survey, overrides: action.overrides,
        month: keep ? state.month : defaultMonth(action.survey.months), monthPicked: keep,
      };
    }
    case 'redetecting': return { ...state, phase: 'loading', paneProblems: [] };
    case 'pickSheet': return { ...state, overrides: withSheet(state.overrides, action.role, action.sheet) };
    case 'pickColumn': return { ...state, overrides: withColumn(state.overrides, action.role, action.field, action.col) };
    case 'pickMonth': return { ...state, month: action.month, monthPicked: true };
    case 'pickPreset': return { ...state, preset: action.preset };
    case 'closeStarted': return { ...state, phase: 'closing', stepsDone: [], summary: null, paneProblems: [] };
    case 'stepDone':
      return state.stepsDone.includes(action.step) ? state : { ...state, stepsDone: [...state.stepsDone, action.step] };
    case 'closed': return { ...state, phase: 'done', summary: action.summary };
    case 'paneProblem':
      return { ...state, phase: state.phase === 'closing' || state.phase === 'loading' ? 'ready' : state.phase,
        paneProblems: [...state.paneProblems, action.problem] };
    case 'templateInserted': return { ...state, templateAdded: action.sheets };
  }
}

/**
 * A role's sheet choice replaces the detection; choosing a different sheet drops that role's
 * column overrides, which named columns of the old sheet.
 */
export function withSheet(overrides: MappingOverrides, role: Role, sheet: string | null): MappingOverrides {
  const nextRoles = { ...overrides.roles };
  if (sheet === null) delete nextRoles[role];
  else nextRoles[role] = sheet;
  const nextColumns = { ...overrides.columns };
  if (overrides.roles?.[role] !== sheet) delete nextColumns[role];
  return { roles: nextRoles, columns: nextColumns };
}

/** Sets (or with null, clears) one field → column override of a role. */
export function withColumn(overrides: MappingOverrides, role: Role, field: string, col: number | null): MappingOverrides {
  const fields: Record<string, number> = { ...overrides.columns?.[role] };
  if (col === null) delete fields[field];
  else fields[field] = col;
  return { roles: { ...overrides.roles }, columns: { ...overrides.columns, [role]: fields } };
}

/** One line of the role list: the sheet in use, how sure the reader is, and the columns it will read. */
export interface RoleRow {
  readonly role: Role;
  readonly sheet: string | null;
  /** 0–100; 100 when the user chose the sheet. */
  readonly confidencePercent: number;
  readonly chosenByUser: boolean;
  readonly columns: Readonly<Record<string, number>>;
}

/** The role list as shown: a user's choice wins over the detection (the reader does the same). */
export function roleRows(survey: WorkbookSurvey | null, overrides: MappingOverrides): RoleRow[] {
  return roles.map((role) => {
    const chosen = overrides.roles?.[role];
    const detected = bestDetection(survey?.detections ?? [], role, chosen);
    const userColumns = overrides.columns?.[role] ?? {};
    const columns = { ...(detected?.columns ?? {}), ...userColumns };
    if (chosen !== undefined) {
      return { role, sheet: chosen, confidencePercent: 100, chosenByUser: true, columns };
    }
    return {
      role, sheet: detected?.sheet ?? null, chosenByUser: false, columns,
      confidencePercent: detected ? Math.round(Math.max(0, Math.min(1, detected.confidence)) * 100) : 0,
    };
  });
}

function bestDetection(detections: readonly RoleDetection[], role: Role, sheet: string | undefined): RoleDetection | undefined {
  const candidates = detections.filter((d) => d.role === role && (sheet === undefined || d.sheet === sheet));
  return candidates.reduce<RoleDetection | undefined>((best, d) => (best && best.confidence >= d.confidence ? best : d), undefined);
}

/** Fields offered in the column mapping per role (POLICY.md §1 canonical fields). */
export const roleFields: Readonly<Record<Role, readonly string[]>> = {
  staff: ['name', 'alias', 'id', 'role', 'level', 'base', 'group'],
  rota: ['name', 'date', 'shift'],
  attendance: ['name', 'date', 'in', 'out', 'leave', 'approved', 'shift'],
  sales: ['date', 'name', 'inquiries', 'buyers', 'amount', 'order', 'remarked', 'status'],
  incidents: ['date', 'name', 'type', 'points', 'amount', 'reason'],
};

/** Roles every close needs; staff is optional (the rota names the people without it). */
export const requiredRoles: readonly Role[] = ['rota', 'attendance'];
