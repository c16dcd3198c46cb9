/**
 * The real task-pane api over the in-memory Excel (test/doubles/excel-host.ts): what the pane
 * asks of Excel arrives as the right reads and writes, with the sample workbook where a close is
 * involved.
 */
import * as path from 'path';
import { ExcelHostDouble } from '../doubles/excel-host';
import type { HostValue } from '../../src/io/office/host';
import { readWorkbookFile } from '../../src/io/xlsx';
import { createOfficeApi } from '../../src/taskpane/officeApi';
import { parseMapping, mappingSettingKey, templateSheets } from '../../src/taskpane/template';
import type { CloseStep } from '../../src/taskpane/api';

const samplePath = path.resolve(__dirname, '../../samples/客服部-2026-10.xlsx');

async function sampleHost(): Promise<ExcelHostDouble> {
  const { grids } = await readWorkbookFile(samplePath);
  return ExcelHostDouble.withSheets(grids.map((g) => ({ name: g.name, rows: g.rows as HostValue[][] })));
}

describe('office api (Excel double)', () => {
  test('§1: detect lists the sheets, the role of each, and the months of the attendance', async () => {
    const host = await sampleHost();
    const survey = await createOfficeApi('zh', host.run).detect({});
    expect(survey.sheets).toEqual(expect.arrayContaining(['员工', '排班', '考勤记录', '客服绩效', '事件记录']));
    const sheetOf = (role: string): string | undefined => survey.detections.find((d) => d.role === role)?.sheet;
    expect([sheetOf('rota'), sheetOf('attendance'), sheetOf('incidents')]).toEqual(['排班', '考勤记录', '事件记录']);
    expect(survey.months).toContain('2026-10');
    expect(survey.headers['考勤记录']?.slice(0, 2)).toEqual(['姓名', '日期']);
  }, 30_000);

  test('close reports read → detect → compute → write and writes the four result sheets; the fund is 1120 yuan (篇十五 16)', async () => {
    const host = await sampleHost();
    const steps: CloseStep[] = [];
    const summary = await createOfficeApi('zh', host.run).close(null, '电商客服', {}, (s) => steps.push(s));
    expect(steps).toEqual(['read', 'detect', 'compute', 'write']);
    expect(summary).toMatchObject({ ok: true, month: '2026-10', people: 12, fundFen: 112000 });
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['计分表', '提成表', '罚款表', '明细']));
    expect(summary.sheetsWritten.slice(0, 4)).toEqual(['计分表', '提成表', '罚款表', '明细']);
    // The sample's own 月结历史 is carried into the new one, as the command line does: no 月结历史(2).
    expect(host.sheetNames().filter((name) => name.startsWith('月结历史'))).toEqual(['月结历史']);
  }, 30_000);

  test('a workbook without attendance dates closes nothing and says why', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '备忘', rows: [['本月注意事项'], ['多喝水']] }]);
    const before = host.sheetNames();
    const steps: CloseStep[] = [];
    const summary = await createOfficeApi('zh', host.run).close(null, '电商客服', {}, (s) => steps.push(s));
    expect(summary.ok).toBe(false);
    expect(summary.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(steps).not.toContain('write');
    expect(host.sheetNames()).toEqual(before);
  }, 30_000);

  test('the mapping is remembered in the workbook settings and read back', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '值班表', rows: [['姓名']] }]);
    const api = createOfficeApi('zh', host.run);
    expect(await api.loadMapping()).toEqual({});
    await api.saveMapping({ roles: { rota: '值班表' }, columns: { rota: { name: 0 } } });
    expect(host.model.settings.get(mappingSettingKey)).toBe('{"roles":{"rota":"值班表"},"columns":{"rota":{"name":0}}}');
    expect(await api.loadMapping()).toEqual({ roles: { rota: '值班表' }, columns: { rota: { name: 0 } } });
  });

  test('a damaged mapping setting is read as far as it makes sense, never thrown', () => {
    expect(parseMapping('not json')).toEqual({});
    expect(parseMapping('{"roles":{"rota":"排班","boss":"x","sales":7},"columns":{"rota":{"name":-1,"date":2.5,"shift":3}}}'))
      .toEqual({ roles: { rota: '排班' }, columns: { rota: { shift: 3 } } });
  });

  test('插入模板 adds only the input sheets that are missing, with their header row', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '排班', rows: [['姓名', '1', '2'], ['张三', '早', '休']] }]);
    const added = await createOfficeApi('zh', host.run).insertTemplate();
    expect(added).toEqual(['员工', '考勤', '销售', '事件']);
    expect(host.values('考勤')).toEqual([[...templateSheets.attendance.headers]]);
    expect(host.values('排班')).toEqual([['姓名', '1', '2'], ['张三', '早', '休']]);
  });

  test('a problem’s cell is selected on its sheet', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }, { name: '事件', rows: [['日期']] }]);
    await createOfficeApi('zh', host.run).selectCell({ sheet: '事件', row: 6, col: 1 });
    expect(host.model.activeSheet).toBe('事件');
    expect(host.model.selection).toEqual({ sheet: '事件', row: 6, col: 1 });
  });

  test('打开制度参数 writes the preset’s policy sheet when there is none, and shows it', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await createOfficeApi('zh', host.run).openPolicySheet('电商客服');
    expect(host.sheetNames()).toContain('制度参数');
    expect(host.model.activeSheet).toBe('制度参数');
    expect(host.values('制度参数').length).toBeGreaterThan(10);
  });
});
