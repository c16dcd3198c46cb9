import { ecommercePreset } from '../../src/engine/policy';
import { readTeam } from '../../src/sheets';
import { grid, seenExceptMissingRoles } from './fixtures';

const read = (rows: (string | number | null)[][]) => readTeam([grid('员工', rows)], { policy: ecommercePreset, month: '2026-10' });

describe('staff sheet (POLICY.md §1, P1, P3, K4)', () => {
  it('P1: name, aliases, id, 岗位, 级别, 底薪 in yuan, group and 快递收入 become a Person', () => {
    const team = read([
      ['姓名', '旺旺', '工号', '岗位', '级别', '底薪', '班组', '快递收入'],
      ['张三', '小三、zhangsan', 'A001', '售前', '老员工', '5,000', '一组', null],
      ['李四', null, 1002, '物流', '新员工', 1500, null, '22,500.50'],
    ]);
    expect(team.people).toEqual([
      { name: '张三', aliases: ['小三', 'zhangsan'], id: 'A001', role: '售前', level: 'senior', baseFen: 500000, group: '一组', expressRevenueFen: null, source: { sheet: '员工', row: 1, col: 0 } },
      { name: '李四', aliases: [], id: '1002', role: '物流', level: 'new', baseFen: 150000, group: null, expressRevenueFen: 2250050, source: { sheet: '员工', row: 2, col: 0 } },
    ]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('P1: English levels and headers; traditional 級別', () => {
    const team = read([['Name', 'Alias', 'Level', 'Base Pay'], ['Mei', 'M', 'senior', 3000], ['Lin', null, 'New', 1500]]);
    expect(team.people.map((p) => [p.name, p.level, p.baseFen])).toEqual([['Mei', 'senior', 300000], ['Lin', 'new', 150000]]);
  });

  it('§1: a sheet named 员工 with bare names is the staff sheet; another sheet with only 姓名 is not', () => {
    expect(read([['姓名'], ['张三'], ['李四']]).people.map((p) => p.name)).toEqual(['张三', '李四']);
    const notes = readTeam([grid('备忘', [['姓名', '事项'], ['张三', '买水']])], { policy: ecommercePreset, month: '2026-10' });
    expect(notes.detections).toEqual([]);
  });

  it('§1: a duplicate person is a warning on the second row, and the first row wins', () => {
    const team = read([['姓名', '底薪'], ['张三', 5000], ['張三', 1500]]);
    expect(team.people.map((p) => p.baseFen)).toEqual([500000]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.duplicatePerson', at: '员工!A3' }]);
  });

  it('§1: an alias that already belongs to someone else is a warning on the alias cell; the first owner keeps it', () => {
    const team = read([['姓名', '旺旺'], ['王小美', '小美'], ['李小美', '小美'], ['张三', '王小美']]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([
      { severity: 'warning', code: 'sheets.aliasTaken', at: '员工!B3' },
      { severity: 'warning', code: 'sheets.aliasTaken', at: '员工!B4' },
    ]);
    expect(team.people.map((p) => [p.name, p.aliases])).toEqual([['王小美', ['小美']], ['李小美', []], ['张三', []]]);
  });

  it('P1: an unknown level is a warning; a negative or 3-decimal base pay is an error on its cell', () => {
    const team = read([['姓名', '级别', '底薪'], ['张三', '实习', -100], ['李四', '老员工', 1500.555]]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([
      { severity: 'warning', code: 'sheets.unknownLevel', at: '员工!B2' },
      { severity: 'error', code: 'sheets.negativeNotAllowed', at: '员工!C2' },
      { severity: 'error', code: 'sheets.moneyTooManyDecimals', at: '员工!C3' },
    ]);
    expect(team.people.map((p) => [p.level, p.baseFen])).toEqual([[null, null], ['senior', null]]);
  });
});
