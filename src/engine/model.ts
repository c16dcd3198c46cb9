/**
 * The engine's typed rows (what the sheet readers produce) and its results (what the adapters
 * write). Names are canonical: readers have already resolved aliases and folded traditional
 * characters, so the engine compares names and type words as plain strings.
 */
import type { Fen } from './money';
import type { CellRef, Problem } from './result';
import type { MonthKey } from './time';
import type { SalesOrders } from './orders';
import type { RuleId, PresetId, ActionId } from './policy/types';

export type Level = 'new' | 'senior';

export interface Person {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly id: string | null;
  /** 岗位 as written (售前/售后/查件/投诉/物流…); '物流' selects the P3 logistics pay. */
  readonly role: string | null;
  readonly level: Level | null;
  readonly baseFen: Fen | null;
  /** 组/班组; null puts the person in the team-wide group for K4. */
  readonly group: string | null;
  /** 快递收入 for logistics staff (P3), when the staff sheet has it. */
  readonly expressRevenueFen: Fen | null;
  readonly source: CellRef | null;
}

/** One rostered day: the shift code as written in the rota (早, 晚班, 休 …). */
export interface RotaDay {
  readonly name: string;
  readonly daySerial: number;
  readonly code: string;
  readonly source: CellRef;
}

/**
 * One attendance row. Clock times are minutes from 00:00 of `daySerial`; a reader that saw a full
 * date-time on the next day gives a value ≥ 1440. A bare clock-out earlier than the shift start on
 * a shift that crosses midnight is moved to the next day by the engine.
 */
export interface AttendanceDay {
  readonly name: string;
  readonly daySerial: number;
  readonly inMinute: number | null;
  readonly outMinute: number | null;
  /** Leave type as written (事假/病假/调休 …), null when none. */
  readonly leave: string | null;
  /** Whether the leave was approved beforehand; null when the sheet has no approval column. */
  readonly leaveApproved: boolean | null;
  /** The shift the attendance itself names (DingTalk 班次), checked against the rota. */
  readonly shiftCode: string | null;
  readonly source: CellRef;
  /**
   * Columns of the clock-in, clock-out and leave cells on the row of `source`; null when the reader
   * had none (results then point at the row). Numbers, not CellRefs: a cell is made by cellOf only
   * when a result points at it (three refs per row were most of a row's 256 B).
   */
  readonly inCol: number | null;
  readonly outCol: number | null;
  readonly leaveCol: number | null;
}

/** Daily (or whole-period, daySerial null) sales figures per agent. */
export interface SalesFigures {
  readonly name: string;
  readonly daySerial: number | null;
  readonly inquiries: number | null;
  readonly buyers: number | null;
  readonly amountFen: Fen | null;
  readonly source: CellRef;
}

/** One order from a per-order sales list (a list of them is kept by column: SalesOrders, orders.ts). */
export interface SalesOrder {
  readonly orderId: string;
  readonly name: string;
  readonly daySerial: number;
  readonly amountFen: Fen;
  /** 备注/小蓝旗: false means the agent left no remark (K3); null when the sheet has no such column. */
  readonly remarked: boolean | null;
  readonly status: string | null;
  /** Where the order was read (its name cell). */
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface Incident {
  readonly name: string;
  readonly daySerial: number;
  /** Type as written, folded to simplified characters and trimmed. */
  readonly type: string;
  readonly points: number | null;
  readonly amountFen: Fen | null;
  readonly reason: string | null;
  readonly source: CellRef;
  /** Columns of the type, points and amount cells on the row of `source`, when the reader knows them (problems point there, see cellOf). */
  readonly typeCol?: number | null;
  readonly pointsCol?: number | null;
  readonly amountCol?: number | null;
}

/**
 * The cell in column `col` of a row's `source` row, or the row's own cell when there is no column.
 * @example cellOf({ sheet: '考勤', row: 4, col: 0 }, 2) → { sheet: '考勤', row: 4, col: 2 }
 */
export function cellOf(source: CellRef, col: number | null | undefined): CellRef {
  return col === null || col === undefined ? source : { sheet: source.sheet, row: source.row, col };
}

export type Verdict = 'ok' | 'warning' | 'penalty' | 'severe';

/** One closed month of one person, kept in the hidden history sheet (feeds V1 and K4). */
export interface HistoryRecord {
  readonly month: MonthKey;
  readonly name: string;
  readonly score: number;
  readonly verdict: Verdict;
  /** Rank by commissionable sales within the group; null with no sales. */
  readonly salesRank: number | null;
  readonly firstStreak: number;
  readonly preset: PresetId;
  /**
   * The person's fines that month (the 看板's fines trend). Absent for a month closed before the
   * history carried fines, or read from a history sheet without the column or with the cell blank.
   */
  readonly finesFen?: Fen;
}

export interface MonthInput {
  readonly month: MonthKey;
  readonly people: readonly Person[];
  readonly rota: readonly RotaDay[];
  readonly attendance: readonly AttendanceDay[];
  readonly salesFigures: readonly SalesFigures[];
  readonly salesOrders: SalesOrders;
  readonly incidents: readonly Incident[];
  readonly history: readonly HistoryRecord[];
}

/** One rule hit: a row of the ledger (明细). */
export interface LedgerEntry {
  readonly daySerial: number | null;
  readonly name: string;
  readonly rule: RuleId;
  readonly points: number;
  readonly amountFen: Fen | null;
  readonly action: ActionId | null;
  readonly source: CellRef | null;
  /** A message code and params that explain the hit ("迟到 12 分钟"); worded by the adapters. */
  readonly note: { readonly code: string; readonly params: Readonly<Record<string, string | number>> };
}

export interface FineEntry {
  readonly name: string;
  readonly daySerial: number;
  readonly rule: RuleId;
  readonly nth: number;
  readonly amountFen: Fen | null;
  readonly action: ActionId | null;
  readonly source: CellRef;
}

export interface CommissionResult {
  readonly inquiries: number | null;
  readonly buyers: number | null;
  /** buyers ÷ inquiries; null with no inquiries (K1). */
  readonly conversion: number | null;
  readonly salesFen: Fen;
  readonly excludedOrders: number;
  readonly rateBp: number;
  readonly commissionFen: Fen;
  readonly rank: number | null;
  readonly firstStreak: number;
  readonly awardFen: Fen;
}

export interface PersonResult {
  readonly name: string;
  readonly group: string | null;
  readonly baseScore: number;
  /** Points deducted per rule id (positive numbers; praise is negative). */
  readonly points: Readonly<Record<string, number>>;
  readonly deducted: number;
  readonly score: number;
  readonly verdict: Verdict;
  readonly commission: CommissionResult;
  readonly finesFen: Fen;
  readonly baseFen: Fen;
  readonly mealFen: Fen;
  readonly payFen: Fen;
  /** Actions the supervisor must take (withhold pay, dismissal, warning …), never applied silently. */
  readonly actions: readonly ActionId[];
}

export interface MonthResult {
  readonly month: MonthKey;
  readonly preset: PresetId;
  readonly people: readonly PersonResult[];
  readonly fines: readonly FineEntry[];
  readonly ledger: readonly LedgerEntry[];
  readonly fundFen: Fen;
  readonly problems: readonly Problem[];
  /** The history with this month's records replacing any earlier close of the same month. */
  readonly history: readonly HistoryRecord[];
}
