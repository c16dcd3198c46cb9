/**
 * The figures the pane shows after a close: counted in src/app/closeSummary (the same for every
 * host), formatted here.
 */
export { summarize, failedSummary } from '../app/closeSummary';

/** Fen as yuan text with two decimals and thousands separators, without floating error. @example yuanText(123456) === '1,234.56' */
export function yuanText(amountFen: number): string {
  const sign = amountFen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(amountFen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${(abs % 100).toString().padStart(2, '0')}`;
}
