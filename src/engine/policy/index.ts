export * from './types';
export { ecommercePreset } from './ecommerce';
export { ladderStep, tierPoints, lateBandFor, checkLateBands, checkTiers, checkLadder } from './tables';
