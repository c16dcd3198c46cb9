/**
 * Scorecard points are halves and whole numbers (0.5, 1, 5 …): sums are kept in integer hundredths
 * so that 0.1-style float drift never shows up as 8.499999 on the scorecard.
 */

const hundredthsPerPoint = 100;

/** @example toHundredths(0.5) === 50 */
export function toHundredths(points: number): number {
  return Math.round(points * hundredthsPerPoint);
}

/** @example fromHundredths(850) === 8.5 */
export function fromHundredths(hundredths: number): number {
  return hundredths / hundredthsPerPoint;
}

/**
 * Sum of points, exact to the hundredth.
 * @example sumPoints([0.1, 0.2]) === 0.3  // not 0.30000000000000004
 */
export function sumPoints(points: readonly number[]): number {
  let total = 0;
  for (const p of points) total += toHundredths(p);
  return fromHundredths(total);
}

/** a − b, exact to the hundredth. @example subtractPoints(5, 2) === 3 */
export function subtractPoints(a: number, b: number): number {
  return fromHundredths(toHundredths(a) - toHundredths(b));
}
