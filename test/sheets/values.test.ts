import { parseClock, parseDate, parseTime } from '../../src/sheets';
import { clock, day, minute } from './fixtures';

const okValue = <T>(value: T) => ({ kind: 'ok', value });
const badCode = (code: string) => ({ kind: 'bad', code });

describe('dates (POLICY.md §1: serials, ISO, slashes, 月日, trailing weekday)', () => {
  it.each<[string | number, number]>([
    [day(2026, 10, 3), day(2026, 10, 3)],
    [day(2026, 10, 3) + clock(8, 5), day(2026, 10, 3)],
    ['2026-10-03', day(2026, 10, 3)],
    ['2026/10/3', day(2026, 10, 3)],
    ['2026年10月3日', day(2026, 10, 3)],
    ['2026-11-02 星期一', day(2026, 11, 2)],
    ['26-11-02 星期一', day(2026, 11, 2)],
    ['2026-10-03 08:05:30', day(2026, 10, 3)],
    ['２０２６－１０－０３', day(2026, 10, 3)],
    ['10月3日', day(2026, 10, 3)],
    ['10/3', day(2026, 10, 3)],
  ])('§1: %p reads as the day', (value, expected) => {
    expect(parseDate(value, 2026)).toEqual(okValue(expected));
  });

  it.each<[string | number | boolean, string]>([
    ['2026-02-30', 'sheets.badDate'],
    ['昨天', 'sheets.badDate'],
    [15, 'sheets.badDate'],
    [true, 'sheets.badDate'],
    ['#N/A', 'sheets.excelError'],
  ])('§1: %p is a problem %s', (value, code) => {
    expect(parseDate(value, 2026)).toEqual(badCode(code));
  });

  it('§1: a date without a year needs the month being closed or a title', () => {
    expect(parseDate('10月3日', null)).toEqual(badCode('sheets.dateNeedsYear'));
  });

  it('§1: blank and placeholder cells are blank, not problems', () => {
    expect(parseDate(null, 2026)).toEqual({ kind: 'blank' });
    expect(parseDate('  ', 2026)).toEqual({ kind: 'blank' });
    expect(parseDate('--', 2026)).toEqual({ kind: 'blank' });
  });
});

describe('times (POLICY.md §1, A1: whole minutes, seconds dropped)', () => {
  const row = day(2026, 10, 3);
  it.each<[string | number, number]>([
    [clock(8, 5), minute(8, 5)],
    [clock(8, 30, 59), minute(8, 30)],
    ['8:05', minute(8, 5)],
    ['08:05:30', minute(8, 5)],
    ['８：０５', minute(8, 5)],
    ['8点05', minute(8, 5)],
    ['8点05分', minute(8, 5)],
    ['8点半', minute(8, 30)],
    ['8点', minute(8, 0)],
    ['24:00', 1440],
    ['2026-10-03 08:05', minute(8, 5)],
    ['次日 01:02', 1440 + minute(1, 2)],
    [row + clock(17, 31), minute(17, 31)],
    ['下午5:30', minute(17, 30)],
    ['上午8点', minute(8, 0)],
    ['5:30 PM', minute(17, 30)],
    ['12:10am', minute(0, 10)],
    ['12:10 pm', minute(12, 10)],
  ])('A1: %p on the row day is minute %p', (value, expected) => {
    expect(parseTime(value, row)).toEqual(okValue(expected));
  });

  it('§1: a full date-time on the next day gives minutes ≥ 1440 (晚班 clock-out)', () => {
    expect(parseTime(row + 1 + clock(1, 0), row)).toEqual(okValue(1500));
    expect(parseTime('2026-10-04 01:00:40', row)).toEqual(okValue(1500));
  });

  it('§1: a date-time two days off is a problem, not a time', () => {
    expect(parseTime(row + 2 + clock(1, 0), row)).toEqual(badCode('sheets.timeOtherDay'));
  });

  it.each<[string | number | boolean, string]>([
    ['八点半', 'sheets.badTime'],
    ['25:00', 'sheets.badTime'],
    ['8:75', 'sheets.badTime'],
    ['早上', 'sheets.badTime'],
    [-0.5, 'sheets.badTime'],
    [500, 'sheets.badTime'],
    [day(2026, 10, 3), 'sheets.badTime'],
    [false, 'sheets.badTime'],
    ['#VALUE!', 'sheets.excelError'],
  ])('§1: %p is a problem %s', (value, code) => {
    expect(parseTime(value, row)).toEqual(badCode(code));
  });

  it('A6: DingTalk placeholders for no punch are blank (a missing punch), not problems', () => {
    for (const value of [null, '', '--', '未打卡', '缺卡']) expect(parseTime(value, row)).toEqual({ kind: 'blank' });
  });

  it('§1: clock texts outside the day are rejected', () => {
    expect(parseClock('24:01')).toBeNull();
    expect(parseClock('7:5')).toBeNull();
    expect(parseClock('23:59:59')).toBe(1439);
  });
});
