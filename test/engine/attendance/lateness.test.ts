import { assessAttendance } from '../../../src/engine/attendance';
import { lateMinutesOf } from '../../../src/engine/attendance/lateness';
import { ecommercePreset } from '../../../src/engine/policy';
import type { AttendanceDay, RotaDay } from '../../../src/engine/model';
import { brief, inCellOf, month, outCellOf, punch, rotaDay } from './fixtures';

const run = (rota: RotaDay[], attendance: AttendanceDay[], policy = ecommercePreset) =>
  assessAttendance({ month, names: ['张三'], rota, attendance, policy });

const early = (clockIn: string, clockOut = '17:30') => run([rotaDay('张三', 5, '早')], [punch('张三', 5, clockIn, clockOut)]);

describe('late arrival on 早班 08:00–17:30', () => {
  it('A1: on time at 08:00 is no hit', () => {
    expect(early('08:00').ledger).toEqual([]);
  });

  it('A1: 1 minute late is 0.5 point', () => {
    expect(brief(early('08:01').ledger)).toEqual([[5, 'A1', 0.5]]);
  });

  it('A1: 30 minutes late is 0.5 point, not A2', () => {
    const row = punch('张三', 5, '08:30', '17:30');
    const { ledger, problems } = run([rotaDay('张三', 5, '早')], [row]);
    expect(brief(ledger)).toEqual([[5, 'A1', 0.5]]);
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.late', params: { minutes: 30, shift: '早班', clockIn: '08:30' } });
    expect(ledger[0]?.amountFen).toBeNull();
    expect(ledger[0]?.source).toEqual(inCellOf(row));
    expect(problems).toEqual([]);
  });

  it('A1: 08:30:59 arrives from the reader as 510 minutes, which is 30 minutes late (seconds dropped)', () => {
    expect(lateMinutesOf(510, ecommercePreset.rota.shifts[0]!, 0)).toBe(30);
    const { ledger } = run([rotaDay('张三', 5, '早班')], [{ ...punch('张三', 5, null, '17:30'), inMinute: 510 }]);
    expect(brief(ledger)).toEqual([[5, 'A1', 0.5]]);
  });

  it('A2: 31 minutes late is A2 at 2 points (one absence valued by A3), and not A1 as well', () => {
    const { ledger } = early('08:31');
    expect(brief(ledger)).toEqual([[5, 'A2', 2]]);
    expect(ledger[0]?.note.params).toEqual({ minutes: 31, shift: '早班', clockIn: '08:31' });
  });

  it('A1: grace minutes shift the start: with 5 minutes grace, 08:05 is on time and 08:06 is 1 minute late', () => {
    const policy = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance, graceMinutes: 5 } };
    expect(run([rotaDay('张三', 5, '早')], [punch('张三', 5, '08:05', '17:30')], policy).ledger).toEqual([]);
    const late = run([rotaDay('张三', 5, '早')], [punch('张三', 5, '08:06', '17:30')], policy).ledger;
    expect(late.map((e) => [e.rule, e.note.params['minutes']])).toEqual([['A1', 1]]);
  });
});

describe('晚班 16:00–01:00 crosses midnight', () => {
  const night = (clockIn: string, clockOut: string) =>
    run([rotaDay('张三', 10, '晚')], [punch('张三', 10, clockIn, clockOut)]);

  it('A7: a 01:05 clock-out belongs to the next day and is not early leave', () => {
    expect(night('16:00', '01:05')).toEqual({ ledger: [], problems: [] });
  });

  it('A7: a 01:00 clock-out is exactly the shift end, not early', () => {
    expect(night('16:00', '01:00').ledger).toEqual([]);
  });

  it('A7: a 00:50 clock-out is 10 minutes early leave, 0 points, still a ledger row', () => {
    const { ledger } = night('16:00', '00:50');
    expect(brief(ledger)).toEqual([[10, 'A7', 0]]);
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.earlyLeave', params: { minutes: 10, shift: '晚班', clockOut: '00:50' } });
    expect(ledger[0]?.source).toEqual(expect.objectContaining({ sheet: '考勤', col: 3 }));
  });

  it('A7: a clock-out the reader already put on the next day (1490 minutes) is the same 10 minutes early', () => {
    const { ledger } = run([rotaDay('张三', 10, '晚')], [{ ...punch('张三', 10, '16:00', null), outMinute: 1490 }]);
    expect(brief(ledger)).toEqual([[10, 'A7', 0]]);
  });

  it('A1: a 16:20 clock-in is 20 minutes late', () => {
    const { ledger } = night('16:20', '01:10');
    expect(brief(ledger)).toEqual([[10, 'A1', 0.5]]);
    expect(ledger[0]?.note.params['minutes']).toBe(20);
  });

  it('A2: a 00:30 clock-in on 晚班 was punched after midnight: 510 minutes late, not 15 hours early', () => {
    const { ledger } = night('00:30', '01:00');
    expect(ledger.map((e) => [e.rule, e.note.params['minutes'], e.note.params['clockIn']])).toEqual([['A2', 510, '00:30']]);
  });

  it('A1: a 15:50 clock-in on 晚班 is early, not late', () => {
    expect(night('15:50', '01:00').ledger).toEqual([]);
  });

  it('A7: an evening clock-out before midnight is early leave counted to 01:00', () => {
    const { ledger } = night('16:00', '23:00');
    expect(ledger.map((e) => [e.rule, e.note.params['minutes']])).toEqual([['A7', 120]]);
  });
});

describe('early leave on a day shift', () => {
  it('A7: 17:29 on 早班 is 1 minute early; 17:30 is not', () => {
    expect(brief(early('08:00', '17:29').ledger)).toEqual([[5, 'A7', 0]]);
    expect(early('08:00', '17:30').ledger).toEqual([]);
  });

  it('A1 and A7 on the same day give two rows, late first', () => {
    expect(brief(early('08:10', '17:00').ledger)).toEqual([[5, 'A1', 0.5], [5, 'A7', 0]]);
  });

  it('A1/A7: clock-out before clock-in on a day shift is a warning at the clock-out cell, and the day is not assessed', () => {
    const row = punch('张三', 5, '09:00', '08:30');
    const { ledger, problems } = run([rotaDay('张三', 5, '早')], [row]);
    expect(ledger).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'attendance.clockOutBeforeIn', cell: outCellOf(row) })]);
    expect(problems[0]?.params).toEqual(expect.objectContaining({ clockIn: '09:00', clockOut: '08:30' }));
  });
});

it('A1: minutes are counted from the shift start of the resolved code (白班 08:30)', () => {
  const { ledger } = run([rotaDay('张三', 6, '白')], [punch('张三', 6, '08:40', '17:30')]);
  expect(ledger.map((e) => [e.rule, e.note.params['minutes'], e.note.params['shift']])).toEqual([['A1', 10, '白班']]);
});
