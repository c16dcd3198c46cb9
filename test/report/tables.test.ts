import { ecommercePreset } from '../../src/engine/policy';
import { scorecardTable, deductionColumns, pointRulesOf } from '../../src/report/scorecard';
import { commissionTable } from '../../src/report/commission';
import { finesTable } from '../../src/report/fines';
import { ledgerTable } from '../../src/report/ledger';
import { columnHeaders, columnWidths, header } from '../../src/report/format';
import { result } from './fixture';
import { fen } from '../../src/engine/money';

const col = (rows: readonly (readonly unknown[])[], title: string): number => {
  const index = rows[0]!.findIndex((cell) => typeof cell === 'string' && cell.startsWith(`${title} `));
  if (index < 0) throw new Error(`no column ${title}`);
  return index;
};

describe('headers', () => {
  it('puts the reader’s language first', () => {
    expect(header('report.col.name', 'zh')).toBe('姓名 Name');
    expect(header('report.col.name', 'en')).toBe('Name 姓名');
  });
  it('a table’s header row is worded once per language, and each table gets its own array', () => {
    const columns = ['name', 'score'] as const;
    const first = columnHeaders(columns, 'zh');
    expect(first).toEqual([header('report.col.name', 'zh'), header('report.col.score', 'zh')]);
    expect(columnHeaders(columns, 'en')).toEqual([header('report.col.name', 'en'), header('report.col.score', 'en')]);
    first.push('changed');
    expect(columnHeaders(columns, 'zh')).toEqual([header('report.col.name', 'zh'), header('report.col.score', 'zh')]);
  });
});

