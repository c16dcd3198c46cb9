import { parseCount, parseMoney, parseNumber, parseYesNo } from '../../src/sheets';

const okValue = <T>(value: T) => ({ kind: 'ok', value });
const badCode = (code: string) => ({ kind: 'bad', code });

describe('numbers (POLICY.md §1)', () => {
  it.each<[string | number, number]>([
    [1234.5, 1234.5],
    ['1,234.50', 1234.5],
    ['¥1,234', 1234],
    ['￥ 88', 88],
    ['１２３', 123],
    ['12%', 0.12],
    ['12.34%', 0.1234],
    ['(1,234)', -1234],
    ['-5', -5],
    ['300元', 300],
    ['1.25万', 12500],
  ])('§1: %p reads as %p', (value, expected) => {
    expect(parseNumber(value)).toEqual(okValue(expected));
  });

  it.each<[string | boolean, string]>([
    ['#N/A', 'sheets.excelError'],
    ['#DIV/0!', 'sheets.excelError'],
    ['延迟统计', 'sheets.notYetCounted'],
    ['十二', 'sheets.badNumber'],
    ['1,23,4', 'sheets.badNumber'],
    ['1.2.3', 'sheets.badNumber'],
    [true, 'sheets.badNumber'],
  ])('§1: %p is a problem %s, never a zero', (value, code) => {
    expect(parseNumber(value)).toEqual(badCode(code));
  });

  it('§1: "-" and blank are blank', () => {
    expect(parseNumber('-')).toEqual({ kind: 'blank' });
    expect(parseNumber(null)).toEqual({ kind: 'blank' });
  });
});

describe('counts and money', () => {
  it('K1: counts are whole and not negative', () => {
    expect(parseCount('120')).toEqual(okValue(120));
    expect(parseCount(-3)).toEqual(badCode('sheets.negativeNotAllowed'));
    expect(parseCount(2.5)).toEqual(badCode('sheets.countNotWhole'));
  });

  it('K2: money is integer fen; more than two decimals of yuan is a problem', () => {
    expect(parseMoney('¥15,230.50', false)).toEqual(okValue(1523050));
    expect(parseMoney(0.1 + 0.2, false)).toEqual(okValue(30));
    expect(parseMoney(12.345, false)).toEqual(badCode('sheets.moneyTooManyDecimals'));
    expect(parseMoney(-5, false)).toEqual(badCode('sheets.negativeNotAllowed'));
    expect(parseMoney(-5, true)).toEqual(okValue(-500));
  });
});

describe('yes / no cells (A4 approval, K3 remark)', () => {
  it.each<[string | number | boolean, boolean]>([
    ['是', true], ['已批准', true], ['同意', true], ['✓', true], ['Yes', true], [1, true], [true, true],
    ['否', false], ['驳回', false], ['未審批', false], ['×', false], [0, false], [false, false],
    ['审批通过', true], ['主管已同意', true], ['审批中', false], ['待审批', false], ['不予批准', false],
  ])('A4: %p reads as %p', (value, expected) => {
    expect(parseYesNo(value)).toEqual(okValue(expected));
  });

  it('A4: anything else is a problem', () => {
    expect(parseYesNo('也许')).toEqual(badCode('sheets.badYesNo'));
    expect(parseYesNo(2)).toEqual(badCode('sheets.badYesNo'));
  });
});

describe('money that cannot be fen', () => {
  it('K2: an implausibly large amount is a problem, not a crash', () => {
    expect(parseMoney(90071992547409.92, false)).toEqual(badCode('sheets.amountTooLarge'));
    expect(parseMoney('1e300', false)).toEqual(badCode('sheets.badNumber'));
  });
});
