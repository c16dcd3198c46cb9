import { join } from 'path';
import { ExcelHostDouble } from '../../doubles/excel-host';
import { closeMonthInExcel, type CloseStep } from '../../../src/io/office/close';
import { requestLimitBytes } from '../../../src/io/office/plan';
import { monthClose } from '../../../src/app/monthClose';
import { tmpdir } from 'os';
import { markerPrefix as xlsxMarkerPrefix, readWorkbookFile, writeCloseWorkbook } from '../../../src/io/xlsx';
import { markerPrefix } from '../../../src/io/office/inventory';
import type { HostValue } from '../../../src/io/office/host';
import { teamSheets } from '../../doubles/team';

const samplePath = join(__dirname, '../../../samples/客服部-2026-10.xlsx');

describe('closeMonthInExcel (Excel double)', () => {
  it('closes the bundled sample like the pure month close: same people, fund 1120 yuan, six sheets, inputs untouched', async () => {
    const { grids } = await readWorkbookFile(samplePath);
    const host = ExcelHostDouble.withSheets(grids);
    const inputNames = host.sheetNames();
    const before = host.snapshot();
    const steps: CloseStep[] = [];
    const summary = await host.run((context) => closeMonthInExcel(context, {}, (step) => { steps.push(step); }));
    const expected = monthClose(grids, {});
    expect(summary.ok).toBe(true);
    expect(steps).toEqual(['read', 'detect', 'compute', 'write']);
    expect(summary.month).toBe('2026-10');
    expect(summary.people).toBe(12);
    expect(summary.fundFen).toBe(112000);
    expect(summary.fundFen).toBe(expected.result?.fundFen);
    // the sample's 月结历史 was read in full without a problem, so (as the command line does) it is
    // replaced in place by the history with October added; every other input sheet is untouched
    expect(summary.sheetsWritten).toEqual(expected.tables.map((t) => t.name));
    expect(summary.sheetsWritten.slice(0, 6)).toEqual(['计分表', '提成表', '罚款表', '明细', '制度参数', '月结历史']);
    expect(host.formulas()).toEqual([]);
    const after = host.snapshot() as { name: string }[];
    const inputs = (snap: unknown) => (snap as { name: string }[]).filter((s) => inputNames.includes(s.name) && s.name !== '月结历史');
    expect(inputs(after)).toEqual(inputs(before));
    expect(host.sheetNames()).toHaveLength(inputNames.length + expected.tables.length - 1);
    const history = host.values('月结历史');
    expect(history.filter((row) => row[0] === '2026-10')).toHaveLength(12);
    expect(history.filter((row) => row[0] === '2026-09').length).toBeGreaterThan(0);
    expect(host.sheet('月结历史').visibility).toBe('Hidden');
  });

  it('a workbook closed by the command line (marks `_CsClose_<kind>`) is re-closed in place, and keeps marks the command line reads', async () => {
    const { grids } = await readWorkbookFile(samplePath);
    const closed = monthClose(grids, {});
    const out = join(tmpdir(), `cs-office-${process.pid}.xlsx`);
    await writeCloseWorkbook(samplePath, closed.tables, out, { adopt: ['history'], keepUserSheet: ['policy'] });
    const file = await readWorkbookFile(out);
    const host = ExcelHostDouble.withSheets(file.grids);
    for (const { name, ranges } of file.workbook.definedNames.model) if (ranges[0]) host.model.names.set(name, `=${ranges[0]}`);
    const names = host.sheetNames();
    const summary = await host.run((context) => closeMonthInExcel(context, {}));
    expect(summary.ok).toBe(true);
    expect(summary.sheetsWritten).toEqual(closed.tables.map((t) => t.name));
    expect(host.sheetNames()).toEqual(names);
    expect(host.model.names.get(`${markerPrefix}scorecard`)).toBe("='计分表'!$A$1");
    expect(markerPrefix).toBe(xlsxMarkerPrefix);
  });

  it('round trips: the same 7 for 10 and 1,000 people (read 4, stock-taking 2, the output as one inserted file), no request over 4 MB', async () => {
    const runs: { syncs: number; opsBeforeWriting: number[] }[] = [];
    for (const people of [10, 1000]) {
      const host = ExcelHostDouble.withSheets(teamSheets(people));
      const summary = await host.run((context) => closeMonthInExcel(context, {}));
      expect(summary.ok).toBe(true);
      expect(summary.people).toBe(people);
      expect(host.maxRequestBytes).toBeLessThan(requestLimitBytes);
      runs.push({ syncs: host.syncs, opsBeforeWriting: host.requests.slice(0, 6).map((r) => r.ops) });
    }
    // read: 2 inventory + all values + all hidden rows; write: 2 inventory, then the data
    expect(runs[0]!.opsBeforeWriting).toEqual(runs[1]!.opsBeforeWriting);
    // The 1,000-person output (ledger, fines and statements: ~100,000 rows with links) is one
    // compressed .xlsx of a few MB of base64, inserted in the request that also marks the sheets.
    expect(runs.map((r) => r.syncs)).toEqual([7, 7]);
  }, 120000);

  it('round trips cell by cell (a host without ExcelApi 1.13): the write is split only by the request limit', async () => {
    const runs: number[] = [];
    for (const people of [10, 1000]) {
      const host = ExcelHostDouble.withSheets(teamSheets(people));
      const summary = await host.run((context) => closeMonthInExcel(context, {}, undefined, { supports: (_set, version) => version !== '1.13' }));
      expect(summary.ok).toBe(true);
      expect(host.maxRequestBytes).toBeLessThan(requestLimitBytes);
      runs.push(host.syncs);
    }
    // 10 people: all eight sheets in one request. 1,000 people: about 9 MB of commands as Office.js
    // sends them go in requests of at most 3 MiB each.
    expect(runs).toEqual([7, 10]);
  }, 120000);

  it('names like =HYPERLINK("http://x","y"), +1, -1+1 and @SUM(A1) go through the whole close as literal text', async () => {
    const sheets = teamSheets(2);
    const evil = ['=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1)'];
    const rename = (v: HostValue): HostValue => (v === '客服1' ? evil[0]! : v === '客服2' ? evil[3]! : v);
    const renamed = sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map(rename)) }));
    renamed[0]!.rows.push([evil[1]!, 3000], [evil[2]!, 3000]);
    const host = ExcelHostDouble.withSheets(renamed);
    const summary = await host.run((context) => closeMonthInExcel(context, {}));
    expect(summary.ok).toBe(true);
    expect(host.formulas()).toEqual([]);
    const names = host.values('计分表').slice(1).map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining(evil));
  });

  it('a close that fails (no month can be found) writes nothing at all', async () => {
    const host = ExcelHostDouble.withSheets([{ name: '考勤', rows: [['姓名', '日期', '上班'], ['张三', '不是日期', '8:00']] }]);
    const before = host.snapshot();
    const summary = await host.run((context) => closeMonthInExcel(context, {}));
    expect(summary.ok).toBe(false);
    expect(summary.sheetsWritten).toEqual([]);
    expect(summary.problems.length).toBeGreaterThan(0);
    expect(host.snapshot()).toEqual(before);
    expect(host.requests.flatMap((r) => r.kinds).filter((k) => !k.startsWith('load'))).toEqual([]);
  });

  it('closing twice replaces the own sheets: same sheet list, no 计分表(2)', async () => {
    const host = ExcelHostDouble.withSheets(teamSheets(3));
    await host.run((context) => closeMonthInExcel(context, {}));
    const first = host.sheetNames();
    const firstScores = host.values('计分表');
    await host.run((context) => closeMonthInExcel(context, {}));
    expect(host.sheetNames()).toEqual(first);
    expect(host.values('计分表')).toEqual(firstScores);
    expect(host.sheet('月结历史').visibility).toBe('Hidden');
  });
});
