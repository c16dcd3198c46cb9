/**
 * K4: first place by commissionable sales within a group, and the streak of consecutive firsts
 * that sets the award (50, 100, 200 …, the last repeating).
 */
import { indicesByKey } from '../group';
import { fen, zeroFen, type Fen } from '../money';
import type { HistoryRecord } from '../model';
import { previousMonth, type MonthKey } from '../time';

export interface Contender {
  readonly name: string;
  /** null is the team-wide group (no 组 column). */
  readonly group: string | null;
  readonly salesFen: Fen;
}

/**
 * Competition ranks within each group: ties share a rank (1, 1, 3); nobody with 0 sales is ranked.
 * @example rankWithinGroups([{name:'a',group:null,salesFen:5},{name:'b',group:null,salesFen:5}]) → a 1, b 1
 */
export function rankWithinGroups(contenders: readonly Contender[]): Map<string, number | null> {
  const rankAt = competitionRanks(contenders);
  const ranks = new Map<string, number | null>();
  for (let i = 0; i < contenders.length; i += 1) {
    const c = contenders[i] as Contender;
    ranks.set(c.name, c.salesFen <= 0 ? null : rankAt[i] as number);
  }
  return ranks;
}

/**
 * Each contender's rank in its group (by place in `contenders`): 1 + how many in the group sold
 * more. One sort of each group's places, not a scan of the team per person (a thousand people made
 * that a million comparisons), nor a map from sales to rank per group looked up per person.
 */
function competitionRanks(contenders: readonly Contender[]): number[] {
  const placesByGroup = indicesByKey(contenders.length, (i) => (contenders[i] as Contender).group);
  const salesAt = (i: number): number => (contenders[i] as Contender).salesFen;
  const ranks = new Array<number>(contenders.length);
  for (const places of placesByGroup.values()) {
    places.sort((a, b) => salesAt(b) - salesAt(a));
    for (let k = 0; k < places.length; k += 1) {
      const place = places[k] as number;
      const before = k > 0 ? (places[k - 1] as number) : -1;
      // A tie takes the rank of the first of its sales (1, 1, 3).
      ranks[place] = before >= 0 && salesAt(before) === salesAt(place) ? (ranks[before] as number) : k + 1;
    }
  }
  return ranks;
}

/**
 * The streak of firsts including this month: 1 + last month's streak when last month (the calendar
 * month just before, no gap) was also a first place, else 1. Not first → 0.
 * @example firstStreak('张三', 1, '2026-10', [{month:'2026-09', name:'张三', salesRank:1, firstStreak:2, …}]) === 3
 */
export function firstStreak(name: string, rank: number | null, month: MonthKey, history: readonly HistoryRecord[]): number {
  if (rank !== 1) return 0;
  const before = previousMonth(month);
  const last = history.filter((h) => h.name === name && h.month === before).pop();
  if (!last || last.salesRank !== 1) return 1;
  // A record that says first place but streak 0 is inconsistent; count that month as one first.
  return Math.max(1, last.firstStreak) + 1;
}

/** @example awardFor(4, [5000, 10000, 20000]) === 20000; awardFor(0, …) === 0 */
export function awardFor(streak: number, awardsFen: readonly Fen[]): Fen {
  if (streak <= 0 || awardsFen.length === 0) return zeroFen;
  return fen(awardsFen[Math.min(streak, awardsFen.length) - 1]!);
}
