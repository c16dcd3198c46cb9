/**
 * Issue 5 §2, formula injection: names and notes typed as =HYPERLINK("http://x","y"), +1, -1+1,
 * @SUM(A1) (and a DDE-style =cmd|…) come out as literal text in every output sheet, through the file
 * adapter (cs-close → .xlsx read back with ExcelJS) and the Office.js adapter (the in-memory Excel,
 * which turns a written '=…' string into a formula just as Excel does unless the cell is text).
 */
import ExcelJS from 'exceljs';
import { dateCell } from '../../src/cli/samples/kit';
import type { HostValue } from '../../src/io/office/host';
import { closeMonthInExcel } from '../../src/io/office/close';
import { readWorkbookFile } from '../../src/io/xlsx';
import { ExcelHostDouble } from '../doubles/excel-host';
import { runWorkbook } from '../catalogue/run';
import { cleanTeam, teamWorkbook, type Team } from '../catalogue/team';

/** Person names (canonical on the staff sheet) and the incident note. */
const evilNames = { 张三: '=HYPERLINK("http://x","y")', 李四: '+1', 王五: '-1+1' } as const;
const evilNote = '@SUM(A1)';
const evilType = "服务态度投诉=cmd|' /C calc'!A0";
const evil = [...Object.values(evilNames), evilNote];
/** Output sheets with one row per person (the ledger has rows only for rule hits: 张三 and 李四). */
const peopleSheets = ['计分表', '提成表', '月结历史'];

function evilTeam(): Team {
  const team = cleanTeam();
  const rename = (value: unknown): unknown => (typeof value === 'string' && value in evilNames ? evilNames[value as keyof typeof evilNames] : value);
  for (const draft of [team.staff, team.rota, team.attendance, team.incidents]) {
    draft.rows = draft.rows.map((row) => row.map((v) => rename(v) as typeof v));
  }
  team.incidents.rows[0] = ['日期', '姓名', '类型', '说明'];
  // A complaint whose type carries a DDE payload; an excused Qianniu absence whose reason is the note (Q1).
  team.incidents.rows.push([dateCell(2026, 10, 9), evilNames['张三'], evilType, null]);
  team.incidents.rows.push([dateCell(2026, 10, 10), evilNames['张三'], '千牛未登录', evilNote]);
  return team;
}

/** Every string value of the output sheets, by sheet. */
function stringsBySheet(sheets: readonly { name: string; values: readonly (readonly unknown[])[] }[]): Record<string, string[]> {
  return Object.fromEntries(sheets.map((s) => [s.name, s.values.flat().filter((v): v is string => typeof v === 'string')]));
}

function expectLiteral(strings: Record<string, string[]>): void {
  for (const sheet of peopleSheets) {
    expect({ sheet, missing: Object.values(evilNames).filter((name) => !strings[sheet]?.includes(name)) }).toEqual({ sheet, missing: [] });
  }
  // The fine for the complaint: the person on the 罚款表; the note and the type in the 明细 (ledger).
  expect(strings['罚款表']).toEqual(expect.arrayContaining([evilNames['张三'], evilNames['李四']]));
  expect(strings['明细']).toEqual(expect.arrayContaining([evilNames['张三'], evilNames['李四']]));
  expect((strings['明细'] ?? []).some((s) => s.includes(evilNote))).toBe(true);
  expect((strings['明细'] ?? []).some((s) => s.includes(evilType))).toBe(true);
}

describe('formula injection: names and notes stay literal text (issue 5 §2)', () => {
  it('file adapter: cs-close writes no formula, and every evil text reads back as a string', async () => {
    const run = await runWorkbook(teamWorkbook(evilTeam()), 'evil.xlsx', ['--month', '2026-10']);
    expect(run.lines.filter((l) => l.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(run.out);
    const formulas: string[] = [];
    const sheets = out.worksheets.map((ws) => {
      const values: unknown[][] = [];
      ws.eachRow((row) => {
        const cells: unknown[] = [];
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) formulas.push(`${ws.name}!${cell.address}`);
          cells.push(cell.type === ExcelJS.ValueType.Hyperlink ? cell.text : cell.value);
        });
        values.push(cells);
      });
      return { name: ws.name, values };
    });
    expect(formulas).toEqual([]);
    expectLiteral(stringsBySheet(sheets));
    // Text cells are formatted as text ('@'), so a supervisor editing one does not turn it into a formula.
    const scorecard = out.getWorksheet('计分表');
    expect(scorecard && findCell(scorecard, evilNames['张三'])?.numFmt).toBe('@');
  }, 60000);

  it('Office adapter: the in-memory Excel holds no formula after the close, and every evil text is a value', async () => {
    const file = await runWorkbook(teamWorkbook(evilTeam()), 'evil-office.xlsx', ['--month', '2026-10', '--lang', 'zh']);
    const { grids } = await readWorkbookFile(file.input);
    const host = ExcelHostDouble.withSheets(grids.map((g) => ({ name: g.name, rows: g.rows as HostValue[][] })));
    const summary = await host.run((context) => closeMonthInExcel(context, { month: '2026-10' }));
    expect(summary.ok).toBe(true);
    expect(host.formulas()).toEqual([]);
    expectLiteral(stringsBySheet(summary.sheetsWritten.filter((n) => host.sheetNames().includes(n)).map((name) => ({ name, values: host.values(name) }))));
    // And the input sheets still hold the text as typed.
    expect(host.values('员工').flat()).toEqual(expect.arrayContaining(Object.values(evilNames)));
  }, 60000);

  it('the evil texts are the ones the issue names', () => {
    expect(evil).toEqual(['=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1)']);
  });
});

function findCell(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => row.eachCell((cell) => { if (found === undefined && cell.value === text) found = cell; }));
  return found;
}
