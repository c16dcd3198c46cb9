import { foldText, headerKey, nameKey } from '../../src/sheets';
import { NameBook, subAccount } from '../../src/sheets/names';

describe('folding (POLICY.md §1: simplified, traditional, full-width, spaces, unit suffixes)', () => {
  it('§1: traditional folds to simplified, full-width to half-width, spaces collapse', () => {
    expect(foldText(' 服務態度　投訴 ')).toBe('服务态度 投诉');
    expect(foldText('ＡＢＣ１２３')).toBe('ABC123');
    expect(foldText('旺旺暱稱')).toBe('旺旺昵称');
    // Plain ASCII is already folded; ASCII with runs of spaces, or starting with a space, is not.
    expect([foldText('Late'), foldText('No  show '), foldText(' 張三')]).toEqual(['Late', 'No show', '张三']);
  });

  it('§1: unit suffixes in either bracket style are stripped from headers', () => {
    expect(headerKey('迟到时长(分钟)')).toBe('迟到时长');
    expect(headerKey('遲到時長（分鐘）')).toBe('迟到时长');
    expect(headerKey('销售额【元】')).toBe('销售额');
    expect(headerKey(' Clock  In: ')).toBe('clockin');
    expect(headerKey('*姓名')).toBe('姓名');
  });

  it('§1: a header that is only a bracket keeps its text', () => {
    expect(headerKey('(备注)')).toBe('(备注)');
  });

  it('§1: name keys ignore spaces and case', () => {
    expect(nameKey('Xiao Mei')).toBe(nameKey('xiaomei'));
    expect(nameKey('張 三')).toBe('张三');
  });
});

describe('name resolution (POLICY.md §1)', () => {
  const book = new NameBook(true);
  book.add('王小美', ['小美', 'Mei']);
  book.add('张三');

  it('§1: a name, an alias, a traditional spelling or a different case resolve to the staff name', () => {
    expect(book.resolve('王小美')).toBe('王小美');
    expect(book.resolve(' 小美 ')).toBe('王小美');
    expect(book.resolve('MEI')).toBe('王小美');
    expect(book.resolve('張三')).toBe('张三');
    expect(book.resolve('张　三')).toBe('张三');
  });

  it('§1: a Qianniu sub-account 店铺:小美 / 店铺：小美 matches the alias 小美', () => {
    expect(subAccount('旗舰店：小美')).toBe('小美');
    expect(book.resolve('旗舰店:小美')).toBe('王小美');
    expect(book.resolve('旗舰店：小美')).toBe('王小美');
  });

  it('§1: a name not in a closed book is not a person', () => {
    expect(book.resolve('李四')).toBeNull();
  });

  it('§1: duplicate people are refused, the first stays', () => {
    expect(book.add('张三')).toBe(false);
    expect(book.names).toEqual(['王小美', '张三']);
  });

  it('§1: an open book (no staff, no rota) takes every name, spelt as first seen, folded', () => {
    const open = new NameBook(false);
    expect(open.resolve('張三')).toBe('张三');
    expect(open.resolve('张三')).toBe('张三');
    expect(open.resolve('店铺:小美')).toBe('小美');
  });

  it('a text resolved once resolves the same on every later row, and a sub-account text follows a name added later', () => {
    const open = new NameBook(false);
    expect(open.resolve('店铺:小美')).toBe('小美');
    open.add('店铺:小美');
    // Its own key now names someone: that wins over the sub-account, as it would on a first look.
    expect(open.resolve('店铺:小美')).toBe('店铺:小美');
    expect(open.resolve('店铺:小美')).toBe('店铺:小美');
    open.closed = true;
    expect(open.resolve('小美')).toBe('小美');
    expect(open.resolve('李四')).toBeNull();
  });

  it('a row\'s name cell: a totals label names no one, and every answer matches resolve row after row', () => {
    const open = new NameBook(false);
    expect(open.personOfRow('合计')).toBeUndefined();
    expect(open.personOfRow('合计')).toBeUndefined();
    expect(open.personOfRow('店铺:小美')).toBe('小美');
    open.add('店铺:小美');
    expect(open.personOfRow('店铺:小美')).toBe('店铺:小美');
    expect(open.personOfRow('店铺:小美')).toBe('店铺:小美');
    open.closed = true;
    expect(open.personOfRow('小美')).toBe('小美');
    expect(open.personOfRow('李四')).toBeNull();
    expect(open.personOfRow('李四')).toBeNull();
    open.add('李四');
    expect(open.personOfRow('李四')).toBe('李四');
    expect(open.personOfRow('Total')).toBeUndefined();
  });
});
