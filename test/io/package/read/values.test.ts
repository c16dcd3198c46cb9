/**
 * The value rules taken from ExcelJS, against ExcelJS's own functions on random input: the date
 * round trip bit for bit, isDateFmt, and the `_xHHHH_` decoding of its TextXform.
 */
import fc from 'fast-check';
import { serialOfDate } from '../../../../src/io/xlsx';
import { dateStylesOf, isDateFormat } from '../../../../src/io/package/read/styles';
import { decimalAt } from '../../../../src/io/package/read/tags';
import { dateCellSerial, decodeEscapes, isoDateSerial } from '../../../../src/io/package/read/values';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require('exceljs/lib/utils/utils') as { excelToDate(v: number, date1904: boolean): Date; isDateFmt(fmt: string): boolean };

describe('value rules as ExcelJS had them', () => {
  it('gives the serial ExcelJS\'s excelToDate then serialOfDate gave, to the last bit', () => {
    const serial = fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e6, max: 3e6, noNaN: true }), fc.integer({ min: 0, max: 80000 }).map((d) => d + 1 / 3));
    fc.assert(fc.property(serial, fc.boolean(), (value, date1904) => {
      expect(Object.is(dateCellSerial(value, date1904), serialOfDate(exceljsUtils.excelToDate(value, date1904)))).toBe(true);
    }), { numRuns: 3000 });
  });

  it('reads plain decimals from their characters bit for bit as parseFloat, or leaves them to it', () => {
    const text = fc.oneof(
      fc.double({ noNaN: true }).map(String),
      fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 17 })).map(([d, k]) => d.toFixed(k)),
      fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 })).map(([d, p]) => d.toPrecision(p)),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'e', ' '), maxLength: 20 }),
    );
    let fast = 0;
    fc.assert(fc.property(text, (t) => {
      const value = decimalAt(t, 0, t.length);
      if (!Number.isNaN(value)) fast++;
      expect(Number.isNaN(value) || Object.is(value, parseFloat(t))).toBe(true);
    }), { numRuns: 5000 });
    expect(fast).toBeGreaterThan(1000);
    expect(decimalAt('-117.67', 0, 7)).toBe(-117.67);
    expect(Object.is(decimalAt('-0', 0, 2), -0)).toBe(true);
  });

  it('calls a format a date exactly when ExcelJS\'s isDateFmt did', () => {
    const code = fc.string({ unit: fc.constantFrom('y', 'm', 'd', 'h', 's', 'M', 'b', '0', '#', '.', ',', '"', '[', ']', '$', '-', '\\', ' ', 'a', 'G', '@', ';', '年'), maxLength: 12 });
    fc.assert(fc.property(code, (format) => { expect(isDateFormat(format)).toBe(exceljsUtils.isDateFmt(format)); }), { numRuns: 2000 });
  });

  it('decodes _xHHHH_ as ExcelJS\'s TextXform did: upper-case hex, one pass', () => {
    const text = fc.string({ unit: fc.constantFrom('_', 'x', 'X', '0', '0', '0', 'D', 'd', '5', 'F', 'a', '王'), maxLength: 16 });
    fc.assert(fc.property(text, (t) => {
      expect(decodeEscapes(t)).toBe(t.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }), { numRuns: 2000 });
  });

  it('finds the date styles among cellXfs: built-in ids with a code, custom codes without their backslashes', () => {
    const xml = '<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="0.0\\h"/><numFmt numFmtId="165" formatCode="#,##0 &quot;天&quot;"/>'
      + '<numFmt numFmtId="166" formatCode="[$-F800]dddd"/></numFmts><cellXfs count="8"><xf numFmtId="14"/><xf numFmtId="0"/><xf numFmtId="164"/>'
      + '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/><xf numFmtId="47"/><xf/></cellXfs></styleSheet>';
    // xf 0 is a date format but style 0 is never read as one (ExcelJS: `styleId && …`); the reader checks that, not this set.
    expect([...dateStylesOf(xml)]).toEqual([0, 2, 4, 6]);
  });

  it('reads t="d" ISO text as a 1900-system serial', () => {
    expect(isoDateSerial('2026-10-01')).toBe(46296);
    expect(isoDateSerial('2026-10-01T12:00:00Z')).toBe(46296.5);
    expect(isoDateSerial('1900-03-01T00:00:00.000')).toBe(61);
    expect(isoDateSerial('not a date')).toBeNaN();
  });
});
