import { assessAttendance } from '../../../src/engine/attendance';
import { resolveShiftCode, clockOutOnShift, shiftResolver } from '../../../src/engine/attendance/shifts';
import { ecommercePreset } from '../../../src/engine/policy';
import type { AttendanceDay, RotaDay } from '../../../src/engine/model';
import { daySerialFromYmd } from '../../../src/engine/time';
import { brief, inCellOf, month, punch, rotaDay, rotaDays } from './fixtures';

const run = (rota: RotaDay[], attendance: AttendanceDay[], names = ['王五']) =>
  assessAttendance({ month, names, rota, attendance, policy: ecommercePreset });

describe('shift codes', () => {
  it('早/早班 resolve to 早班 08:00–17:30 and 晚/晚班 to 16:00–01:00 (960–1500), trimmed', () => {
    const early = resolveShiftCode(' 早 ', ecommercePreset.rota);
    const late = resolveShiftCode('晚班', ecommercePreset.rota);
    expect(early.kind === 'work' && [early.shift.code, early.shift.startMinute, early.shift.endMinute]).toEqual(['早班', 480, 1050]);
    expect(late.kind === 'work' && [late.shift.code, late.shift.startMinute, late.shift.endMinute]).toEqual(['晚班', 960, 1500]);
    expect(resolveShiftCode('早班', ecommercePreset.rota)).toEqual(early);
  });

  it('rest codes 休, 调休, 休息 are rest; 中班 is unknown; English aliases ignore case', () => {
    expect(['休', '调休', '休息', 'off'].map((c) => resolveShiftCode(c, ecommercePreset.rota).kind)).toEqual(['rest', 'rest', 'rest', 'rest']);
    expect(resolveShiftCode('中班', ecommercePreset.rota).kind).toBe('unknown');
    expect(resolveShiftCode('early', ecommercePreset.rota).kind).toBe('work');
  });

  it('A7: a clock-out before the start of a midnight-crossing shift moves to the next day; a day shift never moves', () => {
    const early = ecommercePreset.rota.shifts[0]!;
    const late = ecommercePreset.rota.shifts[1]!;
    expect(clockOutOnShift(65, late)).toBe(1505);
    expect(clockOutOnShift(1380, late)).toBe(1380);
    expect(clockOutOnShift(65, early)).toBe(65);
  });
});

