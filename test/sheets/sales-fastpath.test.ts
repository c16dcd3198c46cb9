import fc from 'fast-check';
import type { CellValue } from '../../src/engine/cells';
import type { SalesOrder } from '../../src/engine/model';
import { ecommercePreset } from '../../src/engine/policy';
import type { Problem } from '../../src/engine/result';
import { readTeam, type Grid } from '../../src/sheets';
import { detectSheets } from '../../src/sheets/detect';
import { RowReader } from '../../src/sheets/fields';
import { foldText, nameKey } from '../../src/sheets/fold';
import type { NameBook } from '../../src/sheets/names';
import { parseMoney } from '../../src/sheets/numbers';
import { dataRows } from '../../src/sheets/rows';
import { readStaff } from '../../src/sheets/staff';
import { noWords } from '../../src/sheets/synonyms';
import { parseDate } from '../../src/sheets/values';

// The order reader answers the common cells (number dates and amounts, a known name, the status and
// remark of the row before) without the general parsers, and a row whose cells are all plain without
// the row filter (tidy rows below make sure that path is taken, and left, often). This is
// the plain way, row by row through RowReader and dataRows, as it read before: on messy order sheets
// (texts, blanks, bad values, repeats, strangers, totals rows, hidden rows, merged names) the reader
// must give the same orders and the same problems in the same order.
function referenceOrders(grid: Grid, book: NameBook, unknownCode: string, problems: Problem[]): SalesOrder[] {
  const detection = detectSheets([grid]).detections.find((d) => d.role === 'sales' && d.layout === 'orders');
  if (!detection) return [];
  const orders: SalesOrder[] = [];
  const seen = new Set<string>();
  const cols = detection.columns;
  const r = new RowReader(grid, detection, 0, problems);
  for (const row of dataRows(grid, detection, problems)) {
    r.moveTo(row);
    if (r.nameText() === null) continue;
    const orderId = cols['order'] === undefined ? null : r.textAt(cols['order']);
    if (orderId === null) r.report('warning', 'sheets.missingOrderId', {}, r.ref('order') ?? undefined);
    const daySerial = r.parseAt(cols['date'], (v) => parseDate(v, 2026));
    if (daySerial === null) r.report('warning', 'sheets.missingDate', {}, r.ref('date') ?? undefined);
    const amountFen = r.parseAt(cols['amount'], (v) => parseMoney(v, false));
    if (amountFen === null) r.report('warning', 'sheets.missingAmount', {}, r.ref('amount') ?? undefined);
    const name = r.person(book, unknownCode);
    if (name === null || orderId === null || daySerial === null || daySerial === undefined || amountFen === null || amountFen === undefined) continue;
    if (seen.has(orderId)) {
      r.report('warning', 'sheets.duplicateOrder', { order: orderId }, r.ref('order') ?? undefined);
      continue;
    }
    seen.add(orderId);
    const status = cols['status'] === undefined ? null : r.textAt(cols['status']);
    orders.push({ orderId, name, daySerial, amountFen, remarked: remarked(r, cols['remarked']), status: status === null ? null : foldText(status), sheet: grid.name, row, col: r.rowCol() });
  }
  return orders;
}

function remarked(r: RowReader, col: number | undefined): boolean | null {
  if (col === undefined) return null;
  const value = r.rawAt(col);
  if (typeof value === 'boolean') return value;
  const text = r.textAt(col);
  if (text === null) return false;
  if (noWords.some((w) => nameKey(w) === nameKey(text))) return false;
  return !/^(无|未|没有?)(备注|标记|插旗|蓝旗|旗)?$/u.test(foldText(text));
}

