import { RowReader, textOfCell } from '../../src/sheets/fields';
import type { Problem } from '../../src/engine/result';
import type { SheetDetection } from '../../src/sheets';
import { NameBook } from '../../src/sheets/names';
import { grid } from './fixtures';

// Readers keep one RowReader per sheet and move it row to row: nothing of one row may stay with the next.
describe('RowReader.moveTo', () => {
  const sheet = grid('订单', [['订单号', '客服', '金额'], ['A1', '张三', 10], ['A2', null, 'x'], ['A3', '李四', 30]]);
  const detection: SheetDetection = { role: 'sales', sheet: '订单', headerRow: 0, columns: { order: 0, name: 1, amount: 2 }, confidence: 1, layout: 'orders' };

  it('reads each row it is moved to, the name text included (remembered per row, not per reader)', () => {
    const problems: Problem[] = [];
    const r = new RowReader(sheet, detection, 1, problems);
    expect([r.nameText(), r.text('order')]).toEqual(['张三', 'A1']);
    expect([r.moveTo(2).nameText(), r.text('order')]).toEqual([null, 'A2']);
    expect([r.moveTo(3).nameText(), r.text('order'), r.rowRef()]).toEqual(['李四', 'A3', { sheet: '订单', row: 3, col: 1 }]);
  });

  it('a problem keeps the row it was found on after the reader moves on', () => {
    const problems: Problem[] = [];
    const r = new RowReader(sheet, detection, 2, problems);
    expect(r.get('amount', (v) => (typeof v === 'number' ? { kind: 'ok', value: v } : { kind: 'bad', code: 'sheets.badNumber' }))).toBeUndefined();
    r.moveTo(3);
    expect(problems.map((p) => p.cell)).toEqual([{ sheet: '订单', row: 2, col: 2 }]);
  });

  it('a name repeated row after row is warned about on each row it is unknown on, a totals label on none', () => {
    const log = grid('事件', [['客服', '日期'], ['王五', 46296], ['王五', 46297], ['合计', null], ['合计', null], ['张三', 46298], ['王五', '10月3日']]);
    const logDetection: SheetDetection = { role: 'incidents', sheet: '事件', headerRow: 0, columns: { name: 0, date: 1 }, confidence: 1, layout: 'log' };
    const book = new NameBook(true);
    book.add('张三');
    const problems: Problem[] = [];
    const r = new RowReader(log, logDetection, 0, problems);
    const read = [1, 2, 3, 4, 5, 6].map((row) => [r.moveTo(row).person(book, 'sheets.unknownName'), r.dateAt(r.col('date'), 2026)]);
    expect(read).toEqual([[null, 46296], [null, 46297], [null, null], [null, null], ['张三', 46298], [null, 46298]]);
    expect(problems.map((p) => [p.code, p.cell?.row])).toEqual([['sheets.unknownName', 1], ['sheets.unknownName', 2], ['sheets.unknownName', 6]]);
  });
});

// textOfCell returns a text with solid ends as it is, without trim: checked against trim at every character.
describe('textOfCell', () => {
  const trimmed = (text: string): string | null => (text.trim() === '' ? null : text.trim());

  it('reads every text as trim does, whatever character starts or ends it', () => {
    const misread: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `${ch}张三`, `张三${ch}`, `${ch}a${ch}`]) if (textOfCell(text) !== trimmed(text)) misread.push(text);
    }
    expect(misread).toEqual([]);
    expect(textOfCell('')).toBeNull();
  });
});
