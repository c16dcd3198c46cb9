/**
 * Issue 5, nothing left out unsaid: a sheet that fits a role as well as the one taken (a second
 * 考勤, a backup) is not read, and a warning at its header names the sheet that was used instead.
 */
import { cellAddress } from '../../src/engine/result';
import { detectSheets } from '../../src/sheets';

const header = ['姓名', '日期', '上班', '下班'];

describe('look-alike sheets that were not used', () => {
  it('§1: the second attendance sheet is named, with the one used', () => {
    const { detections, problems } = detectSheets([
      { name: '考勤', rows: [header, ['张三', '2026-10-05', '8:00', '17:30']] },
      { name: '考勤备份', rows: [['备份'], header, ['张三', '2026-10-05', '9:00', '17:30']] },
    ]);
    expect(detections.filter((d) => d.role === 'attendance').map((d) => d.sheet)).toEqual(['考勤']);
    expect(problems.filter((p) => p.code.startsWith('sheets.sheetNotUsed')).map((p) => [p.code, p.cell && cellAddress(p.cell), p.params]))
      .toEqual([['sheets.sheetNotUsed.attendance', '考勤备份!A2', { sheet: '考勤备份', used: '考勤' }]]);
  });

  it('§1: a sales figures sheet and an order list are both used: no warning', () => {
    const { problems } = detectSheets([
      { name: '客服绩效', rows: [['旺旺昵称', '询单人数', '询单->最终付款人数', '询单最终付款金额'], ['小美', 10, 5, 100]] },
      { name: '订单', rows: [['订单号', '日期', '客服', '金额'], ['A1', '2026-10-05', '小美', 100]] },
    ]);
    expect(problems.filter((p) => p.code.startsWith('sheets.sheetNotUsed'))).toEqual([]);
  });
});
