import fc from 'fast-check';
import type { HistoryRecord, Verdict } from '../../src/engine/model';
import { fen } from '../../src/engine/money';
import type { PresetId } from '../../src/engine/policy';
import { day } from './fixtures';
import { historyRows, readHistory, ownSheetNames } from '../../src/sheets';

const records: HistoryRecord[] = [
  { month: '2026-09', name: '张三', score: 4.5, verdict: 'warning', salesRank: 1, firstStreak: 1, preset: '电商客服', finesFen: fen(16050) },
  { month: '2026-09', name: '王小美', score: 10, verdict: 'ok', salesRank: null, firstStreak: 0, preset: '电商客服', finesFen: fen(0) },
];
const header = ['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度', '罚款'];
/** The same records as a sheet written before the history carried fines would give them. */
const withoutFines = records.map(({ finesFen: _fines, ...rest }) => rest);

describe('history sheet 月结历史 (POLICY.md §4, V1, K4)', () => {
  it('V1/K4: historyRows writes a header and one row per person × month; readHistory reads it back', () => {
    const rows = historyRows(records);
    expect(rows[0]).toEqual(header);
    // Fines in yuan: 160.50; no fines is 0, not blank.
    expect(rows.slice(1)).toEqual([['2026-09', '张三', 4.5, 'warning', 1, 1, '电商客服', 160.5], ['2026-09', '王小美', 10, 'ok', null, 0, '电商客服', 0]]);
    expect(readHistory({ name: ownSheetNames.history, rows })).toEqual({ records, problems: [] });
  });

  it('F1–F8 fines: an older sheet without the 罚款 column reads with no problem and no fines (not zero)', () => {
    const rows = [header.slice(0, 7), ['2026-09', '张三', 4.5, 'warning', 1, 1, '电商客服'], ['2026-09', '王小美', 10, 'ok', null, 0, '电商客服']];
    const read = readHistory({ name: '月结历史', rows });
    expect(read).toEqual({ records: withoutFines, problems: [] });
    expect(read.records.map((r) => 'finesFen' in r)).toEqual([false, false]);
  });

  it('F1–F8 fines: records without fines are written blank and read back without fines; a mixed history keeps each as it was', () => {
    const mixed: HistoryRecord[] = [withoutFines[0]!, records[1]!];
    const rows = historyRows(mixed);
    expect(rows.map((r) => r[7])).toEqual(['罚款', null, 0]);
    expect(readHistory({ name: '月结历史', rows })).toEqual({ records: mixed, problems: [] });
  });

  it('F1–F8 fines: the column is found by its header wherever it stands, in yuan text too; a bad amount is a warning on its cell', () => {
    const rows = [['罚款 Fines', '月份', '姓名', '得分'], ['¥160.50', '2026-09', '张三', 4.5], [-5, '2026-09', '李四', 8], [12.345, '2026-09', '赵六', 8]];
    const { records: read, problems } = readHistory({ name: '月结历史', rows });
    expect(read.map((r) => [r.name, r.finesFen])).toEqual([['张三', 16050]]);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ['sheets.historyRowUnreadable', { sheet: '月结历史', row: 2, col: 0 }],
      ['sheets.historyRowUnreadable', { sheet: '月结历史', row: 3, col: 0 }],
    ]);
  });

  it('V1: a month Excel turned into a date, and Chinese verdict words, still read', () => {
    const rows = [header, [day(2026, 9, 1), '张三', 4.5, '口头警告', 1, 1, '电商客服', '160.50']];
    expect(readHistory({ name: '月结历史', rows }).records).toEqual([records[0]]);
  });

  it('V1: an unreadable row is a warning on its cell and left out; an empty sheet is no history and no problem', () => {
    const rows = [...historyRows(records), ['2026-13', '李四', 5, 'ok', null, 0, '电商客服'], ['2026-09', '赵六', '高', 'ok', null, 0, '电商客服']];
    const { records: read, problems } = readHistory({ name: '月结历史', rows });
    expect(read).toEqual(records);
    expect(problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ['warning', 'sheets.historyRowUnreadable', { sheet: '月结历史', row: 3, col: 0 }],
      ['warning', 'sheets.historyRowUnreadable', { sheet: '月结历史', row: 4, col: 2 }],
    ]);
    expect(readHistory({ name: '月结历史', rows: [] })).toEqual({ records: [], problems: [] });
  });

  it('§4: a history sheet without its header is a warning', () => {
    expect(readHistory({ name: '月结历史', rows: [['x', 'y']] }).problems.map((p) => p.code)).toEqual(['sheets.historyUnreadable']);
  });
});

describe('history round trip (property)', () => {
  it('V1/K4/F1–F8: readHistory(historyRows(records)) gives the records back, with and without fines', () => {
    const record = fc.record({
      month: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== ''),
      score: fc.integer({ min: -200, max: 200 }).map((n) => n / 2),
      verdict: fc.constantFrom<Verdict>('ok', 'warning', 'penalty', 'severe'),
      salesRank: fc.option(fc.integer({ min: 1, max: 50 })),
      firstStreak: fc.integer({ min: 0, max: 24 }),
      preset: fc.constantFrom<PresetId>('电商客服', '物业客服'),
    }).chain((r) => fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined })
      // Absent (a month closed before the history carried fines) or whole fen, up to a million yuan.
      .map((fines): HistoryRecord => (fines === undefined ? r : { ...r, finesFen: fen(fines) })));
    fc.assert(fc.property(fc.array(record, { maxLength: 12 }), (records) => {
      expect(readHistory({ name: '月结历史', rows: historyRows(records) })).toEqual({ records, problems: [] });
    }), { numRuns: 200 });
  });
});
