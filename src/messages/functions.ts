import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'functions.'. */
export const functionsMessages: Catalog = {};
