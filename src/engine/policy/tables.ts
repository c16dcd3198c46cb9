/**
 * One small interpreter per kind of policy table, and the checks run when a policy is loaded:
 * tiers and bands sorted with no gaps or overlaps, ladders non-empty.
 */
import { fen } from '../money';
import type { Ladder, LadderStep, LateBand, Tier } from './types';

/**
 * The step the nth incident of a month takes (n from 1).
 * @example ladderStep(F2, 4).action === 'withhold-pay'; ladderStep(F1b, 3).fineFen === 8000
 */
export function ladderStep(ladder: Ladder, nth: number): LadderStep {
  const last = ladder.steps[ladder.steps.length - 1];
  if (!last || nth < 1) throw new Error('ladder needs steps and nth ≥ 1');
  const step = ladder.steps[nth - 1];
  if (step) return step;
  if (ladder.beyond === 'repeat-last') return last;
  const doublings = nth - ladder.steps.length;
  return { ...last, fineFen: fen(last.fineFen * 2 ** doublings) };
}

/**
 * Points for `count` incidents under a count-tier rule: max(perCount × count, highest tier reached).
 * @example tierPoints(1, [{atLeast:3,points:5},{atLeast:5,points:10}], 4) === 5  // Q3
 */
export function tierPoints(perCount: number, tiers: readonly Tier[], count: number): number {
  let tierValue = 0;
  for (const tier of tiers) if (count >= tier.atLeast) tierValue = Math.max(tierValue, tier.points);
  return Math.max(perCount * count, tierValue);
}

/** The band a lateness falls in, or null when it is not late (0 minutes or within grace). */
export function lateBandFor(bands: readonly LateBand[], lateMinutes: number): LateBand | null {
  for (const band of bands) {
    if (lateMinutes >= band.fromMinutes && (band.toMinutes === null || lateMinutes <= band.toMinutes)) return band;
  }
  return null;
}

/** Problems with a set of late bands, as message codes; empty when the bands are sound. */
export function checkLateBands(bands: readonly LateBand[]): string[] {
  const issues: string[] = [];
  if (bands.length === 0) return ['policy.lateBands.empty'];
  if (bands[0]!.fromMinutes < 1) issues.push('policy.lateBands.startsBelowOne');
  bands.forEach((band, i) => {
    const next = bands[i + 1];
    if (band.toMinutes !== null && band.toMinutes < band.fromMinutes) issues.push('policy.lateBands.inverted');
    if (next && band.toMinutes === null) issues.push('policy.lateBands.openBeforeLast');
    if (next && band.toMinutes !== null && next.fromMinutes !== band.toMinutes + 1) issues.push('policy.lateBands.gapOrOverlap');
  });
  return issues;
}

/** Tiers must rise in both count and points, so that a ladder never goes down as counts rise. */
export function checkTiers(tiers: readonly Tier[]): string[] {
  const issues: string[] = [];
  tiers.forEach((tier, i) => {
    const prev = tiers[i - 1];
    if (tier.atLeast < 1) issues.push('policy.tiers.belowOne');
    if (prev && (tier.atLeast <= prev.atLeast || tier.points < prev.points)) issues.push('policy.tiers.notRising');
  });
  return issues;
}

export function checkLadder(ladder: Ladder): string[] {
  if (ladder.steps.length === 0) return ['policy.ladder.empty'];
  return ladder.steps.some((s) => s.fineFen < 0) ? ['policy.ladder.negative'] : [];
}
