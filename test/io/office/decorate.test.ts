import { ExcelHostDouble } from '../../doubles/excel-host';
import { writeTables } from '../../../src/io/office/write';
import { sectionColor } from '../../../src/io/office/decorate';
import type { SheetTable } from '../../../src/report/types';

const dashboard: SheetTable = {
  name: '看板', kind: 'dashboard', hidden: false, headerRows: 0, highlights: [],
  rows: [['2026-10 看板'], ['得分'], ['姓名', '得分'], ['张三', 9], ['李四', 5]],
  emphasis: [{ row: 0, style: 'title' }, { row: 1, style: 'section' }],
  charts: [
    { title: '本月得分', type: 'column', headerRow: 2, firstRow: 3, lastRow: 4, categoryCol: 0, valueCol: 1, anchorRow: 0, anchorCol: 3 },
    { title: '空', type: 'bar', headerRow: 2, firstRow: 5, lastRow: 4, categoryCol: 0, valueCol: 1, anchorRow: 20, anchorCol: 3 },
  ],
};

const statements: SheetTable = {
  name: '个人月度报告', kind: 'personalReport', hidden: false, headerRows: 0, highlights: [],
  rows: [['个人月度报告'], ['张三'], ['李四']],
  print: { orientation: 'portrait', fitToWidth: true, titleRows: 1, breaksAfter: [1] },
};

describe('emphasis, charts and page setup', () => {
  it('title rows bold and larger, section rows bold and shaded', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await host.run((context) => writeTables(context, [dashboard]));
    const sheet = host.sheet('看板');
    expect(sheet.cells.get('0,0')).toMatchObject({ bold: true, fontSize: 14 });
    expect(sheet.cells.get('1,1')).toMatchObject({ bold: true, fill: sectionColor });
  });

  it('one native chart per non-empty block: series from the value column and its header, axis from the names, placed at the anchor', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await host.run((context) => writeTables(context, [dashboard]));
    // the value column with its header (Excel names the series from it)
    expect(host.sheet('看板').charts).toEqual([{
      name: 'CsClose_0', legend: false, type: 'ColumnClustered', source: 'B3:B5', seriesBy: 'Columns', title: '本月得分',
      seriesName: '', xAxis: 'A4:A5', position: 'D1:D1', end: 'J15:J15',
    }]);
  });

  it('a re-close redraws our charts instead of adding more, and leaves a chart the user drew', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await host.run((context) => writeTables(context, [dashboard]));
    host.sheet('看板').charts.push({ name: '我的图', legend: true, type: 'Pie', source: 'B4:B5', seriesBy: undefined,
      title: '', seriesName: '', xAxis: null, position: null, end: null });
    await host.run((context) => writeTables(context, [dashboard]));
    expect(host.sheet('看板').charts.map((c) => c.name).sort()).toEqual(['CsClose_0', '我的图']);
  });

  it('page setup: A4 portrait, one page wide, row 1 repeated, a page break above row 3 (after row index 1)', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await host.run((context) => writeTables(context, [statements]));
    await host.run((context) => writeTables(context, [statements]));
    expect(host.sheet('个人月度报告').page).toEqual({
      orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$1:$1', breaks: ['A3:A3'],
    });
  });

  it('a host without ExcelApi 1.9 gets no page setup and no screen-updating suspension, and still the cells', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名']] }]);
    await host.run((context) => writeTables(context, [statements], { supports: (_set, version) => version !== '1.9' }));
    expect(host.sheet('个人月度报告').page.paperSize).toBe('Letter');
    expect(host.requests.flatMap((r) => r.kinds)).not.toContain('suspendScreen');
    expect(host.values('个人月度报告')).toEqual([['个人月度报告'], ['张三'], ['李四']]);
  });
});
