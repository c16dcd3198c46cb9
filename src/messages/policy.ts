import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'policy.'. */
export const policyMessages: Catalog = {};
