import { tallyOrders } from '../../../src/engine/commission/sales';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import { oct, order } from './fixtures';
import { SalesOrders } from '../../../src/engine/orders';

// One pass over every order, tallied per name: these fail if the pass mixes people up, counts
// another month or a name not asked for, or loses the sheet order of a person's ledger rows.
describe('tallyOrders (K3, K5)', () => {
  const params = ecommercePreset.commission;

  it('tallies each name asked for, in sheet order, and only the month', () => {
    const orders = [
      order('张三', 10000, { orderId: 'A1', remarked: false }),
      order('李四', 20000, { orderId: 'B1' }),
      order('张三', 30000, { orderId: 'A2', status: '退款成功' }),
      order('张三', 40000, { orderId: 'A3' }),
      order('张三', 50000, { orderId: 'A4', daySerial: oct(1) - 1 }),
      order('王五', 60000, { orderId: 'C1' }),
    ];
    const tallies = tallyOrders(SalesOrders.of(orders), ['张三', '李四'], '2026-10', params);
    const zhang = tallies.get('张三')!;
    expect(zhang.monthOrders).toBe(3);
    expect(zhang.countedFen).toBe(40000);
    expect(zhang.ledger.map((e) => [e.rule, e.note.params['order']])).toEqual([['K3', 'A1'], ['K5', 'A2']]);
    expect(tallies.get('李四')).toEqual({ monthOrders: 1, countedFen: 20000, ledger: [] });
    expect(tallies.has('王五')).toBe(false);
  });

  it('counts every order when all fall in the month, and leaves out one half a day past its end', () => {
    const inMonth = [order('张三', 10000, { orderId: 'A1', daySerial: oct(1) }), order('张三', 20000, { orderId: 'A2', daySerial: oct(31) })];
    expect(tallyOrders(SalesOrders.of(inMonth), ['张三'], '2026-10', params).get('张三')).toEqual({ monthOrders: 2, countedFen: 30000, ledger: [] });
    const halfPast = [...inMonth, order('张三', 40000, { orderId: 'A3', daySerial: oct(31) + 0.5 })];
    expect(tallyOrders(SalesOrders.of(halfPast), ['张三'], '2026-10', params).get('张三')).toEqual({ monthOrders: 2, countedFen: 30000, ledger: [] });
  });

  it('a name with orders only in another month has an empty tally', () => {
    const tallies = tallyOrders(SalesOrders.of([order('张三', 10000, { daySerial: oct(31) + 1 })]), ['张三'], '2026-10', params);
    expect(tallies.get('张三')).toEqual({ monthOrders: 0, countedFen: 0, ledger: [] });
  });
});
