/**
 * Issue 5: merged cells. A name (or a date) merged down over several rows counts on each of them;
 * a block's other columns stay blank, so a value merged across 上班 and 下班 is read once.
 */
import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { cellAt } from '../../src/sheets/grid';

const grid: Grid = {
  name: '考勤',
  rows: [
    ['姓名', '日期', '上班', '下班'],
    ['张三', '2026-10-05', '8:00', '17:30'],
    [null, '2026-10-06', '8:10', '17:30'],
    [null, '2026-10-07', '--', null],
  ],
  merges: [{ row: 1, col: 0, rows: 3, cols: 1 }, { row: 3, col: 2, rows: 1, cols: 2 }],
};

describe('merged cells', () => {
  it('a cell under the top of a merged block, in its first column, reads the top value; others stay blank', () => {
    expect([cellAt(grid, 2, 0), cellAt(grid, 3, 0), cellAt(grid, 3, 3), cellAt(grid, 0, 3)]).toEqual(['张三', '张三', null, '下班']);
    expect(cellAt({ ...grid, merges: [] }, 2, 0)).toBeNull();
  });

  it('§1: every row of a merged name is that person’s attendance', () => {
    const rota: Grid = { name: '排班', rows: [['姓名', '日期', '班次'], ...[5, 6, 7].map((d) => ['张三', `2026-10-0${d}`, '早班'])] };
    const team = readTeam([rota, grid], { policy: ecommercePreset, month: '2026-10' });
    expect(team.attendance.map((a) => [a.name, a.inMinute])).toEqual([['张三', 480], ['张三', 490], ['张三', null]]);
  });
});
