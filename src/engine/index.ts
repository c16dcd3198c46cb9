/**
 * The engine's public API: the pure policy engine the sheets readers, report, app, custom functions
 * and command line build on. Import from here rather than from a module's files.
 */
export * from './cells';
export * from './money';
export * from './time';
export * from './result';
export * from './model';
export * from './policy';
export { assessAttendance } from './attendance';
export { assessIncidents, rulesForType } from './incidents';
export { computeCommission } from './commission';
export { computePay, checkBusinessTargets } from './pay';
export { scorePerson, verdictFor, sumPoints, type Score } from './scorecard';
export { closeMonth } from './close';
