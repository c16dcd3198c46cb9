import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'incidents.'. */
export const incidentsMessages: Catalog = {};
