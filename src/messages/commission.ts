import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'commission.'. */
export const commissionMessages: Catalog = {};
