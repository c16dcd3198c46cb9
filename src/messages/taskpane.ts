import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'taskpane.'. */
export const taskpaneMessages: Catalog = {};
