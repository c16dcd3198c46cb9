/**
 * What the task pane asks of its host. Components receive an object of this shape and never call
 * Office.js themselves, so they render and run in a test with a fake (test/taskpane/fakeApi.ts) and
 * in Excel with the real one (officeApi.ts, which delegates to src/io/office and src/app).
 *
 * The detection and mapping types mirror src/sheets (SheetDetection, MappingOverrides) field for
 * field; they are restated here structurally so the UI depends on a contract, not on the reader.
 */
import type { CloseSummary } from '../app/closeSummary';
import type { CellRef, Problem } from '../engine/result';
import type { MonthKey } from '../engine/time';
import type { PresetId } from '../engine/policy/types';

/** The input roles a sheet can play (POLICY.md §1). */
export type Role = 'staff' | 'rota' | 'attendance' | 'sales' | 'incidents';

export const roles: readonly Role[] = ['staff', 'rota', 'attendance', 'sales', 'incidents'];

/** Presets the month close can start from (POLICY.md §2, §3). */
export const presets: readonly PresetId[] = ['电商客服', '物业客服'];

/** One sheet recognised as playing a role (src/sheets SheetDetection). */
export interface RoleDetection {
  readonly role: Role;
  readonly sheet: string;
  readonly headerRow: number;
  /** Canonical field → 0-based column of that sheet. */
  readonly columns: Readonly<Record<string, number>>;
  /** 0 … 1; 1 is every expected header found. */
  readonly confidence: number;
  readonly layout: string;
}

/** The user's corrections, remembered in the workbook (src/sheets MappingOverrides). */
export interface MappingOverrides {
  readonly roles?: Partial<Record<Role, string>>;
  readonly columns?: Partial<Record<Role, Readonly<Record<string, number>>>>;
}

/** What the task pane needs to draw its first screen. */
export interface WorkbookSurvey {
  /** Every sheet name in the workbook, in tab order. */
  readonly sheets: readonly string[];
  /** Header cells of each sheet's detected (or first) header row, to offer columns for mapping. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly detections: readonly RoleDetection[];
  /** Months seen in the attendance, oldest first; the latest is the default month to close. */
  readonly months: readonly MonthKey[];
  readonly problems: readonly Problem[];
}

/** The four steps of a month close, in order (读取表格 → 识别 → 计算 → 写入). */
export type CloseStep = 'read' | 'detect' | 'compute' | 'write';

export const closeSteps: readonly CloseStep[] = ['read', 'detect', 'compute', 'write'];

export type { CloseSummary };

export interface CloseRequest {
  /** null lets the reader pick the latest month in the attendance. */
  readonly month: MonthKey | null;
  readonly preset: PresetId;
  readonly overrides: MappingOverrides;
}

/** The host, as the task pane sees it. Every method resolves; bad input comes back as problems. */
export interface TaskpaneApi {
  detect(overrides: MappingOverrides): Promise<WorkbookSurvey>;
  close(month: MonthKey | null, preset: PresetId, overrides: MappingOverrides,
    onProgress: (step: CloseStep) => void): Promise<CloseSummary>;
  /** Activates the sheet and selects the cell a problem points at. */
  selectCell(ref: CellRef): Promise<void>;
  /** Adds empty input sheets (员工, 排班, 考勤, 销售, 事件) that are missing; returns those added. */
  insertTemplate(): Promise<readonly string[]>;
  /** Shows the 制度参数 sheet, writing it from the chosen preset first when it is missing. */
  openPolicySheet(preset: PresetId): Promise<void>;
  loadMapping(): Promise<MappingOverrides>;
  saveMapping(mapping: MappingOverrides): Promise<void>;
}
