/**
 * Money as integer fen (分). Yuan exist only at the edges (readers and writers); every sum and rate
 * inside the engine is on integers, rounded half-up once, where the rule says so.
 */

/** An amount of money in fen (1 yuan = 100 fen), always an integer. */
export type Fen = number & { readonly __brand: 'Fen' };

/** A rate in basis points: 150 is 1.5 %, 7000 is 70 %. */
export type RateBp = number;

export const fenPerYuan = 100;
export const bpPerWhole = 10000;

/** Brands an integer as fen; a fraction is a programmer error. */
export function fen(amount: number): Fen {
  if (!Number.isSafeInteger(amount)) throw new Error(`fen must be an integer, got ${amount}`);
  return amount as Fen;
}

export const zeroFen = fen(0);

/**
 * Divides two integers and rounds half away from zero (half-up for amounts ≥ 0).
 * @example roundHalfUp(5, 2) === 3; roundHalfUp(-5, 2) === -3; roundHalfUp(228457, 1000) === 228
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new Error('denominator must be positive');
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const whole = Math.floor(abs / denominator);
  const rest = abs - whole * denominator;
  return sign * (rest * 2 >= denominator ? whole + 1 : whole);
}

/**
 * Yuan (as read from a cell) to fen. Returns null when the value has more than two decimals of
 * yuan, which is a problem for the reader to report rather than a silent rounding.
 * @example yuanToFen(1234.5) === 123450; yuanToFen(0.125) === null
 */
export function yuanToFen(yuan: number): Fen | null {
  if (!Number.isFinite(yuan)) return null;
  const scaled = yuan * fenPerYuan;
  const rounded = Math.round(scaled);
  // 0.1 + 0.2 style float noise is not "more than two decimals"; a real third decimal is.
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) return null;
  return fen(rounded);
}

/** Fen to yuan for display and JSON; exact because fen are integers. */
export function fenToYuan(amount: Fen): number {
  return amount / fenPerYuan;
}

/**
 * Applies a rate to an amount, rounding half-up once.
 * @example applyRateBp(fen(1523050), 150) === 22846  // 15230.50 × 1.5 % = 228.4575 → 228.46
 */
export function applyRateBp(amount: Fen, rateBp: RateBp): Fen {
  return fen(roundHalfUp(amount * rateBp, bpPerWhole));
}

export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const amount of amounts) total += amount;
  return fen(total);
}
