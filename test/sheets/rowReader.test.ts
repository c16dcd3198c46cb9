import { RowReader } from '../../src/sheets/fields';
import type { Problem } from '../../src/engine/result';
import type { SheetDetection } from '../../src/sheets';
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
});
