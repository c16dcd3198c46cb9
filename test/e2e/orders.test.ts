/** The per-order sample: long English rota, traditional headers, 订单 with K3/K5. */
import { closeSuite } from './closeSuite';
import { copySample, loadExpected } from './harness';

const expected = loadExpected('orders-2026-10');
closeSuite('samples/客服部-订单版-2026-10.xlsx (orders, English rota)', expected, async () => copySample(expected.workbook), ['--month', expected.month]);
