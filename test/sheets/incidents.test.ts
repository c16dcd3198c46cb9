import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { day, grid, seenExceptMissingRoles } from './fixtures';

const read = (grids: Grid[]) => readTeam(grids, { policy: ecommercePreset, month: '2026-10' });
const staff = grid('员工', [['姓名', '别名'], ['张三', null], ['王小美', '小美']]);

describe('incident log (POLICY.md §1, Q1–Q4, F1–F8)', () => {
  // The type, points and amount columns (cells of the row), where the engine pins a problem about them (issue 5).
  const cellColumns = { typeCol: 2, pointsCol: 3, amountCol: 4 };

  it('Q3/F1: type folded to simplified and trimmed; points, amount in fen and reason kept', () => {
    const log = grid('违规记录', [
      ['日期', '姓名', '事由', '扣分', '罚款金额', '说明'],
      [day(2026, 10, 9), '张三', ' 服務態度投訴 ', null, 100, null],
      ['2026-10-10', '小美', '未完成当日工作', 1, null, '系统故障'],
      ['10月11日', '王小美', '表扬', -5, null, null],
    ]);
    const team = read([staff, log]);
    expect(team.incidents).toEqual([
      { name: '张三', daySerial: day(2026, 10, 9), type: '服务态度投诉', points: null, amountFen: 10000, reason: null, source: { sheet: '违规记录', row: 1, col: 1 } },
      { name: '王小美', daySerial: day(2026, 10, 10), type: '未完成当日工作', points: 1, amountFen: null, reason: '系统故障', source: { sheet: '违规记录', row: 2, col: 1 } },
      { name: '王小美', daySerial: day(2026, 10, 11), type: '表扬', points: -5, amountFen: null, reason: null, source: { sheet: '违规记录', row: 3, col: 1 } },
    ].map((incident) => ({ ...incident, ...cellColumns })));
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('§1: no type, no date, bad points or a stranger: reported with the cell and not counted', () => {
    const log = grid('事件', [
      ['日期', '姓名', '类型', '扣分'],
      ['2026-10-09', '张三', null, null],
      [null, '张三', '未催付', null],
      ['2026-10-09', '张三', '未催付', '半分'],
      ['2026-10-09', '路人甲', '未催付', null],
    ]);
    const team = read([staff, log]);
    expect(team.incidents).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([
      { severity: 'warning', code: 'sheets.missingType', at: '事件!C2' },
      { severity: 'warning', code: 'sheets.missingDate', at: '事件!A3' },
      { severity: 'error', code: 'sheets.badNumber', at: '事件!D4' },
      { severity: 'warning', code: 'sheets.unknownName', at: '事件!B5' },
    ]);
  });
});
