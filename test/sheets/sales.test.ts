import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { day, grid, seenExceptMissingRoles } from './fixtures';

const read = (grids: Grid[]) => readTeam(grids, { policy: ecommercePreset, month: '2026-10' });
const staff = grid('员工', [['姓名', '旺旺', '组'], ['王小美', '小美', 'A'], ['张三', 'zhangsan', 'A']]);

describe('sales, Qianniu / 赤兔 per-period export (POLICY.md §1, K1)', () => {
  const qianniu = grid('客服绩效', [
    ['客服绩效 2026-10-01~2026-10-31'],
    ['旺旺昵称', '询单人数', '询单->最终付款人数', '询单最终付款金额', '询单最终付款转化率'],
    ['旗舰店:小美', '1,200', 900, '¥152,305.00', '75.00%'],
    ['旗舰店：ZhangSan', 100, 30, 9999.5, '30%'],
    ['汇总值', 1300, 930, 162304.5, ''],
    ['平均值', 650, 465, 81152.25, ''],
    ['全店汇总值', 1300, 930, 162304.5, ''],
    ['同行同层优秀', 2000, 1500, 300000, ''],
  ]);

  it('K1: sub-accounts resolve through aliases; no date → daySerial null; summary rows are skipped silently', () => {
    const team = read([staff, qianniu]);
    expect(team.salesFigures).toEqual([
      { name: '王小美', daySerial: null, inquiries: 1200, buyers: 900, amountFen: 15230500, source: { sheet: '客服绩效', row: 2, col: 0 } },
      { name: '张三', daySerial: null, inquiries: 100, buyers: 30, amountFen: 999950, source: { sheet: '客服绩效', row: 3, col: 0 } },
    ]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('K1: 延迟统计 and #N/A are errors on their cells, never zeros, and the row is left out', () => {
    const sheet = grid('客服绩效', [['客服昵称', '询单人数', '询单最终付款人数', '销售额'], ['小美', '延迟统计', '延迟统计', 100], ['张三', 10, '#N/A', 100]]);
    const team = read([staff, sheet]);
    expect(team.salesFigures).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([
      { severity: 'error', code: 'sheets.notYetCounted', at: '客服绩效!B2' },
      { severity: 'error', code: 'sheets.notYetCounted', at: '客服绩效!C2' },
      { severity: 'error', code: 'sheets.excelError', at: '客服绩效!C3' },
    ]);
  });

  it('K1: more buyers than inquiries is a warning (columns swapped?); the row is kept', () => {
    const sheet = grid('询单', [['客服', '询单人数', '成交人数', '销售额'], ['张三', 10, 12, 100]]);
    const team = read([staff, sheet]);
    expect(team.salesFigures).toHaveLength(1);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.buyersAboveInquiries', at: '询单!C2' }]);
  });
});

describe('sales, daily figures per agent (POLICY.md §1)', () => {
  it('K1: date, name, inquiries, buyers, amount; a stranger is a warning with the cell', () => {
    const sheet = grid('销售', [
      ['日期', '客服', '咨询人数', '成交人数', '销售额'],
      ['2026-10-01', '张三', 10, 7, '1,000.50'],
      ['10月2日', '张三', 5, 5, 300],
      ['2026-10-02', '陌生人', 5, 5, 300],
      ['合计', null, 20, 17, 1600.5],
    ]);
    const team = read([staff, sheet]);
    expect(team.salesFigures.map((f) => [f.name, f.daySerial, f.inquiries, f.buyers, f.amountFen])).toEqual([
      ['张三', day(2026, 10, 1), 10, 7, 100050],
      ['张三', day(2026, 10, 2), 5, 5, 30000],
    ]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.unknownName', at: '销售!B4' }]);
  });
});

describe('sales, per-order list (POLICY.md §1, K3, K5)', () => {
  const orders = grid('订单', [
    ['订单号', '下单时间', '客服', '金额', '小蓝旗', '订单状态'],
    [3012345678901234, '2026-10-01 10:22:03', '张三', 199, '蓝旗', '交易成功'],
    ['3012345678901235', '2026-10-02 11:00', '小美', '¥88.00', null, '退款'],
    ['3012345678901236', '2026-10-02', '小美', 50, '否', '已關閉'],
    [null, '2026-10-02', '小美', 50, '是', null],
    ['3012345678901237', '2026-10-02', '小美', -50, '是', null],
  ]);

  it('K3: remark flags read as remarked / not; K5: the status is kept folded', () => {
    const team = read([staff, orders]);
    expect([...team.salesOrders]).toEqual([
      { orderId: '3012345678901234', name: '张三', daySerial: day(2026, 10, 1), amountFen: 19900, remarked: true, status: '交易成功', sheet: '订单', row: 1, col: 2 },
      { orderId: '3012345678901235', name: '王小美', daySerial: day(2026, 10, 2), amountFen: 8800, remarked: false, status: '退款', sheet: '订单', row: 2, col: 2 },
      { orderId: '3012345678901236', name: '王小美', daySerial: day(2026, 10, 2), amountFen: 5000, remarked: false, status: '已关闭', sheet: '订单', row: 3, col: 2 },
    ]);
  });

  it('§1: an order without a number is a warning; a negative amount is an error; both are left out', () => {
    expect(seenExceptMissingRoles(read([staff, orders]).problems)).toEqual([
      { severity: 'warning', code: 'sheets.missingOrderId', at: '订单!A5' },
      { severity: 'error', code: 'sheets.negativeNotAllowed', at: '订单!D6' },
    ]);
  });

  it('K3: an order listed twice counts once, with a warning on the copy', () => {
    const twice = grid('订单', [['订单号', '日期', '客服', '金额'], ['A1', '2026-10-01', '张三', 10], ['A1', '2026-10-01', '张三', 10]]);
    const team = read([staff, twice]);
    expect(team.salesOrders).toHaveLength(1);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.duplicateOrder', at: '订单!A3' }]);
  });

  it('K3: a copy listed after an order out of number order is still found', () => {
    const rows = [['订单号', '日期', '客服', '金额'], ['B2', '2026-10-01', '张三', 10], ['A1', '2026-10-01', '张三', 10], ['B2', '2026-10-01', '张三', 10], ['C3', '2026-10-01', '张三', 10]];
    const team = read([staff, grid('订单', rows)]);
    expect([...team.salesOrders].map((o) => o.orderId)).toEqual(['B2', 'A1', 'C3']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.duplicateOrder', at: '订单!A4' }]);
  });

  it('K3: a remark text counts as remarked; 无备注 / 未备注 / blank do not', () => {
    const remarks = grid('订单', [['订单号', '日期', '客服', '金额', '备注'], ['1', '2026-10-01', '张三', 10, '无需发票'], ['2', '2026-10-01', '张三', 10, '无备注'], ['3', '2026-10-01', '张三', 10, '未备注'], ['4', '2026-10-01', '张三', 10, null]]);
    expect([...read([staff, remarks]).salesOrders].map((o) => o.remarked)).toEqual([true, false, false, false]);
  });

  it('K3: without a remark column, remarked is null', () => {
    const plain = grid('订单', [['订单号', '日期', '客服', '金额'], ['1', '2026-10-01', '张三', 10]]);
    expect(read([staff, plain]).salesOrders.at(0)?.remarked).toBeNull();
  });
});
