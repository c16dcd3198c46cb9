import fc from 'fast-check';
import { daySerialFromYmd, isoDate, monthKeyOf, monthRange, previousMonth, weekdayOf, wholeMinutesOfFraction, ymdFromDaySerial } from '../../src/engine/time';

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
