/**
 * One person-day's punches: duplicate rows merged (earliest clock-in, latest clock-out), both put
 * on the shift's clock (after midnight of a night shift they are next-day minutes), and the leave.
 */
import { cellOf, type AttendanceDay } from '../model';
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
  /**
   * The clock-in's cell is column inCol of the row inSource (the row itself when inCol is null):
   * kept apart, the cell is made (cellOf) only when a result points at it, not for every day.
   */
  inSource: CellRef = noCell;
  inCol: number | null = null;
  /** On the shift's clock: ≥ 1440 for a clock-out after midnight of a night shift. */
  outMinute: number | null = null;
  outSource: CellRef = noCell;
  outCol: number | null = null;
  leave: string | null = null;
  leaveApproved: boolean | null = null;
  leaveSource: CellRef = noCell;
  leaveCol: number | null = null;
  /** The first row of the day, for hits that belong to the row rather than a cell. */
  source: CellRef = noCell;

  /**
   * Merges a day's first row and any more of that day, in sheet order. A blank leave text is no leave.
   * @example merge({in 490, out 1060}, [{in 485, out null}], 早班) // inMinute 485, outMinute 1060, …
   */
  merge(first: AttendanceDay, more: readonly AttendanceDay[] | undefined, shift: ShiftDef | null): void {
    this.inMinute = null;
    this.outMinute = null;
    this.leave = null;
    this.leaveApproved = null;
    this.source = first.source;
    this.take(first, shift);
    if (more !== undefined) for (let i = 0; i < more.length; i += 1) this.take(more[i] as AttendanceDay, shift);
  }

  /** The clock-in's cell, null without a clock-in. */
  inCell(): CellRef | null {
    return this.inMinute === null ? null : cellOf(this.inSource, this.inCol);
  }

  /** The clock-out's cell, null without a clock-out. */
  outCell(): CellRef | null {
    return this.outMinute === null ? null : cellOf(this.outSource, this.outCol);
  }

  /** The leave's cell, null without leave. */
  leaveCell(): CellRef | null {
    return this.leave === null ? null : cellOf(this.leaveSource, this.leaveCol);
  }

  private take(row: AttendanceDay, shift: ShiftDef | null): void {
    if (row.inMinute !== null) {
      const onShift = shift ? clockInOnShift(row.inMinute, shift) : row.inMinute;
      if (this.inMinute === null || onShift < this.inMinute) {
        this.inMinute = onShift;
        this.inSource = row.source;
        this.inCol = row.inCol;
      }
    }
    if (row.outMinute !== null) {
      const onShift = shift ? clockOutOnShift(row.outMinute, shift) : row.outMinute;
      if (this.outMinute === null || onShift > this.outMinute) {
        this.outMinute = onShift;
        this.outSource = row.source;
        this.outCol = row.outCol;
      }
    }
    if (this.leave === null && row.leave !== null && !isBlankText(row.leave)) {
      this.leave = row.leave.trim();
      this.leaveApproved = row.leaveApproved ?? null;
      this.leaveSource = row.source;
      this.leaveCol = row.leaveCol;
    }
  }
}

const noCell: CellRef = { sheet: '', row: -1, col: -1 };
