/** K1 conversion and the K2 rate it selects, compared in integers so that 70 % is exactly 70 %. */
import { bpPerWhole, type RateBp } from '../money';
import type { CommissionParams } from '../policy/types';

/**
 * K1: buyers ÷ inquiries from the counts (never an export's rounded rate); null with no inquiries
 * or no buyers count, which K2 pays at the lower rate.
 * @example conversionOf(90, 120) === 0.75; conversionOf(0, 0) === null
 */
export function conversionOf(buyers: number | null, inquiries: number | null): number | null {
  if (inquiries === null || inquiries <= 0 || buyers === null) return null;
  return buyers / inquiries;
}

/**
 * K2: below the threshold → lowRateBp, at or above → highRateBp. The comparison is
 * buyers × 10000 ≥ thresholdBp × inquiries, on integers, so 70 of 100 is not "below 70 %".
 * @example rateFor(70, 100, ecommerce) === 150; rateFor(6999, 10000, ecommerce) === 100
 */
export function rateFor(buyers: number | null, inquiries: number | null, params: CommissionParams): RateBp {
  if (conversionOf(buyers, inquiries) === null) return params.lowRateBp;
  return buyers! * bpPerWhole >= params.thresholdBp * inquiries! ? params.highRateBp : params.lowRateBp;
}
