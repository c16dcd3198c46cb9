/**
 * The hidden 月结历史 sheet of a sample: months closed before the sample month, so that V1 (three
 * low months) and K4 (consecutive firsts) have something to look back on. Written with the same
 * historyRows the month close uses, so the sample's history is exactly what a real close leaves.
 */
import type { HistoryRecord } from '../../engine/model';
import { historyRows, ownSheetNames } from '../../sheets';
import type { SheetSpec } from './kit';

export type SampleHistory = Omit<HistoryRecord, 'preset'>;

/**
 * The hidden history sheet of a sample. A record without finesFen leaves the 罚款 cell blank, as
 * a month closed before the history kept fines does (the samples' August and September).
 * @example historySheet([{ month: '2026-09', name: '王小美', score: 10, verdict: 'ok', salesRank: 1, firstStreak: 1 }]).rows[1]
 *   → ['2026-09', '王小美', 10, 'ok', 1, 1, '电商客服', null]
 */
export function historySheet(records: readonly SampleHistory[]): SheetSpec {
  const full: HistoryRecord[] = records.map((r) => ({ ...r, preset: '电商客服' }));
  return { name: ownSheetNames.history, rows: historyRows(full), hidden: true };
}
