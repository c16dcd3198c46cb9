import { buildReport, isLinkCell, isNumberCell, type ReportCell } from '../../src/report';
import { ecommercePreset } from '../../src/engine/policy';
import { policyFromRows } from '../../src/engine/policy/params';
import { readHistory } from '../../src/sheets';
import type { CellValue } from '../../src/engine/cells';
import { result } from './fixture';

const plain = (cell: ReportCell): CellValue => (isLinkCell(cell) ? cell.text : isNumberCell(cell) ? cell.number : cell);

describe('buildReport', () => {
  const tables = buildReport(result, ecommercePreset, 'zh');

  it('builds the §4 sheets in order, only the history hidden', () => {
    expect(tables.map((t) => [t.name, t.kind, t.hidden])).toEqual([
      ['计分表', 'scorecard', false], ['提成表', 'commission', false], ['罚款表', 'fines', false],
      ['明细', 'ledger', false], ['制度参数', 'policy', false], ['月结历史', 'history', true],
      ['个人月度报告', 'personalReport', false], ['看板', 'dashboard', false],
    ]);
    for (const table of tables) {
      expect(table.headerRows).toBe(1);
      expect(table.columnWidths?.length).toBe(Math.max(...table.rows.map((r) => r.length)));
    }
  });

  it('the 制度参数 sheet reads back as the same policy', () => {
    const rows = tables[4]!.rows.map((row) => row.map(plain));
    const read = policyFromRows(rows, '制度参数');
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.policy).toEqual(ecommercePreset);
  });

  it('V1/K4: the hidden history sheet reads back as the month’s records', () => {
    const read = readHistory({ name: '月结历史', rows: tables[5]!.rows.map((row) => row.map(plain)) });
    expect(read.records).toEqual(result.history);
  });

  it('every header, verdict, action and rule word has a message in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const table of buildReport(result, ecommercePreset, lang).slice(0, 3)) {
        for (const row of table.rows) for (const cell of row) {
          if (typeof cell === 'string') expect(cell).not.toMatch(/report\./);
        }
      }
    }
  });
});
