/**
 * Incident type → rule ids, by the policy's mapping table (POLICY.md §2 "Incident types → rules").
 * The readers have already folded traditional characters and trimmed; a type matches a mapping when
 * it contains any of its words, and one row may hit several rules (服务态度投诉 → Q3 and F1).
 */
import type { IncidentRule, Policy, RuleId } from '../policy/types';
import { SharedNotes } from './notes';

/** A mapping's words trimmed, blanks left out: what a type is searched for. */
interface Mapping {
  readonly words: readonly string[];
  readonly rules: readonly RuleId[];
}

/** Trimmed once per policy (a policy is never changed once made), not per type and close. */
const mappingsByPolicy = new WeakMap<Policy, readonly Mapping[]>();

function mappingsOf(policy: Policy): readonly Mapping[] {
  let mappings = mappingsByPolicy.get(policy);
  if (mappings === undefined) {
    mappings = policy.incidentTypes.map((m) => ({
      words: m.words.map((word) => word.trim()).filter((word) => word !== ''),
      rules: m.rules.map((rule) => (rule === 'F1' ? policy.complaintFineRule : rule)),
    }));
    mappingsByPolicy.set(policy, mappings);
  }
  return mappings;
}

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
  for (const mapping of mappingsOf(policy)) {
    if (!mapping.words.some((word) => text.includes(word))) continue;
    for (const id of mapping.rules) if (!rules.includes(id)) rules.push(id);
  }
  return rules;
}

/**
 * A rule a type fires, with its definition in the policy (undefined: the policy lacks it) and its
 * place among the policy's rules (a person's runs are kept by it: no search by rule id per row).
 */
export interface TypeRule {
  readonly rule: RuleId;
  readonly def: IncidentRule | undefined;
  readonly index: number;
  /** The notes this type's rows of the rule share (notes.ts), kept as long as the type's rules are. */
  readonly notes: SharedNotes;
}

/**
 * rulesForType with each rule's definition, remembered per policy and type (a log repeats a handful
 * of type words thousands of times, month after month; a policy is never changed once made). Bounded
 * like the sheets' per-text memos: cleared when full.
 */
export function typeRules(policy: Policy): (type: string) => readonly TypeRule[] {
  let byType = typeRulesByPolicy.get(policy);
  if (byType === undefined) typeRulesByPolicy.set(policy, (byType = new Map()));
  const known = byType;
  return (type) => {
    let rules = known.get(type);
    if (rules === undefined) {
      // Listed only for a type not remembered yet: once per close it was an array made for nothing.
      const ruleIds = Object.keys(policy.incidentRules);
      rules = rulesForType(type, policy).map((rule) => ({
        rule, def: policy.incidentRules[rule], index: ruleIds.indexOf(rule), notes: new SharedNotes(),
      }));
      if (known.size >= typesRemembered) known.clear();
      known.set(type, rules);
    }
    return rules;
  };
}

const typeRulesByPolicy = new WeakMap<Policy, Map<string, readonly TypeRule[]>>();
const typesRemembered = 2000;
