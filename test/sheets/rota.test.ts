import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { day, grid, seenExceptMissingRoles } from './fixtures';

const read = (grids: Grid[], month?: string) => readTeam(grids, { policy: ecommercePreset, ...(month ? { month } : {}) });
const entries = (grids: Grid[], month?: string) => read(grids, month).rota.map((r) => [r.name, r.daySerial, r.code]);

describe('rota, wide (POLICY.md §1: one row per person, one column per day)', () => {
  it('§1: day columns 1…31 with the month from a title 2026年10月排班表', () => {
    const rota = grid('排班', [['2026年10月排班表'], ['姓名', 1, 2, 3, 4, 5], ['张三', '早', '早班', '休', null, ' 晚 ']]);
    expect(entries([rota])).toEqual([
      ['张三', day(2026, 10, 1), '早'], ['张三', day(2026, 10, 2), '早班'], ['张三', day(2026, 10, 3), '休'], ['张三', day(2026, 10, 5), '晚'],
    ]);
  });

  it('§1: day columns `10/1`, `10月2日`, `3日`, real dates, and a weekday under the day', () => {
    const rota = grid('排班', [['姓名', '10/1', '10月2日', '3日', day(2026, 10, 4), '5\n周一', '6(二)'], ['张三', '早', '早', '早', '晚', '晚', '休']]);
    expect(entries([rota], '2026-10').map((e) => e[1])).toEqual([1, 2, 3, 4, 5, 6].map((d) => day(2026, 10, d)));
  });

  it('§1: without a title the month to close is used, else the attendance\'s latest month', () => {
    const rota = grid('排班', [['姓名', 1, 2, 3, 4, 5], ['张三', '早', '早', '早', '早', '早']]);
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', '2026-09-30', '08:00', '17:30'], ['张三', '2026-11-01', '08:00', '17:30']]);
    expect(entries([rota], '2026-10')[0]).toEqual(['张三', day(2026, 10, 1), '早']);
    expect(entries([rota, attendance])[0]).toEqual(['张三', day(2026, 11, 1), '早']);
  });

  it('§1: day 31 of a 30-day month is not a day; a rota with no month anywhere is an error', () => {
    const rota = grid('排班', [['姓名', 27, 28, 29, 30, 31], ['张三', '早', '早', '早', '早', '早']]);
    expect(entries([rota], '2026-11')).toHaveLength(4);
    expect(seenExceptMissingRoles(read([rota]).problems)).toEqual([{ severity: 'error', code: 'sheets.rotaMonthUnknown', at: '排班!B1' }]);
  });

  it('§1: a row of weekdays under the day numbers is not a person', () => {
    const rota = grid('排班', [['2026年10月排班表'], ['姓名', 1, 2, 3, 4, 5], ['星期', '四', '五', '六', '日', '一'], [null, '周四', '周五', '周六', '周日', '周一'], ['张三', '早', '早', '休', '休', '早']]);
    const team = read([rota]);
    expect(team.rota.map((r) => r.name)).toEqual(['张三', '张三', '张三', '张三', '张三']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('§1: a sheet named 9月排班 gives September of the year being closed', () => {
    const rota = grid('9月排班', [['姓名', 1, 2, 3, 4, 5], ['张三', '早', '早', '早', '早', '早']]);
    expect(entries([rota], '2026-10')[0]).toEqual(['张三', day(2026, 9, 1), '早']);
  });

  it('§1: an export date above the header does not give the rota its month', () => {
    const rota = grid('排班', [['报表生成时间 2026-11-02'], ['姓名', 1, 2, 3, 4, 5], ['张三', '早', '早', '早', '早', '早']]);
    expect(entries([rota], '2026-10')[0]).toEqual(['张三', day(2026, 10, 1), '早']);
  });

  it('§1: a shift code the policy does not know is a warning on its cell (the entry is kept)', () => {
    const rota = grid('排班', [['姓名', 1, 2, 3, 4, 5], ['张三', '早', '夜', '早', '早', '早']]);
    const team = read([rota], '2026-10');
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.unknownShiftCode', at: '排班!C2' }]);
    expect(team.rota).toHaveLength(5);
  });

  it('§1: a name not on the staff sheet is a warning and not rostered; aliases resolve', () => {
    const staff = grid('员工', [['姓名', '旺旺'], ['王小美', '小美']]);
    const rota = grid('排班', [['姓名', 1, 2, 3, 4, 5], ['小美', '早', null, null, null, null], ['路人', '早', null, null, null, null]]);
    const team = read([staff, rota], '2026-10');
    expect(team.rota.map((r) => r.name)).toEqual(['王小美']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.unknownName', at: '排班!A3' }]);
  });
});

describe('rota, long (POLICY.md §1: name · date · shift)', () => {
  it('§1: one row per person and day', () => {
    const rota = grid('排班', [['姓名', '日期', '班次'], ['张三', '2026-10-01', '早班'], ['张三', '10月2日', '休'], ['李四', day(2026, 10, 1), null]]);
    expect(entries([rota], '2026-10')).toEqual([['张三', day(2026, 10, 1), '早班'], ['张三', day(2026, 10, 2), '休']]);
  });

  it('§1: a person rostered twice on one day: a warning on the second, the first stands', () => {
    const rota = grid('排班', [['姓名', '日期', '班次'], ['张三', '2026-10-01', '早班'], ['张三', '2026-10-01', '晚班']]);
    const team = read([rota], '2026-10');
    expect(team.rota.map((r) => r.code)).toEqual(['早班']);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.duplicateRotaDay', at: '排班!C3' }]);
  });

  it('§1: a bad date is an error on its cell and the row is left out', () => {
    const rota = grid('排班', [['姓名', '日期', '班次'], ['张三', '十月一日', '早班']]);
    const team = read([rota], '2026-10');
    expect(team.rota).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'error', code: 'sheets.badDate', at: '排班!B2' }]);
  });
});
