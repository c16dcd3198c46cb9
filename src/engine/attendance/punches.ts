/**
 * One person-day's punches: duplicate rows merged (earliest clock-in, latest clock-out), both put
 * on the shift's clock (after midnight of a night shift they are next-day minutes), and the leave.
 */
import type { AttendanceDay } from '../model';
import type { ShiftDef } from '../policy/types';
import type { CellRef } from '../result';
import { clockInOnShift, clockOutOnShift, isBlankText } from './shifts';

/**
 * A day's rows merged. One is reused from day to day (merge overwrites it): a thousand people have
 * 31,000 days, and an object per day was a quarter of the day loop's allocation.
 */
export class DayPunches {
  /** On the shift's clock, like outMinute. */
  inMinute: number | null = null;
  inCell: CellRef | null = null;
  /** On the shift's clock: ≥ 1440 for a clock-out after midnight of a night shift. */
  outMinute: number | null = null;
  outCell: CellRef | null = null;
  leave: string | null = null;
  leaveApproved: boolean | null = null;
  leaveCell: CellRef | null = null;
  /** The first row of the day, for hits that belong to the row rather than a cell. */
  source: CellRef = noCell;

  /**
   * Merges a day's first row and any more of that day, in sheet order. A blank leave text is no leave.
   * @example merge({in 490, out 1060}, [{in 485, out null}], 早班) // inMinute 485, outMinute 1060, …
   */
  merge(first: AttendanceDay, more: readonly AttendanceDay[] | undefined, shift: ShiftDef | null): void {
    this.inMinute = null;
    this.inCell = null;
    this.outMinute = null;
    this.outCell = null;
    this.leave = null;
    this.leaveApproved = null;
    this.leaveCell = null;
    this.source = first.source;
    this.take(first, shift);
    if (more !== undefined) for (let i = 0; i < more.length; i += 1) this.take(more[i] as AttendanceDay, shift);
  }

  private take(row: AttendanceDay, shift: ShiftDef | null): void {
    if (row.inMinute !== null) {
      const onShift = shift ? clockInOnShift(row.inMinute, shift) : row.inMinute;
      if (this.inMinute === null || onShift < this.inMinute) {
        this.inMinute = onShift;
        this.inCell = row.inCell ?? row.source;
      }
    }
    if (row.outMinute !== null) {
      const onShift = shift ? clockOutOnShift(row.outMinute, shift) : row.outMinute;
      if (this.outMinute === null || onShift > this.outMinute) {
        this.outMinute = onShift;
        this.outCell = row.outCell ?? row.source;
      }
    }
    if (this.leave === null && row.leave !== null && !isBlankText(row.leave)) {
      this.leave = row.leave.trim();
      this.leaveApproved = row.leaveApproved ?? null;
      this.leaveCell = row.leaveCell ?? row.source;
    }
  }
}

const noCell: CellRef = { sheet: '', row: -1, col: -1 };