describe('计分表', () => {
  const table = scorecardTable(result, ecommercePreset, '计分表', 'zh');
  it('V1: has a column per point rule of the 电商客服 preset, in id order', () => {
    expect(pointRulesOf(ecommercePreset).sort()).toEqual(['A1', 'A2', 'A4', 'A5', 'Q1', 'Q2', 'Q3', 'Q4'].sort());
    expect(deductionColumns(result, ecommercePreset)).toEqual(['A1', 'A2', 'A4', 'A5', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(table.rows[0]!.slice(0, 3)).toEqual(['姓名 Name', '基础分 Base score', 'A1 迟到30分钟内']);
  });
  it('A1/Q4: 张三 1.5 deducted from 10 is 8.5, ok, not highlighted', () => {
    const row = table.rows[1]!;
    expect(row[0]).toBe('张三');
    expect(row[col(table.rows, 'A1')]).toEqual({ number: 1, format: 'points' });
    expect(row[col(table.rows, 'Q4')]).toEqual({ number: 0.5, format: 'points' });
    expect(row[col(table.rows, 'Q1')]).toBeNull();
    expect(row[col(table.rows, '合计扣分')]).toEqual({ number: 1.5, format: 'points' });
    expect(row[col(table.rows, '最终得分')]).toEqual({ number: 8.5, format: 'points' });
    expect(row[col(table.rows, '结论')]).toBe('正常');
    expect(table.highlights.some((h) => h.row === 1)).toBe(false);
  });
  it('V1: warning rows are amber, penalty rows red, with the action listed', () => {
    expect(table.highlights).toEqual([{ row: 2, tone: 'amber' }, { row: 3, tone: 'red' }]);
    expect(table.rows[3]![col(table.rows, '需处理')]).toBe('扣发当月工资');
  });
  it('keeps a name that looks like a formula as plain text', () => {
    expect(table.rows[3]![0]).toBe('=王五');
  });
  it('adds a rule the policy does not list when someone lost points under it', () => {
    const odd = { ...result, people: [{ ...result.people[0]!, points: { X9: 1 } }] };
    expect(deductionColumns(odd, ecommercePreset)).toContain('X9');
  });
  it('writes English first in English', () => {
    const en = scorecardTable(result, ecommercePreset, '计分表', 'en');
    expect(en.rows[0]![0]).toBe('Name 姓名');
    expect(en.rows[2]![col(en.rows, 'Verdict')]).toBe('Verbal warning');
  });
});

describe('提成表', () => {
  const table = commissionTable(result, '提成表', 'zh');
  it('K1/K2/K4: conversion, rate as ratios and money in yuan numbers', () => {
    const row = table.rows[1]!;
    expect(row[col(table.rows, '询单人数')]).toBe(120);
    expect(row[col(table.rows, '转化率')]).toEqual({ number: 0.75, format: 'percent' });
    expect(row[col(table.rows, '计提销售额')]).toEqual({ number: 15230.5, format: 'yuan' });
    expect(row[col(table.rows, '不计提订单')]).toBe(2);
    expect(row[col(table.rows, '提成比例')]).toEqual({ number: 0.015, format: 'percent' });
    expect(row[col(table.rows, '提成')]).toEqual({ number: 228.46, format: 'yuan' });
    expect(row[col(table.rows, '名次')]).toBe(1);
    expect(row[col(table.rows, '连续第一')]).toBe(2);
    expect(row[col(table.rows, '特别奖')]).toEqual({ number: 100, format: 'yuan' });
    expect(row[col(table.rows, '罚款')]).toEqual({ number: 80, format: 'yuan' });
    expect(row[col(table.rows, '应发')]).toEqual({ number: 5548.46, format: 'yuan' });
  });
  it('ends with a 合计 row of the money columns', () => {
    const last = table.rows[table.rows.length - 1]!;
    expect(last[0]).toBe('合计 Total');
    expect(last[col(table.rows, '计提销售额')]).toEqual({ number: 15230.5, format: 'yuan' });
    expect(last[col(table.rows, '罚款')]).toEqual({ number: 80, format: 'yuan' });
    // 5548.46 + 3300 + 3300
    expect(last[col(table.rows, '应发')]).toEqual({ number: 12148.46, format: 'yuan' });
    expect(last[col(table.rows, '转化率')]).toBeNull();
  });
  it('K1: no inquiries leaves conversion and rank blank', () => {
    const row = table.rows[2]!;
    expect(row[col(table.rows, '转化率')]).toBeNull();
    expect(row[col(table.rows, '名次')]).toBeNull();
  });
});

describe('罚款表', () => {
  const table = finesTable(result, '罚款表', 'zh');
  it('F2: fines in date order with nth, amount and a link to the source cell', () => {
    expect(table.rows[1]).toEqual([
      { number: 46298, format: 'date' }, '张三', 'F2 交接未录入', 1, { number: 30, format: 'yuan' }, null,
      { text: '事件!B3', link: { sheet: '事件', row: 2, col: 1 } },
    ]);
    expect(table.rows[2]![3]).toBe(2);
  });
  it('F2: the 4th is an action with no amount, highlighted red', () => {
    expect(table.rows[3]![4]).toBeNull();
    expect(table.rows[3]![5]).toBe('扣发当月工资');
    expect(table.highlights).toEqual([{ row: 3, tone: 'red' }]);
  });
  it('an action step that also costs money (a 0-yuan action shows no amount) keeps its amount', () => {
    const both = { ...result.fines[2]!, amountFen: fen(4000), action: 'warning' as const };
    const zero = { ...result.fines[2]!, amountFen: fen(0) };
    const rows = finesTable({ ...result, fines: [both, zero] }, '罚款表', 'zh').rows;
    expect(rows[1]!.slice(4, 6)).toEqual([{ number: 40, format: 'yuan' }, '警告']);
    expect(rows[2]!.slice(4, 6)).toEqual([null, '扣发当月工资']);
  });
  it('篇十五 16: the last row is the department fund total', () => {
    const last = table.rows[table.rows.length - 1]!;
    expect(last[0]).toBe('部门基金合计 Department fund total');
    expect(last[4]).toEqual({ number: 80, format: 'yuan' });
  });
});

describe('明细', () => {
  const table = ledgerTable(result, ecommercePreset, '明细', 'zh');
  it('lists dated hits first with a link back and the month-wide K4 last', () => {
    expect(table.rows[1]![2]).toBe('A1');
    expect(table.rows[1]![6]).toEqual({ text: '考勤!C14', link: { sheet: '考勤', row: 13, col: 2 } });
    expect(table.rows[3]![2]).toBe('K4');
    expect(table.rows[3]![0]).toBeNull();
    expect(table.rows[3]![4]).toEqual({ number: 100, format: 'yuan' });
  });
  it('F2: a hit with an action is red', () => {
    expect(table.highlights).toEqual([{ row: 2, tone: 'red' }]);
  });
  it('A7/R1: flag-only rows (no points) are amber', () => {
    const early = { daySerial: 46299, name: '张三', rule: 'A7', points: 0, amountFen: null, action: null, source: null, note: { code: 'x', params: {} } };
    const rest = { ...early, rule: 'R1' };
    const flagged = ledgerTable({ ...result, ledger: [early, rest, { ...early, rule: 'A6' }] }, ecommercePreset, '明细', 'zh');
    expect(flagged.highlights).toEqual([{ row: 1, tone: 'amber' }, { row: 2, tone: 'amber' }]);
  });
});

describe('column widths', () => {
  it('counts Chinese characters double and pads by two', () => {
    expect(columnWidths([['姓名 Name'], ['张三']])).toEqual([11]);
    expect(columnWidths([['a'.repeat(100)]])).toEqual([40]);
  });

  it('an emoji is one character wide; numbers by their two-decimal text, dates as yyyy-mm-dd', () => {
    expect(columnWidths([['😀'.repeat(8)]])).toEqual([10]);
    expect(columnWidths([[{ number: 1234.5, format: 'yuan' }, { number: 46296, format: 'date' }, null]])).toEqual([9, 12, 6]);
  });
});
