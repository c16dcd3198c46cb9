import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'report.'. */
export const reportMessages: Catalog = {};
