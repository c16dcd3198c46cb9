/**
 * One person-day's punches: duplicate rows merged (earliest clock-in, latest clock-out), both put
 * on the shift's clock (after midnight of a night shift they are next-day minutes), and the leave.
 */
import type { AttendanceDay } from '../model';
import type { ShiftDef } from '../policy/types';
import type { CellRef } from '../result';
import { clockInOnShift, clockOutOnShift } from './shifts';

export interface DayPunches {
  /** On the shift's clock, like outMinute. */
  readonly inMinute: number | null;
  readonly inCell: CellRef | null;
  /** On the shift's clock: ≥ 1440 for a clock-out after midnight of a night shift. */
  readonly outMinute: number | null;
  readonly outCell: CellRef | null;
  readonly leave: string | null;
  readonly leaveApproved: boolean | null;
  readonly leaveCell: CellRef | null;
  /** The first row of the day, for hits that belong to the row rather than a cell. */
  readonly source: CellRef;
}

/**
 * Merges a day's rows; null when there is none. A blank leave text is no leave.
 * @example mergePunches([{in 490, out 1060}, {in 485, out null}], 早班)
 *   // { inMinute: 485, outMinute: 1060, … }
 */
export function mergePunches(rows: readonly AttendanceDay[], shift: ShiftDef | null): DayPunches | null {
  const first = rows[0];
  if (!first) return null;
  let inRow: AttendanceDay | null = null;
  let inMinute: number | null = null;
  let outRow: AttendanceDay | null = null;
  let outMinute: number | null = null;
  let leaveRow: AttendanceDay | null = null;
  for (const row of rows) {
    if (row.inMinute !== null) {
      const onShift = shift ? clockInOnShift(row.inMinute, shift) : row.inMinute;
      if (inMinute === null || onShift < inMinute) {
        inRow = row;
        inMinute = onShift;
      }
    }
    if (row.outMinute !== null) {
      const onShift = shift ? clockOutOnShift(row.outMinute, shift) : row.outMinute;
      if (outMinute === null || onShift > outMinute) {
        outRow = row;
        outMinute = onShift;
      }
    }
    if (leaveRow === null && row.leave !== null && row.leave.trim() !== '') leaveRow = row;
  }
  return {
    inMinute,
    inCell: inRow ? inRow.inCell ?? inRow.source : null,
    outMinute,
    outCell: outRow ? outRow.outCell ?? outRow.source : null,
    leave: leaveRow?.leave?.trim() ?? null,
    leaveApproved: leaveRow?.leaveApproved ?? null,
    leaveCell: leaveRow ? leaveRow.leaveCell ?? leaveRow.source : null,
    source: first.source,
  };
}