const staff: Grid = { name: '员工', rows: [['姓名', '旺旺'], ['王伟', '小王'], ['李伟', ''], ['张伟', 'zw']] };
const header: CellValue[] = ['订单号', '日期', '客服', '金额', '备注', '状态'];
const cellOf = {
  id: fc.oneof(fc.integer({ min: 0, max: 30 }).map((n) => `E${String(n).padStart(3, '0')}`), fc.constantFrom<CellValue>(' E001 ', '', null, 3012345678901234, 12, '合计', ':x', '*a', '订单号', 'ORDER 1', '(x)', '  ')),
  date: fc.oneof(fc.integer({ min: 46290, max: 46330 }), fc.constantFrom<CellValue>(46300.5, '2026-10-05', '10月3日', 'bad', null, '', 12, 99999, true, '#N/A', Number.NaN, 80000, 19999.9)),
  name: fc.constantFrom<CellValue>('王伟', '李伟', ' 张伟 ', '小王', 'ZW', '陌生人', '合计', 'Total', '店铺:王伟', '王 伟', '', null, 12345, '汇总', '客服'),
  amount: fc.constantFrom<CellValue>(232.53, 0, -0, -5, 1e10, 1e9, 1.005, 0.1 + 0.2, '1,234.50', '¥12', 'x', null, '', 100, Number.NaN, Number.POSITIVE_INFINITY),
  remark: fc.constantFrom<CellValue>('已备注', '无', '否', null, true, false, '未备注', '需发票', '', ' 已备注', 0),
  status: fc.constantFrom<CellValue>('交易成功', '退款成功', '交易关闭', ' 交易成功 ', null, '', 'TRADE_SUCCESS', '交易成功'),
  // A column the reader does not read (买家), or a cell past the header: the row filter still looks at it.
  other: fc.constantFrom<CellValue>('小张', 'buyer1', null, '', '合计', 'Total', '买家', 12, true, ':', '  '),
};
// A tidy order (the reader's plain path: a known name, a number date and amount, an id it has not seen).
const tidyRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  // Ids that start with a printable character but end with a space (trimmed, unlike the others).
  fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }).map((n) => `E${String(n).padStart(3, '0')}`) },
    { weight: 1, arbitrary: fc.constantFrom('E005 ', 'E006\u3000', 'E007\t', 'E040 ') }),
  fc.integer({ min: 46290, max: 46330 }),
  fc.constantFrom<CellValue>('王伟', '李伟', '小王'), fc.constantFrom<CellValue>(232.53, 100, 0.5), fc.constantFrom<CellValue>('已备注', null),
  fc.constantFrom<CellValue>('交易成功', '退款成功', '交易成功', '合计'), cellOf.other, fc.option(cellOf.other, { nil: undefined, freq: 4 }),
).map(([id, date, name, amount, remark, status, other, past]) => [id, date, other, name, amount, remark, status, ...(past === undefined ? [] : [past])]);
const orderRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 12, arbitrary: tidyRow },
  { weight: 12, arbitrary: fc.tuple(cellOf.id, cellOf.date, cellOf.name, cellOf.amount, cellOf.remark, cellOf.status, cellOf.other, fc.option(cellOf.other, { nil: undefined }))
    .map(([id, date, name, amount, remark, status, other, past]) => [id, date, other, name, amount, remark, status, ...(past === undefined ? [] : [past])]) },
  { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
  { weight: 1, arbitrary: fc.constant<CellValue[]>([...header.slice(0, 2), '买家', ...header.slice(2)]) },
  { weight: 1, arbitrary: fc.constant<CellValue[]>(['合计', null, null, null, 1000, null, null]) },
);
// Rows are made with a 买家 cell third; a sheet without that column drops it (cells past the header stay).
const withoutBuyer = (cells: CellValue[]): CellValue[] => (cells.length > 2 ? [...cells.slice(0, 2), ...cells.slice(3)] : cells);
const orderSheet: fc.Arbitrary<Grid> = fc.record({
  rows: fc.array(orderRow, { maxLength: 25 }),
  hidden: fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 3 }),
  merged: fc.boolean(),
  buyer: fc.boolean(),
}).map(({ rows, hidden, merged, buyer }) => ({
  name: '订单', rows: buyer ? [[...header.slice(0, 2), '买家', ...header.slice(2)], ...rows] : [header, ...rows.map(withoutBuyer)], hiddenRows: hidden,
  // A name merged down over three rows reads on each of them.
  ...(merged && rows.length >= 3 ? { merges: [{ row: 1, col: buyer ? 3 : 2, rows: 3, cols: 1 }] } : {}),
}));

describe('the order reader against the plain row-by-row reading', () => {
  it('gives the same orders and problems, in the same order, on messy order sheets', () => {
    fc.assert(fc.property(orderSheet, (sheet) => {
      const team = readTeam([staff, sheet], { policy: ecommercePreset, month: '2026-10' });
      const expectedProblems: Problem[] = [];
      const staffDetection = detectSheets([staff]).detections[0]!;
      const { book } = readStaff(staff, staffDetection, []);
      const expected = referenceOrders(sheet, book, 'sheets.unknownName', expectedProblems);
      expect([...team.salesOrders]).toEqual(expected);
      const readerProblems = team.problems.filter((p) => p.cell?.sheet === '订单' || p.params['sheet'] === '订单');
      expect(readerProblems).toEqual(expectedProblems);
    }), { numRuns: 300 });
  });
});
