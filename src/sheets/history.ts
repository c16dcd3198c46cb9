/**
 * The hidden history sheet 月结历史: one row per person × closed month (feeds V1's consecutive
 * months and K4's streak; its fines feed the 看板's fines trend). historyRows writes it;
 * readHistory reads it back, also after Excel has turned a '2026-10' cell into a date.
 */
import type { CellValue } from '../engine/cells';
import type { HistoryRecord, Verdict } from '../engine/model';
import { fenToYuan } from '../engine/money';
import type { PresetId } from '../engine/policy/types';
import { problem, type Problem } from '../engine/result';
import { monthKeyOf, parseMonthKey, type MonthKey } from '../engine/time';
import { cellText, headerKey, nameKey } from './fold';
import { cellAt, isBlankRow, refIn, shown } from './grid';
import { headerSearchRows } from './headers';
import { parseCount, parseMoney, parseNumber } from './numbers';

/** Header words, the first of each being what historyRows writes. */
const historyHeaders: Readonly<Record<keyof HistoryRecord, readonly string[]>> = {
  month: ['月份', 'month'],
  name: ['姓名', 'name'],
  score: ['得分', '最终得分', 'score'],
  verdict: ['结论', '处理', 'verdict'],
  salesRank: ['销售排名', '排名', 'salesrank', 'rank'],
  firstStreak: ['连续第一', '连续第一月数', 'firststreak'],
  preset: ['制度', '预设', 'preset'],
  // Last, so a sheet written before the history carried fines differs only by a missing column.
  finesFen: ['罚款', '罚款合计', '罚款 Fines', 'fines'],
};
const fields = Object.keys(historyHeaders) as (keyof HistoryRecord)[];

const verdictWords: Readonly<Record<Verdict, readonly string[]>> = {
  ok: ['ok', '正常', '合格'],
  warning: ['warning', '口头警告', '警告'],
  penalty: ['penalty', '处罚'],
  severe: ['severe', '严厉处罚'],
};
const presets: readonly PresetId[] = ['电商客服', '物业客服'];

/**
 * The history sheet's rows, header first: month as 'YYYY-MM' text, verdict as its id, fines in
 * yuan (blank for a record without fines: a month closed before the history carried them).
 * @example historyRows([{ month: '2026-10', name: '张三', score: 8.5, verdict: 'ok', salesRank: 1, firstStreak: 2, preset: '电商客服', finesFen: 16050 }])
 *   → [['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度', '罚款'], ['2026-10', '张三', 8.5, 'ok', 1, 2, '电商客服', 160.5]]
 */
export function historyRows(records: readonly HistoryRecord[]): CellValue[][] {
  const header = fields.map((f) => historyHeaders[f][0] ?? f);
  return [header, ...records.map((r) => [r.month, r.name, r.score, r.verdict, r.salesRank, r.firstStreak, r.preset,
    r.finesFen === undefined ? null : fenToYuan(r.finesFen)])];
}

function findHeader(grid: { rows: readonly (readonly CellValue[])[] }): { row: number; columns: Partial<Record<keyof HistoryRecord, number>> } | null {
  for (let row = 0; row < Math.min(headerSearchRows, grid.rows.length); row += 1) {
    const columns: Partial<Record<keyof HistoryRecord, number>> = {};
    (grid.rows[row] ?? []).forEach((value, col) => {
      const key = headerKey(value);
      const field = fields.find((f) => historyHeaders[f].some((w) => headerKey(w) === key));
      if (field !== undefined && columns[field] === undefined) columns[field] = col;
    });
    if (columns.month !== undefined && columns.name !== undefined && columns.score !== undefined) return { row, columns };
  }
  return null;
}

function monthOf(value: CellValue): MonthKey | null {
  if (typeof value === 'number' && value >= 20000 && value < 80000) return monthKeyOf(value);
  const parsed = parseMonthKey(cellText(value).replace(/[/.年]/u, '-').replace(/月$/u, ''));
  return parsed ? `${parsed.year}-${String(parsed.month).padStart(2, '0')}` : null;
}

function verdictOf(value: CellValue): Verdict | null {
  const key = nameKey(cellText(value));
  const found = (Object.keys(verdictWords) as Verdict[]).find((v) => verdictWords[v].some((w) => nameKey(w) === key));
  return found ?? null;
}

/**
 * History records of the 月结历史 sheet. A row that cannot be read is reported (warning) and left out.
 * @example readHistory({ name: '月结历史', rows: historyRows(records) }).records → records
 */
export function readHistory(grid: { name: string; rows: readonly (readonly CellValue[])[] }): { records: HistoryRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const header = findHeader(grid);
  if (!header) {
    const empty = grid.rows.every((r) => isBlankRow(r));
    return { records: [], problems: empty ? [] : [problem('warning', 'sheets.historyUnreadable', { sheet: grid.name }, refIn({ name: grid.name, rows: grid.rows }, 0, 0))] };
  }
  const records: HistoryRecord[] = [];
  for (let row = header.row + 1; row < grid.rows.length; row += 1) {
    if (isBlankRow(grid.rows[row])) continue;
    const at = (f: keyof HistoryRecord): CellValue => {
      const col = header.columns[f];
      return col === undefined ? null : cellAt(grid, row, col);
    };
    const record = historyRecord(at);
    if (typeof record === 'string') {
      const col = header.columns[record as keyof HistoryRecord] ?? 0;
      problems.push(problem('warning', 'sheets.historyRowUnreadable', { sheet: grid.name, row: row + 1, value: shown(cellAt(grid, row, col)) }, { sheet: grid.name, row, col }));
    } else records.push(record);
  }
  return { records, problems };
}

/** A record, or the field that could not be read. */
function historyRecord(at: (f: keyof HistoryRecord) => CellValue): HistoryRecord | keyof HistoryRecord {
  const month = monthOf(at('month'));
  if (month === null) return 'month';
  const name = cellText(at('name')).trim();
  if (name === '') return 'name';
  const score = parseNumber(at('score'));
  if (score.kind !== 'ok') return 'score';
  const verdict = at('verdict') === null ? 'ok' : verdictOf(at('verdict'));
  if (verdict === null) return 'verdict';
  const rank = parseCount(at('salesRank'));
  if (rank.kind === 'bad') return 'salesRank';
  const streak = parseCount(at('firstStreak'));
  if (streak.kind === 'bad') return 'firstStreak';
  const presetText = cellText(at('preset')).trim();
  const preset = presetText === '' ? '电商客服' : presets.find((p) => p === presetText);
  if (preset === undefined) return 'preset';
  // Blank (or no column: an older sheet) is "not recorded", not zero: the 看板 leaves that month blank.
  const fines = parseMoney(at('finesFen'), false);
  if (fines.kind === 'bad') return 'finesFen';
  return {
    month, name, score: score.value, verdict, preset,
    salesRank: rank.kind === 'ok' ? rank.value : null,
    firstStreak: streak.kind === 'ok' ? streak.value : 0,
    ...(fines.kind === 'ok' ? { finesFen: fines.value } : {}),
  };
}
