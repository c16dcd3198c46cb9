/**
 * The hidden 月结历史 sheet of a sample: months closed before the sample month, so that V1 (three
 * low months) and K4 (consecutive firsts) have something to look back on.
 */
import type { SheetSpec, Written } from './kit';

export interface SampleHistory {
  month: string;
  name: string;
  score: number;
  verdict: 'ok' | 'warning' | 'penalty' | 'severe';
  salesRank: number | null;
  firstStreak: number;
}

export function historySheet(records: readonly SampleHistory[]): SheetSpec {
  const rows: Written[][] = [['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度']];
  for (const r of records) rows.push([r.month, r.name, r.score, r.verdict, r.salesRank, r.firstStreak, '电商客服']);
  return { name: '月结历史', rows, hidden: true };
}
