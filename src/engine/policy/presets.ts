/**
 * The registry of presets: the policy a 制度参数 sheet starts from. Registering a preset is one line
 * here.
 */
import { ecommercePreset } from './ecommerce';
import { propertyPreset } from './property';
import type { Policy, PresetId } from './types';

export const presets: Partial<Record<PresetId, Policy>> = {
  '电商客服': ecommercePreset,
  '物业客服': propertyPreset,
};

/** The default when a sheet names no preset. */
export const defaultPresetId: PresetId = '电商客服';

/**
 * The preset a sheet names, trimmed; null when it is not (yet) registered.
 * @example presetFor('电商客服') === ecommercePreset; presetFor('物业客服') === propertyPreset
 */
export function presetFor(id: string): Policy | null {
  const trimmed = id.trim();
  // An own key only ('constructor' is no preset), without listing the registry's entries per call.
  return Object.prototype.hasOwnProperty.call(presets, trimmed) ? presets[trimmed as PresetId] ?? null : null;
}

/** The registered preset ids, for a message that lists the choices. */
export function presetIds(): PresetId[] {
  return Object.keys(presets) as PresetId[];
}
