import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'sheets.'. */
export const sheetsMessages: Catalog = {};
