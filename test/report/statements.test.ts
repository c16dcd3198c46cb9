/**
 * 个人月度报告: one printable block per person, worked from the hand-made result of fixture.ts
 * (张三 A1 twice + Q4 → 8.5; F2 30 + 50; pay 5548.46 — see fixture.ts for the arithmetic).
 */
import { ecommercePreset } from '../../src/engine/policy';
import { fen } from '../../src/engine/money';
import type { MonthResult } from '../../src/engine/model';
import { statementsTable } from '../../src/report/statements';
import { isLinkCell, isNumberCell, type ReportCell, type SheetTable } from '../../src/report';
import type { CellValue } from '../../src/engine/cells';
import { result } from './fixture';

const plain = (cell: ReportCell | undefined): CellValue => (cell === undefined ? null
  : isLinkCell(cell) ? cell.text : isNumberCell(cell) ? cell.number : cell);

/** The rows of one person's block, as plain values, and the sheet row it starts on. */
function blockOf(table: SheetTable, name: string): { start: number; rows: CellValue[][] } {
  const start = table.rows.findIndex((row) => row[0] === name);
  const breaks = table.print?.breaksAfter ?? [];
  const end = breaks.find((b) => b >= start) ?? table.rows.length - 1;
  return { start, rows: table.rows.slice(start, end + 1).map((row) => row.map(plain)) };
}
const rowAfter = (rows: CellValue[][], label: string): CellValue[] => rows.find((row) => row[0] === label) ?? [];

describe('个人月度报告 statements', () => {
  const table = statementsTable(result, ecommercePreset, '个人月度报告', 'zh');

  it('prints on A4 portrait, one page wide, the title row on every page, a page break after each person but the last', () => {
    expect(table.kind).toBe('personalReport');
    expect(table.rows[0]).toEqual(['个人月度报告 2026-10（电商客服）']);
    const starts = ['张三', 李四(), '=王五'].map((name) => blockOf(table, name).start);
    expect(table.print).toEqual({ orientation: 'portrait', fitToWidth: true, titleRows: 1, breaksAfter: [starts[1]! - 1, starts[2]! - 1] });
    expect(table.emphasis?.filter((e) => e.style === 'title').map((e) => e.row)).toEqual([0, ...starts]);
  });

  it('V1: the score section lists each deduction with its date and note, then base, total deducted, score and verdict', () => {
    const { rows } = blockOf(table, '张三');
    expect(rows[0]).toEqual(['张三', '2026-10', null]);
    // Only the A1 row has points in the fixture's ledger; K4 (an award) is not a deduction.
    expect(rows.filter((row) => typeof row[1] === 'string' && row[1].startsWith('A1'))).toEqual([[46298, 'A1 迟到30分钟内', 0.5, null, null, 'test.late {"minutes":12}']]);
    expect(rows.some((row) => String(row[1]).startsWith('K4'))).toBe(false);
    expect(rowAfter(rows, '基础分')).toEqual(['基础分', 10, '合计扣分', 1.5, '最终得分', 8.5]);
    expect(rowAfter(rows, '结论')).toEqual(['结论', '正常']);
  });

  it('K1–K4: the commission section shows its inputs — inquiries, buyers, conversion, sales, excluded orders, rate, rank, award', () => {
    const { rows } = blockOf(table, '张三');
    expect(rowAfter(rows, '询单人数')).toEqual(['询单人数', 120, '成交人数', 90, '转化率', 0.75]);
    expect(rowAfter(rows, '计提销售额')).toEqual(['计提销售额', 15230.5, '不计提订单', 2, '提成比例', 0.015]);
    expect(rowAfter(rows, '提成')).toEqual(['提成', 228.46, '名次', 1, '特别奖', 100]);
  });

  it('F2: fines in date order with their ladder step (nth) and source; the total; pay = 5000 + 300 + 328.46 − 80', () => {
    const { rows } = blockOf(table, '张三');
    const fineRows = rows.filter((row) => String(row[1]).startsWith('F2'));
    expect(fineRows).toEqual([[46298, 'F2 交接未录入', 1, 30, null, '事件!B3'], [46304, 'F2 交接未录入', 2, 50, null, '事件!B7']]);
    expect(rowAfter(rows, '罚款合计')).toEqual(['罚款合计', null, null, 80]);
    expect(rowAfter(rows, '底薪')).toEqual(['底薪', 5000, '餐补', 300, '提成+特别奖', 328.46]);
    expect(rowAfter(rows, '罚款')).toEqual(['罚款', 80, '应发', 5548.46]);
  });

  it('an action step (F2 4th, withhold pay) is red on the fines and actions rows; a penalty verdict is red', () => {
    const { start, rows } = blockOf(table, '=王五');
    const red = table.highlights.filter((h) => h.tone === 'red').map((h) => h.row - start);
    const withhold = rows.findIndex((row) => row[4] === '扣发当月工资');
    expect(red).toEqual(expect.arrayContaining([withhold, rows.findIndex((row) => row[0] === '需处理'), rows.findIndex((row) => row[0] === '结论')]));
    expect(rows[withhold]).toEqual([46310, 'F2 交接未录入', 4, null, '扣发当月工资', '事件!B10']);
  });

  it('a person with no deductions and no fines is told so; a warning verdict is amber', () => {
    const { start, rows } = blockOf(table, 李四());
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['本月没有扣分。', '本月没有罚款。']));
    const verdictRow = start + rows.findIndex((row) => row[0] === '结论');
    expect(table.highlights).toContainEqual({ row: verdictRow, tone: 'amber' });
  });

  it('A7: a flag with no points (early leave) is listed, amber, with its points cell blank', () => {
    const withFlag: MonthResult = { ...result, ledger: [...result.ledger, { daySerial: 46300, name: '李四', rule: 'A7', points: 0,
      amountFen: null, action: null, source: { sheet: '考勤', row: 4, col: 3 }, note: { code: 'test.early', params: {} } }] };
    const flagged = statementsTable(withFlag, ecommercePreset, '个人月度报告', 'zh');
    const { start, rows } = blockOf(flagged, 李四());
    const row = rows.findIndex((r) => String(r[1]).startsWith('A7'));
    expect(rows[row]).toEqual([46300, 'A7 早退', null, null, null, 'test.early {}']);
    expect(flagged.highlights).toContainEqual({ row: start + row, tone: 'amber' });
  });

  it('is worded in English for an English reader', () => {
    const en = statementsTable({ ...result, fines: [], fundFen: fen(0) }, ecommercePreset, 'Statements', 'en');
    expect(en.rows[0]).toEqual(['Monthly statement 2026-10 (电商客服)']);
    const { rows } = blockOf(en, '张三');
    expect(rowAfter(rows, 'Base score')).toEqual(['Base score', 10, 'Total deducted', 1.5, 'Final score', 8.5]);
    expect(rows.map((row) => row[0])).toContain('No fines this month.');
  });
});

function 李四(): string {
  return '李四';
}