describe('rota and attendance', () => {
  it('an unknown shift code is a warning at the rota cell and the day is not assessed (no A4 either)', () => {
    const cell = rotaDay('王五', 4, '中班', 3);
    const { ledger, problems } = run([cell], []);
    expect(ledger).toEqual([]);
    expect(problems).toEqual([{ severity: 'warning', code: 'attendance.rota.unknownShift',
      params: { name: '王五', date: '2026-10-04', code: '中班' }, cell: cell.source }]);
  });

  it('A1: when the attendance names another shift the rota wins, with a warning at the attendance row', () => {
    const row = punch('王五', 4, '08:20', '17:30', { shiftCode: '晚班' });
    const { ledger, problems } = run([rotaDay('王五', 4, '早')], [row]);
    expect(brief(ledger)).toEqual([[4, 'A1', 0.5]]);
    expect(problems).toEqual([{ severity: 'warning', code: 'attendance.shift.mismatch',
      params: { name: '王五', date: '2026-10-04', rotaShift: '早', attendanceShift: '晚班' }, cell: row.source }]);
  });

  it('an alias of the same shift is no disagreement (rota 早, attendance 早班)', () => {
    expect(run([rotaDay('王五', 4, '早')], [punch('王五', 4, '08:00', '17:30', { shiftCode: '早班' })]).problems).toEqual([]);
  });

  it('A1: with no rota entry the attendance\'s own shift is used (DingTalk 班次)', () => {
    const { ledger, problems } = run([], [punch('王五', 4, '16:20', '01:00', { shiftCode: '晚班' })]);
    expect(ledger.map((e) => [e.rule, e.note.params['minutes']])).toEqual([['A1', 20]]);
    expect(problems).toEqual([]);
  });

  it('an unknown shift in the attendance with no rota is a warning at the row, day not assessed', () => {
    const row = punch('王五', 4, '09:20', '18:00', { shiftCode: '中班' });
    const { ledger, problems } = run([], [row]);
    expect(ledger).toEqual([]);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['attendance.shift.unknownInAttendance', row.source]]);
  });

  it('A1: with neither rota nor shift, lateness is not assessed and one warning names the person and the days', () => {
    const rows = [punch('王五', 4, '09:20', '18:00'), punch('王五', 5, '09:20', '18:00'), punch('王五', 6, '09:20', '18:00')];
    const { ledger, problems } = run([], rows);
    expect(ledger).toEqual([]);
    expect(problems).toEqual([{ severity: 'warning', code: 'attendance.shift.none', params: { name: '王五', days: 3 }, cell: inCellOf(rows[0]!) }]);
  });

  it('A4/A6: a missing punch on an unscheduled day still uses the allowance, but an empty row is not absenteeism', () => {
    const { ledger } = run([], [punch('王五', 4, '09:00', null), punch('王五', 5, null, null)]);
    expect(brief(ledger)).toEqual([[4, 'A6', 0]]);
  });

  it('A1: the same person and day twice: warning at the second row, merged by earliest in and latest out', () => {
    const first = punch('王五', 7, '08:10', null);
    const second = punch('王五', 7, '08:05', '17:40');
    const { ledger, problems } = run([rotaDay('王五', 7, '早')], [first, second]);
    expect(ledger.map((e) => [e.rule, e.note.params['minutes'], e.source])).toEqual([['A1', 5, inCellOf(second)]]);
    expect(problems).toEqual([{ severity: 'warning', code: 'attendance.duplicateDay', params: { name: '王五', date: '2026-10-07' }, cell: second.source }]);
  });

  it('A7: merging a night shift compares clock-outs on the shift clock (01:05 is later than 23:30)', () => {
    const rows = [punch('王五', 7, '16:00', '01:05'), punch('王五', 7, null, '23:30')];
    expect(run([rotaDay('王五', 7, '晚')], rows).ledger).toEqual([]);
  });

  it('a rota entry given twice keeps the first and warns at the second', () => {
    const { ledger, problems } = run([rotaDay('王五', 8, '早', 1), rotaDay('王五', 8, '休', 9)], []);
    expect(brief(ledger)).toEqual([[8, 'A4', 5]]);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['attendance.rota.duplicateDay', { sheet: '排班', row: 9, col: 8 }]]);
  });

  it('A4: only days of the month and people in names count', () => {
    const september = { ...rotaDay('王五', 30, '早'), daySerial: daySerialFromYmd(2026, 9, 30) };
    const november = { ...rotaDay('王五', 1, '早'), daySerial: daySerialFromYmd(2026, 11, 1) };
    const { ledger } = run([september, november, rotaDay('路人', 3, '早'), rotaDay('王五', 31, '早')], []);
    expect(brief(ledger)).toEqual([[31, 'A4', 5]]);
    expect(ledger.every((e) => e.name === '王五')).toBe(true);
  });

  it('A4: the ledger lists people in names order, each by date', () => {
    const rota = [rotaDay('乙', 2, '早'), rotaDay('甲', 9, '早'), rotaDay('甲', 1, '早')];
    const { ledger } = run(rota, [], ['甲', '乙']);
    expect(ledger.map((e) => [e.name, e.daySerial! - daySerialFromYmd(2026, 10, 1) + 1])).toEqual([['甲', 1], ['甲', 9], ['乙', 2]]);
  });
});

describe('rest days', () => {
  const work = (days: number[]) => rotaDays('王五', days, '早');
  const present = (days: number[]) => days.map((day) => punch('王五', day, '08:00', '17:30'));

  it('R1: 3 rest days in the month is within the limit', () => {
    expect(run([...work([1, 2]), ...rotaDays('王五', [3, 10, 17], '休')], present([1, 2])).ledger).toEqual([]);
  });

  it('R1: 4 rest days is flagged once, 0 points, at the 4th rest day\'s rota cell, with the count', () => {
    const rota = [...work([1, 2]), rotaDay('王五', 3, '休'), rotaDay('王五', 10, '调休'), rotaDay('王五', 17, '休息'), rotaDay('王五', 24, '休')];
    const { ledger } = run(rota, present([1, 2]));
    expect(brief(ledger)).toEqual([[24, 'R1', 0]]);
    expect(ledger[0]?.source).toEqual({ sheet: '排班', row: 1, col: 24 });
    expect(ledger[0]?.note).toEqual({ code: 'attendance.note.restDays', params: { count: 4, max: 3 } });
  });

  it('R1: the attendance sheet\'s own 休息 is not the rota and does not count', () => {
    const rows = [3, 10, 17, 24].map((day) => punch('王五', day, null, null, { shiftCode: '休息' }));
    expect(run([], rows).ledger).toEqual([]);
  });
});

describe('shiftResolver: each code resolved once per schedule', () => {
  it('answers as resolveShiftCode does, asked once or many times, rest codes winning', () => {
    const rota = { ...ecommercePreset.rota, restCodes: [...ecommercePreset.rota.restCodes, '早班'] };
    const resolve = shiftResolver(rota);
    for (const code of [' 早 ', '早班', '晚', '休', 'OFF', '中班', '', '早班', ' 早 ']) {
      expect(resolve(code)).toEqual(resolveShiftCode(code, rota));
    }
    expect(resolve('早班').kind).toBe('rest');
    expect(resolve(' 早 ').kind).toBe('work');
  });
});
