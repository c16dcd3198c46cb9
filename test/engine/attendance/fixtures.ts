/** Builders for attendance tests: October 2026, cells on 排班 and 考勤 sheets. */
import type { AttendanceDay, LedgerEntry, RotaDay } from '../../../src/engine/model';
import { fen } from '../../../src/engine/money';
import { ecommercePreset, type Policy } from '../../../src/engine/policy';
import { daySerialFromYmd } from '../../../src/engine/time';
import type { CellRef } from '../../../src/engine/result';

export const month = '2026-10';

/** Serial of a day of October 2026. */
export const oct = (day: number): number => daySerialFromYmd(2026, 10, day);

/** '08:30' → 510; '01:05' → 65. */
export const hm = (text: string): number => {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export const rotaCell = (row: number, day: number): CellRef => ({ sheet: '排班', row, col: day });

/** One rota cell: person on `row` of the wide rota, day `day` in column `day`. */
export function rotaDay(name: string, day: number, code: string, row = 1): RotaDay {
  return { name, daySerial: oct(day), code, source: rotaCell(row, day) };
}

/** The same code on several days. */
export function rotaDays(name: string, days: readonly number[], code: string, row = 1): RotaDay[] {
  return days.map((day) => rotaDay(name, day, code, row));
}

let nextRow = 1;

/** One attendance row with its cells: name A, date B, in C, out D, leave E. */
export function punch(name: string, day: number, clockIn: string | null, clockOut: string | null,
  extra: Partial<AttendanceDay> = {}): AttendanceDay {
  const row = extra.source?.row ?? nextRow++;
  return {
    name, daySerial: oct(day),
    inMinute: clockIn === null ? null : hm(clockIn),
    outMinute: clockOut === null ? null : hm(clockOut),
    leave: null, leaveApproved: null, shiftCode: null,
    source: { sheet: '考勤', row, col: 0 },
    inCol: 2, outCol: 3, leaveCol: 4,
    ...extra,
  };
}

/** The clock-in cell of a punch row (column C of its row). */
export const inCellOf = (row: AttendanceDay): CellRef => ({ sheet: '考勤', row: row.source.row, col: 2 });
/** The clock-out cell of a punch row (column D). */
export const outCellOf = (row: AttendanceDay): CellRef => ({ sheet: '考勤', row: row.source.row, col: 3 });
/** The leave cell of a punch row (column E). */
export const leaveCellOf = (row: AttendanceDay): CellRef => ({ sheet: '考勤', row: row.source.row, col: 4 });

/** A leave row (no punches). */
export function leaveRow(name: string, day: number, leave: string, leaveApproved: boolean | null = null): AttendanceDay {
  return punch(name, day, null, null, { leave, leaveApproved });
}

/** Ledger rows as compact tuples for readable assertions: [day of month, rule, points]. */
export function brief(ledger: readonly LedgerEntry[]): [number | null, string, number][] {
  return ledger.map((e) => [e.daySerial === null ? null : e.daySerial - oct(1) + 1, e.rule, e.points]);
}

// A 物业客服-like policy built from the e-commerce preset: only the bands and the absence limit change,
// so B1–B4 run through exactly the code that runs A1/A2.
export const propertyLike: Policy = {
  ...ecommercePreset,
  preset: '物业客服',
  attendance: {
    ...ecommercePreset.attendance,
    lateBands: [
      { fromMinutes: 1, toMinutes: 5, rule: 'B1', points: 1, fineFen: fen(0), countsAsAbsence: false },
      { fromMinutes: 6, toMinutes: 10, rule: 'B2', points: 5, fineFen: fen(0), countsAsAbsence: false },
      { fromMinutes: 11, toMinutes: null, rule: 'B3', points: 10, fineFen: fen(4000), countsAsAbsence: true },
    ],
    absenceLimit: { count: 3, rule: 'B4', action: 'dismissal' },
  },
};

