import fc from 'fast-check';
import { daySerialFromYmd, inMonth, isoDate, monthKeyOf, monthRange, previousMonth, weekdayOf, wholeMinutesOfFraction, ymdFromDaySerial } from '../../src/engine/time';

describe('Excel day serials without Date', () => {
  it('matches Excel for known dates', () => {
    expect(daySerialFromYmd(2026, 10, 1)).toBe(46296);
    expect(daySerialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoDate(46296)).toBe('2026-10-01');
    expect(monthKeyOf(46326)).toBe('2026-10');
  });

  it('round-trips every day from 1901 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 367, max: 109574 }), (serial) => {
        const { year, month, day } = ymdFromDaySerial(serial);
        expect(daySerialFromYmd(year, month, day)).toBe(serial);
      }),
    );
  });

  it('knows month ranges, leap years and weekdays', () => {
    expect(monthRange('2026-02')).toEqual({ firstSerial: daySerialFromYmd(2026, 2, 1), lastSerial: daySerialFromYmd(2026, 2, 28) });
    expect(monthRange('2028-02').lastSerial - monthRange('2028-02').firstSerial).toBe(28);
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(weekdayOf(daySerialFromYmd(2026, 11, 2))).toBe(1); // 2026-11-02 星期一
  });

  it('drops seconds when counting minutes (08:30:59 is minute 510)', () => {
    expect(wholeMinutesOfFraction((8 * 3600 + 30 * 60 + 59) / 86400)).toBe(510);
    expect(wholeMinutesOfFraction((8 * 60 + 31) / 1440)).toBe(511);
  });
});

describe('inMonth: the month test run on every input row', () => {
  it('agrees with comparing month keys, for any serial and any month key', () => {
    fc.assert(
      fc.property(fc.double({ min: 20000, max: 80000, noNaN: true }), fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (serial, year, month) => {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        expect(inMonth(key)(serial)).toBe(monthKeyOf(serial) === key);
      }),
    );
  });

  it('takes the first and last day, with a time of day, and nothing either side', () => {
    const october = inMonth('2026-10');
    expect([46295, 46296, 46326.99, 46327].map(october)).toEqual([false, true, true, false]);
  });

  it('matches nothing for a key monthKeyOf never writes, as comparing keys would not', () => {
    expect(inMonth('2026-1')(daySerialFromYmd(2026, 1, 5))).toBe(false);
    expect(inMonth(' 2026-10')(46300)).toBe(false);
    expect(inMonth('October')(46300)).toBe(false);
  });
});
