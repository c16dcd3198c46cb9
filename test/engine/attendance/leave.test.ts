import { assessAttendance } from '../../../src/engine/attendance';
import type { LeaveUse } from '../../../src/engine/attendance/hits';
import { countLeaveUses } from '../../../src/engine/attendance/leave';
import { ecommercePreset } from '../../../src/engine/policy';
import type { AttendanceDay, RotaDay } from '../../../src/engine/model';
import { brief, inCellOf, leaveCellOf, leaveRow, month, punch, rotaDay, rotaDays } from './fixtures';

const run = (rota: RotaDay[], attendance: AttendanceDay[], policy = ecommercePreset) =>
  assessAttendance({ month, names: ['李四'], rota, attendance, policy });

const workDays = rotaDays('李四', [1, 2, 3, 4, 5, 6, 7, 8], '早');
const onTime = (day: number) => punch('李四', day, '07:55', '17:35');

describe('leave allowance', () => {
  it('A5: four approved leaves (事假, 病假, 调休, 事假) cost nothing; the 4th is within the allowance', () => {
    const attendance = [leaveRow('李四', 1, '事假', true), leaveRow('李四', 2, '病假', true), leaveRow('李四', 3, '调休'),
      leaveRow('李四', 4, '事假', true), onTime(5), onTime(6), onTime(7), onTime(8)];
    expect(run(workDays, attendance)).toEqual({ ledger: [], problems: [] });
  });

  it('A5: the 5th leave costs one absence, 2 points, on the 5th leave\'s day and cell', () => {
    const fifth = leaveRow('李四', 6, '病假', true);
    const attendance = [leaveRow('李四', 1, '事假'), leaveRow('李四', 2, '病假'), leaveRow('李四', 3, '调休'),
      leaveRow('李四', 4, '事假'), onTime(5), fifth, onTime(7), onTime(8)];
    const { ledger } = run(workDays, attendance);
    expect(brief(ledger)).toEqual([[6, 'A5', 2]]);
    expect(ledger[0]?.source).toEqual(leaveCellOf(fifth));
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.leaveBeyond', params: { nth: 5, allowance: 4, shift: '早班', leave: '病假' } });
  });

  it('A5: uses are counted in date order, not sheet order', () => {
    const attendance = [leaveRow('李四', 8, '事假'), leaveRow('李四', 7, '事假'), leaveRow('李四', 1, '事假'),
      leaveRow('李四', 2, '事假'), leaveRow('李四', 3, '事假'), onTime(4), onTime(5), onTime(6)];
    // In sheet order day 3 would be the 5th; in date order day 8 is.
    const { ledger } = run(workDays, attendance);
    expect(brief(ledger)).toEqual([[8, 'A5', 2]]);
    expect(ledger[0]?.note.params['nth']).toBe(5);
  });

  it('A6: a missing clock-out uses the allowance: a 0-point A6 row with its use number', () => {
    const row = punch('李四', 2, '07:58', null);
    const { ledger } = run(workDays.slice(0, 2), [onTime(1), row]);
    expect(brief(ledger)).toEqual([[2, 'A6', 0]]);
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.missingClockOut', params: { nth: 1, allowance: 4, shift: '早班' } });
    expect(ledger[0]?.source).toEqual(inCellOf(row));
  });

  it('A6 then A5: four leaves and then a missing clock-in make the missing punch the 5th use (A6 row and A5 2 points)', () => {
    const attendance = [leaveRow('李四', 1, '事假'), leaveRow('李四', 2, '调休'), leaveRow('李四', 3, '调休'),
      leaveRow('李四', 4, '病假'), punch('李四', 5, null, '17:30'), onTime(6), onTime(7), onTime(8)];
    const { ledger } = run(workDays, attendance);
    expect(brief(ledger)).toEqual([[5, 'A6', 0], [5, 'A5', 2]]);
    expect(ledger[1]?.note.code).toBe('attendance.note.missingPunchBeyond');
  });

  it('A6: a late clock-in with a forgotten clock-out is both A1 and A6', () => {
    expect(brief(run(workDays.slice(0, 1), [punch('李四', 1, '08:12', null)]).ledger)).toEqual([[1, 'A1', 0.5], [1, 'A6', 0]]);
  });

  it('A6: with missingPunchUsesLeave off, a missing punch is flagged but uses nothing', () => {
    const policy = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance, missingPunchUsesLeave: false } };
    const attendance = [punch('李四', 1, '08:00', null), leaveRow('李四', 2, '事假'), leaveRow('李四', 3, '事假'),
      leaveRow('李四', 4, '事假'), leaveRow('李四', 5, '事假'), onTime(6), onTime(7), onTime(8)];
    const { ledger } = run(workDays, attendance, policy);
    expect(brief(ledger)).toEqual([[1, 'A6', 0]]);
    expect(ledger[0]?.note.code).toBe('attendance.note.missingClockOut.flagged');
  });

  it('A5: a smaller allowance from the policy sheet moves the first costly leave (allowance 1 → 2nd leave costs)', () => {
    const policy = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance, leaveAllowance: 1 } };
    const { ledger } = run(workDays.slice(0, 2), [leaveRow('李四', 1, '事假'), leaveRow('李四', 2, '事假')], policy);
    expect(brief(ledger)).toEqual([[2, 'A5', 2]]);
  });

  it('A5: a leave on a rest day of the rota uses nothing', () => {
    const rota = [...workDays.slice(0, 4), ...rotaDays('李四', [5], '休')];
    const attendance = [1, 2, 3, 4, 5].map((day) => leaveRow('李四', day, '调休'));
    expect(run(rota, attendance).ledger).toEqual([]);
  });
});

