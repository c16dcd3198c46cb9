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

  it('has nothing past its end, and an empty list iterates nothing', () => {
    const list = SalesOrders.of([order(1, true, null)]);
    expect(list.at(1)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
    expect([...new SalesOrders()]).toEqual([]);
  });
});
