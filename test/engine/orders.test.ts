import { SalesOrders } from '../../src/engine/orders';
import { fen } from '../../src/engine/money';
import type { SalesOrder } from '../../src/engine/model';

const order = (i: number, remarked: boolean | null, status: string | null): SalesOrder => ({
  orderId: `A${i}`, name: i % 2 ? '张三' : '李四', daySerial: 46296 + i, amountFen: fen(i * 100 + 1), remarked, status,
  sheet: i < 20 ? '订单' : '订单(2)', row: i + 1, col: 2,
});

describe('SalesOrders (orders kept by column)', () => {
  it('gives back every field of every order, in order, past its first capacity', () => {
    const orders = Array.from({ length: 40 }, (_, i) => order(i, i % 3 === 0 ? null : i % 3 === 1, i % 4 === 0 ? null : '交易成功'));
    const list = new SalesOrders(3);
    for (const o of orders) list.add(o.orderId, list.nameIndex(o.name), o.daySerial, o.amountFen, o.remarked, o.status, o.sheet, o.row, o.col);
    expect(list.length).toBe(40);
    expect([...list]).toEqual(orders);
    expect(SalesOrders.of(orders).at(21)).toEqual(orders[21]);
    expect(list.cell(25)).toEqual({ sheet: '订单(2)', row: 26, col: 2 });
    expect([list.remarked(0), list.remarked(1), list.remarked(2)]).toEqual([null, true, false]);
    expect(list.nameCount).toBe(2);
    expect([list.nameAt(list.nameIndexOf(0)), list.nameAt(list.nameIndexOf(1))]).toEqual(['李四', '张三']);
  });

  it('keeps the sheet, column and status of each order when sheets come back and statuses change order by order', () => {
    const sheets = ['订单', '订单(2)', '退款'];
    const statuses = [null, '交易成功', '退款', '交易关闭'];
    const orders = Array.from({ length: 60 }, (_, i) => ({
      ...order(i, true, statuses[(i * 7) % 4] ?? null), sheet: sheets[Math.floor(i / 5) % 3] as string,
      col: i >= 40 && i < 43 ? 5 : 2,
    }));
    const list = SalesOrders.of(orders);
    expect([...list]).toEqual(orders);
    expect(list.cell(59)).toEqual({ sheet: '退款', row: 60, col: 2 });
    expect(list.cell(14).sheet).toBe('退款');
    expect(list.cell(15).sheet).toBe('订单');
    expect(list.cell(0).sheet).toBe('订单');
    expect([list.cell(39).col, list.cell(40).col, list.cell(42).col, list.cell(43).col]).toEqual([2, 5, 5, 2]);
  });

  it('knows whether every order falls in a span of days, and is never sure when a day is not a number', () => {
    const list = SalesOrders.of([order(0, true, null), order(5, true, null), order(2, true, null)]);
    expect(list.allDaysWithin(46296, 46302)).toBe(true);
    expect(list.allDaysWithin(46297, 46302)).toBe(false);
    expect(list.allDaysWithin(46296, 46301)).toBe(false);
    expect(new SalesOrders().allDaysWithin(0, 1)).toBe(true);
    expect([list.allDaysBetween(46296, 46301), list.allDaysBetween(46296, 46300), list.allDaysBetween(46297, 46301)]).toEqual([true, false, false]);
    const halfPast = SalesOrders.of([order(0, true, null), { ...order(1, true, null), daySerial: 46301.5 }]);
    expect([halfPast.allDaysWithin(46296, 46302), halfPast.allDaysBetween(46296, 46301)]).toEqual([true, false]);
    const odd = SalesOrders.of([order(1, true, null), { ...order(2, true, null), daySerial: Number.NaN }, order(3, true, null)]);
    expect(odd.allDaysWithin(0, 1e6)).toBe(false);
    expect(odd.allDaysBetween(0, 1e6)).toBe(false);
  });

  it('has nothing past its end, and an empty list iterates nothing', () => {
    const list = SalesOrders.of([order(1, true, null)]);
    expect(list.at(1)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
    expect([...new SalesOrders()]).toEqual([]);
  });
});
