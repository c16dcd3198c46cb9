/**
 * src/sheets: grids of cells → the engine's typed rows (docs/ARCHITECTURE.md), every problem pinned
 * to its cell. Public surface only; see each module for the details.
 */
export type { Grid, MergedRange, Role, SheetDetection, MappingOverrides, TeamRead } from './types';
export { detectSheets } from './detect';
export { ownSheetNames, isOwnSheet } from './ownSheets';
export { foldText, nameKey, headerKey, toSimplified } from './fold';
export { readHistory, historyRows } from './history';
export { readTeam, type ReadTeamOptions } from './team';
export { parseDate, parseTime, type Parsed } from './values';
export { parseClock } from './clock';
export { parseNumber, parseMoney, parseCount, parseYesNo } from './numbers';
