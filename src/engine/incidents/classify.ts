/**
 * Incident type → rule ids, by the policy's mapping table (POLICY.md §2 "Incident types → rules").
 * The readers have already folded traditional characters and trimmed; a type matches a mapping when
 * it contains any of its words, and one row may hit several rules (服务态度投诉 → Q3 and F1).
 */
import type { Policy, RuleId } from '../policy/types';

/**
 * The rule ids an incident type fires, in mapping order, without duplicates. Service complaints
 * are mapped to 'F1' in the table; the fine ladder they take is `policy.complaintFineRule`
 * (F1, or the F1b doubling ladder a team may choose instead).
 * @example rulesForType('服务态度投诉', ecommercePreset) → ['Q3', 'F1']
 * @example rulesForType('服务态度投诉', { ...ecommercePreset, complaintFineRule: 'F1b' }) → ['Q3', 'F1b']
 * @example rulesForType('迟交', ecommercePreset) → []
 */
export function rulesForType(type: string, policy: Policy): RuleId[] {
  const text = type.trim();
  const rules: RuleId[] = [];
  if (text === '') return rules;
  for (const mapping of policy.incidentTypes) {
    const hit = mapping.words.some((word) => word.trim() !== '' && text.includes(word.trim()));
    if (!hit) continue;
    for (const rule of mapping.rules) {
      const id = rule === 'F1' ? policy.complaintFineRule : rule;
      if (!rules.includes(id)) rules.push(id);
    }
  }
  return rules;
}
