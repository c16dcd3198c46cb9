import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'cli.'. */
export const cliMessages: Catalog = {};
