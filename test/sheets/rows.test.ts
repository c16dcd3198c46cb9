import type { CellValue } from '../../src/engine/cells';
import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import type { Problem } from '../../src/engine/result';
import { dataRows, isTotalsLabel, RowFilter } from '../../src/sheets/rows';
import type { SheetDetection } from '../../src/sheets/types';
import { grid, seenExceptMissingRoles } from './fixtures';

const read = (grids: Grid[]) => readTeam(grids, { policy: ecommercePreset, month: '2026-10' });
const staff = grid('员工', [['姓名', '岗位'], ['张三', '售前'], ['李四', '售后']]);

describe('rows that are not data (POLICY.md §1)', () => {
  it('§1: blank rows, totals rows (合计/小计/总计/汇总/平均/均值) and a repeated header are skipped silently', () => {
    const sales = grid('销售', [
      ['日期', '客服', '询单人数', '成交人数', '销售额'],
      ['2026-10-01', '张三', 10, 5, 100],
      [],
      [null, null, '', null],
      ['日期', '客服', '询单人数', '成交人数', '销售额'],
      ['2026-10-02', '李四', 10, 5, 100],
      ['小计', null, 20, 10, 200],
      [null, '合计：', 20, 10, 200],
      [null, '总计', 20, 10, 200],
      [null, '平均', 10, 5, 100],
      [null, '均值', 10, 5, 100],
      [null, '汇总', 20, 10, 200],
    ]);
    const team = read([staff, sales]);
    expect(team.salesFigures.map((f) => f.name)).toEqual(['张三', '李四']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('§1: a hidden row is skipped and reported as info on its first filled cell', () => {
    const incidents = grid('事件', [['日期', '姓名', '类型'], ['2026-10-01', '张三', '未催付'], [null, '2026-10-02', '李四', '未催付']], [2]);
    const team = read([staff, incidents]);
    expect(team.incidents.map((i) => i.name)).toEqual(['张三']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'info', code: 'sheets.hiddenRowSkipped', at: '事件!B3' }]);
  });

  it('§1: a row with no name is skipped without a problem', () => {
    const incidents = grid('事件', [['日期', '姓名', '类型'], ['2026-10-01', null, '未催付'], ['2026-10-01', '  ', '未催付']]);
    const team = read([staff, incidents]);
    expect(team.incidents).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('§1: without a staff sheet or rota every named person is taken, folded to one spelling', () => {
    const incidents = grid('事件', [['日期', '姓名', '类型'], ['2026-10-01', '張三', '未催付'], ['2026-10-02', '张三', '未催付']]);
    expect(read([incidents]).incidents.map((i) => i.name)).toEqual(['张三', '张三']);
  });

  it('§1: holes in sparse rows (as some adapters hand them over) read as blanks', () => {
    const sparse: CellValue[] = [];
    sparse[1] = '张三';
    sparse[2] = '未催付';
    sparse[0] = '2026-10-01';
    const holes: CellValue[] = [];
    holes[3] = null;
    const incidents = grid('事件', [['日期', '姓名', '类型', '扣分'], sparse, holes]);
    const team = read([staff, incidents]);
    expect(team.incidents.map((i) => [i.name, i.points])).toEqual([['张三', null]]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('§1: ragged rows shorter than the header read as blanks', () => {
    const incidents = grid('事件', [['日期', '姓名', '类型', '扣分', '原因'], ['2026-10-01', '张三', '未催付']]);
    expect(read([staff, incidents]).incidents[0]).toMatchObject({ points: null, reason: null });
  });
});

describe('totals labels (POLICY.md §1)', () => {
  it('§1: English totals words in any case and with a colon are totals; ids and names starting alike are not', () => {
    expect(['Total', 'SUBTOTAL:', 'Sum ', 'avg', 'Average', '合计：', '全店平均值'].map(isTotalsLabel)).toEqual([true, true, true, true, true, true, true]);
    expect(['E000000001', '3012345678', 'Tom', 'total cost', 'Summer', '张三', ':', ''].map(isTotalsLabel)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('dataRows: blank, totals and repeated header judged in one pass per row', () => {
  const detection = (columns: Record<string, number>): SheetDetection => ({ role: 'sales', sheet: 'S', headerRow: 0, columns, confidence: 1, layout: 'test' });

  it('a repeated ASCII header matches in any case, with a leading * or a unit; ids starting with the same letter do not', () => {
    const sheet = grid('S', [
      ['Order ID', 'Agent', 'Amount'],
      ['order1', 'Ann', 1],
      ['ORDER ID', 'agent', 'Amount (CNY)'],
      ['*Order ID', '*Agent', 'x'],
      ['OrderID-7', 'Agentx', 2],
      ['   ', null, ''],
    ]);
    expect(dataRows(sheet, detection({ id: 0, name: 1, amount: 2 }), [])).toEqual([1, 4]);
  });

  it('a column mapped by two fields counts twice towards half the mapped columns', () => {
    // Three mapped fields, two on column 0: a match there alone is 2 of 3, so the row repeats the header.
    const sheet = grid('S', [['客服', '金额'], ['客服', 5], ['张三', '金额']]);
    expect(dataRows(sheet, detection({ name: 0, nick: 0, amount: 1 }), [])).toEqual([2]);
  });

  it('traditional, spaced and numeric repeated headers match; a totals word anywhere skips the row', () => {
    const sheet = grid('S', [
      ['客服', '销售额', 2026],
      ['張三', 1, 3],
      ['客服 ', '銷售額', 2026],
      ['李四', 'Total:', 5],
      ['王五', '全店平均值', 5],
      ['赵六', 2, '2026'],
    ]);
    expect(dataRows(sheet, detection({ name: 0, amount: 1, year: 2 }), [])).toEqual([1, 5]);
  });

  it('a text repeated down a column is judged anew when it changes, and per sheet against that sheet\'s header', () => {
    const first = grid('S', [['姓名', '状态'], ['张三', '客服'], ['张三', '客服'], ['张三', '合计'], ['张三', '客服'], ['　', '  ']]);
    expect(dataRows(first, detection({ name: 0, status: 1 }), [])).toEqual([1, 2, 4]);
    // The same texts under a sheet whose header they repeat.
    const second = grid('S', [['张三', '客服'], ['李四', '王五'], ['张三', '客服']]);
    expect(dataRows(second, detection({ name: 0, status: 1 }), [])).toEqual([1]);
  });

  it('a hidden row is reported even when it is a totals row, and a blank hidden row is not', () => {
    const problems: Problem[] = [];
    const sheet = grid('S', [['客服', '金额'], ['张三', 1], [null, '合计'], ['  ', null]], [2, 3]);
    expect(dataRows(sheet, detection({ name: 0, amount: 1 }), problems)).toEqual([1]);
    expect(problems.map((p) => [p.code, p.cell?.row, p.cell?.col])).toEqual([['sheets.hiddenRowSkipped', 2, 1]]);
  });
});

// RowFilter.plain answers numbers and blanks itself and texts apart: each kind of cell checked against judge.
describe('RowFilter.plain', () => {
  const sheet = grid('订单', [['订单号', '金额', 2026], ['A1', 10, 1]]);
  const detection: SheetDetection = { role: 'sales', sheet: '订单', headerRow: 0, columns: { order: 0, amount: 1, day: 2 }, confidence: 1, layout: 'orders' };
  const filter = new RowFilter(sheet, detection);
  const cases: [number, CellValue | undefined, boolean][] = [
    [1, null, true], [1, undefined, true], [1, 12.5, true], [2, 2026, false], [2, 2027, true], [1, Number.NaN, false], [1, Number.POSITIVE_INFINITY, false],
    [1, true, false], [0, 'E0001', true], [0, '订单号', false], [0, ' 訂單號 ', false], [1, '合计', false], [1, 'Total', false], [1, ':', false],
    [1, '张三', true], [1, '　', true], [3, '张三', true], [3, 'abc', false], [3, 'E0002', true],
  ];

  it.each(cases)('column %p, cell %p: plain %p', (col, value, expected) => {
    expect(filter.plain(col, value as CellValue)).toBe(expected);
  });

  it('a cell it calls plain never makes a row a totals row or a header', () => {
    for (const [col, value] of cases) {
      const cells: CellValue[] = [null, null, null, null];
      cells[col] = value as CellValue;
      if (filter.plain(col, value as CellValue)) expect(filter.judge(cells)).not.toBe('skip');
    }
  });
});
