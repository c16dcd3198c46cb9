import { ExcelHostDouble } from '../../doubles/excel-host';
import { insertTemplate, loadMapping, saveMapping, selectCell, standardTemplates } from '../../../src/io/office/workbook';
import { readGrids } from '../../../src/io/office/read';
import { detectSheets } from '../../../src/sheets';

describe('workbook chores (Excel double)', () => {
  it('insertTemplate adds the five input sheets with headers the readers recognise, skipping one that exists', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['我的考勤']] }]);
    const added = await host.run((context) => insertTemplate(context));
    expect(added).toEqual(['员工', '排班', '销售', '事件']);
    expect(host.values('考勤')).toEqual([['我的考勤']]);
    expect(host.values('排班')[0]).toEqual(['姓名', ...Array.from({ length: 31 }, (_, i) => String(i + 1))]);
    expect(host.sheet('事件').frozenRows).toBe(1);
    const grids = await host.run((context) => readGrids(context));
    const roles = detectSheets(grids.filter((g) => g.name !== '考勤')).detections.map((d) => d.role).sort();
    expect(roles).toEqual(['incidents', 'rota', 'sales', 'staff']);
    expect(standardTemplates.map((t) => t.name)).toEqual(['员工', '排班', '考勤', '销售', '事件']);
  });

  it('a saved mapping comes back from the workbook settings', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '值班表', rows: [['姓名']] }]);
    await host.run((context) => saveMapping(context, { roles: { rota: '值班表' }, columns: { rota: { name: 0 } } }));
    const { mapping } = await host.run((context) => loadMapping(context));
    expect(mapping).toEqual({ roles: { rota: '值班表' }, columns: { rota: { name: 0 } } });
  });

  it('selectCell selects 考勤!C14; a sheet that is gone selects nothing', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '员工', rows: [['姓名']] }, { name: '考勤', rows: [['姓名']] }]);
    expect(await host.run((context) => selectCell(context, { sheet: '考勤', row: 13, col: 2 }))).toBe(true);
    expect(host.model.selection).toEqual({ sheet: '考勤', row: 13, col: 2 });
    expect(host.model.activeSheet).toBe('考勤');
    expect(await host.run((context) => selectCell(context, { sheet: '删掉了', row: 0, col: 0 }))).toBe(false);
  });
});
