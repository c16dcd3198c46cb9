import type { CellValue } from '../../src/engine/cells';
import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { isTotalsLabel } from '../../src/sheets/rows';
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
