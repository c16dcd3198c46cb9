import fc from 'fast-check';
import { assessAttendance } from '../../../src/engine/attendance';
import { ecommercePreset, type Policy } from '../../../src/engine/policy';
import type { AttendanceDay, RotaDay } from '../../../src/engine/model';
import { month, propertyLike, punch, rotaDay } from './fixtures';

const policies: [string, Policy][] = [['电商客服', ecommercePreset], ['物业客服-like', propertyLike]];

const minute = fc.option(fc.integer({ min: 0, max: 1800 }), { nil: null });
const dayArb = fc.record({
  code: fc.constantFrom<string | null>('早', '晚', '白班', '休', '调休', '中班', null),
  row: fc.option(fc.record({
    inMinute: minute, outMinute: minute,
    leave: fc.constantFrom<string | null>(null, null, '事假', '病假', '调休'),
    leaveApproved: fc.constantFrom<boolean | null>(null, true, false),
    shiftCode: fc.constantFrom<string | null>(null, '早班', '晚', '休息', '夜班'),
  }), { nil: null }),
  duplicate: fc.boolean(),
});

/** A random month of one person: rota codes and attendance rows on days 1–31, some duplicated. */
const monthArb = fc.array(dayArb, { minLength: 31, maxLength: 31 }).map((days) => {
  const rota: RotaDay[] = [];
  const attendance: AttendanceDay[] = [];
  days.forEach((day, i) => {
    if (day.code !== null) rota.push(rotaDay('甲', i + 1, day.code));
    if (day.row === null) return;
    const row = { ...punch('甲', i + 1, null, null), ...day.row };
    attendance.push(row);
    if (day.duplicate) attendance.push({ ...row, inMinute: row.inMinute === null ? null : row.inMinute + 3 });
  });
  return { rota, attendance };
});

describe.each(policies)('%s: properties of any month', (_label, policy) => {
  it('A1–A7, R1, B1–B4: points are never negative, money is null or positive, and nothing throws', () => {
    fc.assert(fc.property(monthArb, ({ rota, attendance }) => {
      const { ledger } = assessAttendance({ month, names: ['甲'], rota, attendance, policy });
      for (const entry of ledger) {
        expect(entry.points).toBeGreaterThanOrEqual(0);
        expect(entry.amountFen === null || entry.amountFen > 0).toBe(true);
        expect(entry.name).toBe('甲');
      }
    }), { numRuns: 150 });
  });

  it('A1/A2 (B1–B3): more minutes late never gives fewer points (monotone bands)', () => {
    const pointsFor = (lateMinutes: number): number => {
      // Clock-out late in the night, so that it always follows the clock-in and only lateness varies.
      const row = { ...punch('甲', 14, null, null), inMinute: 480 + lateMinutes, outMinute: 1800 };
      const { ledger } = assessAttendance({ month, names: ['甲'], rota: [rotaDay('甲', 14, '早')], attendance: [row], policy });
      return ledger.reduce((sum, e) => sum + e.points, 0);
    };
    fc.assert(fc.property(fc.integer({ min: -60, max: 600 }), fc.integer({ min: 0, max: 600 }), (minutes, more) => {
      expect(pointsFor(minutes + more)).toBeGreaterThanOrEqual(pointsFor(minutes));
    }), { numRuns: 200 });
  });

  it('A5: with n approved leaves on working days, the A5 points are absencePoints × max(0, n − allowance)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 12 }), (leaveDays) => {
      const rota = leaveDays.map((day) => rotaDay('甲', day, '早'));
      const attendance = leaveDays.map((day) => ({ ...punch('甲', day, null, null), leave: '调休', leaveApproved: true }));
      const { ledger } = assessAttendance({ month, names: ['甲'], rota, attendance, policy });
      const a = policy.attendance;
      expect(ledger.filter((e) => e.rule === a.leaveBeyondRule).reduce((s, e) => s + e.points, 0))
        .toBe(a.absencePoints * Math.max(0, leaveDays.length - a.leaveAllowance));
    }), { numRuns: 100 });
  });
});
