import { assessAttendance } from '../../../src/engine/attendance';
import { ecommercePreset } from '../../../src/engine/policy';
import type { AttendanceDay, RotaDay } from '../../../src/engine/model';
import { brief, inCellOf, month, propertyLike, punch, rotaDay, rotaDays } from './fixtures';

const run = (rota: RotaDay[], attendance: AttendanceDay[]) =>
  assessAttendance({ month, names: ['赵六'], rota, attendance, policy: propertyLike });

const lateBy = (minutes: number) => {
  const row = { ...punch('赵六', 12, null, '17:30'), inMinute: 480 + minutes };
  return run([rotaDay('赵六', 12, '早')], [row]).ledger;
};

describe('property-like late bands', () => {
  it('B1: 5 minutes late is 1 point, no money', () => {
    expect(brief(lateBy(5))).toEqual([[12, 'B1', 1]]);
    expect(lateBy(5)[0]?.amountFen).toBeNull();
  });

  it('B2: 6 minutes late is 5 points', () => {
    expect(brief(lateBy(6))).toEqual([[12, 'B2', 5]]);
  });

  it('B2: 10 minutes late is still 5 points', () => {
    expect(brief(lateBy(10))).toEqual([[12, 'B2', 5]]);
  });

  it('B3: 11 minutes late is 10 points and a 40 yuan fine (4000 fen)', () => {
    const [entry] = lateBy(11);
    expect([entry?.rule, entry?.points, entry?.amountFen, entry?.action]).toEqual(['B3', 10, 4000, null]);
  });
});

describe('B4 absence limit', () => {
  const days = [3, 9, 20, 25];
  const rota = rotaDays('赵六', days, '早');
  const lateRow = (day: number) => punch('赵六', day, '08:15', '17:30');

  it('B4: two absences (B3) call for nothing', () => {
    expect(brief(run(rota, [lateRow(3), lateRow(9), punch('赵六', 20, '08:00', '17:30'), punch('赵六', 25, '08:00', '17:30')]).ledger))
      .toEqual([[3, 'B3', 10], [9, 'B3', 10]]);
  });

  it('B4: the 3rd absence adds a dismissal action row on its day, 0 points, once', () => {
    const third = lateRow(20);
    const { ledger } = run(rota, [lateRow(3), lateRow(9), third, lateRow(25)]);
    expect(brief(ledger)).toEqual([[3, 'B3', 10], [9, 'B3', 10], [20, 'B3', 10], [20, 'B4', 0], [25, 'B3', 10]]);
    const limit = ledger.find((e) => e.rule === 'B4');
    expect([limit?.action, limit?.source, limit?.amountFen]).toEqual(['dismissal', inCellOf(third), null]);
    expect(limit?.note).toEqual({ code: 'attendance.note.absenceLimit', params: { count: 4, limit: 3 } });
  });

  it('B4: absenteeism (A4) and leave beyond the allowance (A5) count as absences too; B1/B2 lateness does not', () => {
    const policy = { ...propertyLike, attendance: { ...propertyLike.attendance, leaveAllowance: 0 } };
    const attendance = [punch('赵六', 3, '08:07', '17:30'), { ...punch('赵六', 9, null, null), leave: '事假' }];
    // 3: B2 (not an absence); 9: A5 beyond an allowance of 0; 20: A4, no row; 25: B3.
    const { ledger } = assessAttendance({ month, names: ['赵六'], rota, attendance: [...attendance, lateRow(25)], policy });
    expect(brief(ledger)).toEqual([[3, 'B2', 5], [9, 'A5', 2], [20, 'A4', 5], [25, 'B3', 10], [25, 'B4', 0]]);
  });

  it('B4: the e-commerce preset has no limit, so many absences never add an action row', () => {
    const attendance = days.map((day) => punch('赵六', day, '09:00', '17:30'));
    const { ledger } = assessAttendance({ month, names: ['赵六'], rota, attendance, policy: ecommercePreset });
    expect(ledger.map((e) => [e.rule, e.action])).toEqual(days.map(() => ['A2', null]));
  });
});