describe('absenteeism', () => {
  it('A4: rostered with no attendance row is 5 points at the rota cell', () => {
    const { ledger } = run([rotaDay('李四', 3, '早', 7)], []);
    expect(brief(ledger)).toEqual([[3, 'A4', 5]]);
    expect(ledger[0]?.source).toEqual({ sheet: '排班', row: 7, col: 3 });
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.absentNoRecord', params: { shift: '早班' } });
  });

  it('A4: a row with neither punch and no leave is absenteeism at the row', () => {
    const row = punch('李四', 3, null, null);
    const { ledger } = run([rotaDay('李四', 3, '晚班')], [row]);
    expect(brief(ledger)).toEqual([[3, 'A4', 5]]);
    expect(ledger[0]?.source).toEqual(row.source);
  });

  it('A4: leave not approved beforehand is absenteeism and uses no allowance', () => {
    const row = leaveRow('李四', 2, '事假', false);
    const { ledger } = run(workDays.slice(0, 2), [onTime(1), row]);
    expect(brief(ledger)).toEqual([[2, 'A4', 5]]);
    expect(ledger[0]?.source).toEqual(leaveCellOf(row));
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.unapprovedLeave', params: { leave: '事假' } });
  });

  it('A4: leaveApproved null (no approval column) means approved', () => {
    expect(run(workDays.slice(0, 1), [leaveRow('李四', 1, '事假', null)]).ledger).toEqual([]);
  });

  it('A5: with unapprovedLeaveIsAbsenteeism off, an unapproved leave is an ordinary leave use', () => {
    const policy = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance, unapprovedLeaveIsAbsenteeism: false, leaveAllowance: 0 } };
    expect(brief(run(workDays.slice(0, 1), [leaveRow('李四', 1, '事假', false)], policy).ledger)).toEqual([[1, 'A5', 2]]);
  });

  it('A4: a day the rota marks as rest with no attendance is not absenteeism', () => {
    expect(run(rotaDays('李四', [1, 2], '休'), []).ledger).toEqual([]);
  });
});

describe('countLeaveUses: uses in date order are taken as they are, others sorted first', () => {
  const use = (day: number, kind: LeaveUse['kind'], row: number): LeaveUse => ({ name: '李四', daySerial: 46296 + day, kind,
    leave: kind === 'leave' ? '事假' : null, shift: '早班', source: { sheet: '考勤', row, col: 3 } });
  // Two uses on day 3: a stable sort keeps them in the order given.
  const inOrder = [use(1, 'leave', 1), use(2, 'missingIn', 2), use(3, 'leave', 3), use(3, 'missingOut', 4),
    use(4, 'leave', 5), use(5, 'missingIn', 6), use(6, 'leave', 7)];

  it('gives, for the same uses out of order, what it gives for them in date order', () => {
    const shuffled = [inOrder[5]!, inOrder[2]!, inOrder[0]!, inOrder[6]!, inOrder[3]!, inOrder[1]!, inOrder[4]!];
    const expected = countLeaveUses(inOrder, ecommercePreset.attendance);
    expect(expected.map((h) => h.entry.rule)).toEqual(['A6', 'A6', 'A5', 'A6', 'A5', 'A5']);
    expect(countLeaveUses(shuffled, ecommercePreset.attendance)).toEqual(expected);
  });
});
