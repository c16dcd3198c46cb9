/**
 * Rows of the 制度参数 sheet that depend on the preset's rules: each incident rule's numbers (by its
 * kind), the incident type words (`types.Q3F1` → the words that fire Q3 and F1) and which ladder
 * service complaints take (F1 or F1b).
 */
import { fail, numberCodec, ok, ruleIdCodec, wordsCodec, yesNoCodec, type Codec } from './params-codecs';
import type { ParamDef } from './params-defs';
import { ladderCodec, tiersCodec } from './params-tables';
import type { IncidentRule, Policy, RuleId } from './types';

type RuleOf<K extends IncidentRule['kind']> = Extract<IncidentRule, { kind: K }>;

function ruleField<K extends IncidentRule['kind'], F extends Exclude<keyof RuleOf<K>, 'kind'> & string>(
  id: RuleId, kind: K, name: F, codec: Codec<RuleOf<K>[F]>, zh: string, en: string, key = `${id}.${name}`,
): ParamDef {
  const current = (p: Policy): RuleOf<K> | null => {
    const rule = p.incidentRules[id];
    return rule && rule.kind === kind ? (rule as RuleOf<K>) : null;
  };
  return {
    key, rule: id, zh: `${id} ${zh}`, en: `${id} ${en}`, hint: codec.hint,
    write: (p) => { const rule = current(p); return rule ? codec.write(rule[name]) : null; },
    apply: (p, cell) => {
      const rule = current(p);
      if (!rule) return fail('policy.params.unknownKey');
      const read = codec.read(cell);
      return read.ok ? ok({ ...p, incidentRules: { ...p.incidentRules, [id]: { ...rule, [name]: read.value } } }) : read;
    },
  };
}

/** The rows for one incident rule; an absenteeism rule has no numbers of its own. */
function incidentRuleDefs(id: RuleId, rule: IncidentRule): ParamDef[] {
  switch (rule.kind) {
    case 'count-tier': return [
      ruleField(id, 'count-tier', 'perCount', numberCodec, '每次扣分', 'points per incident'),
      ruleField(id, 'count-tier', 'tiers', tiersCodec, '累计次数扣分档', 'count tiers'),
      ruleField(id, 'count-tier', 'excusedByReason', yesNoCodec, '有特殊原因可免', 'excused by a special reason'),
    ];
    case 'ladder': return [ruleField(id, 'ladder', 'ladder', ladderCodec, '第几次罚款/处理', 'ladder by nth incident')];
    case 'row-points': return [
      ruleField(id, 'row-points', 'defaultPoints', numberCodec, '默认扣分（未填分数时）', 'default points'),
      ruleField(id, 'row-points', 'minPoints', numberCodec, '最少扣分', 'least points'),
      ruleField(id, 'row-points', 'maxPoints', numberCodec, '最多扣分', 'most points'),
    ];
    case 'absenteeism': return [];
  }
}

export const typesKeyPrefix = 'types.';
export const typesKey = (rules: readonly RuleId[]): string => `${typesKeyPrefix}${rules.join('')}`;

/**
 * The rules a `types.` key names, when each is a rule of the policy: 'types.Q3F1' → ['Q3', 'F1'].
 * Lets a supervisor add a row for a new combination of rules.
 */
export function rulesOfTypesKey(key: string, policy: Policy): RuleId[] | null {
  const suffix = key.slice(typesKeyPrefix.length);
  const rules = suffix.match(/[A-Z][A-Z]?\d+[a-z]?/g) ?? [];
  if (rules.length === 0 || rules.join('') !== suffix) return null;
  return rules.every((id) => policy.incidentRules[id] !== undefined) ? rules : null;
}

/** Sets the words of the mapping with these rules, adding the mapping when there is none. */
export function applyTypeWords(policy: Policy, rules: readonly RuleId[], words: readonly string[]): Policy {
  const key = typesKey(rules);
  const index = policy.incidentTypes.findIndex((m) => typesKey(m.rules) === key);
  const incidentTypes = index < 0
    ? [...policy.incidentTypes, { words, rules }]
    : policy.incidentTypes.map((m, i) => (i === index ? { ...m, words } : m));
  return { ...policy, incidentTypes };
}

function typeDef(rules: readonly RuleId[]): ParamDef {
  return {
    key: typesKey(rules), rule: rules.join('/'), zh: `事件类型词 → ${rules.join('、')}`, en: `Incident type words → ${rules.join(', ')}`,
    hint: '事件“类型”列包含其中任何一个词就算，用顿号分隔',
    write: (p) => wordsCodec.write(p.incidentTypes.find((m) => typesKey(m.rules) === typesKey(rules))?.words ?? []),
    apply: (p, cell) => { const read = wordsCodec.read(cell); return read.ok ? ok(applyTypeWords(p, rules, read.value)) : read; },
  };
}

/** The row definition for a `types.` key the preset lacks, when its rules exist (a new combination). */
export function newTypeDef(key: string, policy: Policy): ParamDef | null {
  if (!key.startsWith(typesKeyPrefix)) return null;
  const rules = rulesOfTypesKey(key, policy);
  return rules ? typeDef(rules) : null;
}

const complaintRuleDef: ParamDef = {
  key: 'fines.complaintRule', rule: 'F1', zh: '服务投诉罚款用哪个阶梯（F1 或 F1b）', en: 'Ladder for service complaint fines (F1 or F1b)',
  hint: '规则编号，如 F1 或 F1b',
  write: (p) => p.complaintFineRule,
  apply: (p, cell) => {
    const read = ruleIdCodec.read(cell);
    if (!read.ok) return read;
    return p.incidentRules[read.value]?.kind === 'ladder' ? ok({ ...p, complaintFineRule: read.value }) : fail('policy.params.badComplaintRule');
  },
};

/**
 * Row-points rules (Q4, B5 …) whose default lies outside [min, max] after the sheet's edits: the
 * rule goes back to the preset's, and the caller reports it at the rule's default-points row.
 * @example Q4 edited to default 2, max 1 → [{ id: 'Q4', key: 'Q4.defaultPoints' }], Q4 as in the preset
 */
export function revertBadRowPoints(policy: Policy, preset: Policy): { policy: Policy; reverted: { id: RuleId; key: string }[] } {
  const reverted: { id: RuleId; key: string }[] = [];
  const incidentRules = { ...policy.incidentRules };
  for (const [id, rule] of Object.entries(policy.incidentRules)) {
    if (rule.kind !== 'row-points') continue;
    if (rule.minPoints <= rule.defaultPoints && rule.defaultPoints <= rule.maxPoints) continue;
    const original = preset.incidentRules[id];
    if (original) incidentRules[id] = original;
    reverted.push({ id, key: `${id}.defaultPoints` });
  }
  return { policy: reverted.length > 0 ? { ...policy, incidentRules } : policy, reverted };
}

/** Rows for the policy's incident types, rules and complaint ladder, in the order the sheet shows. */
export function ruleDefs(policy: Policy): ParamDef[] {
  return [
    ...policy.incidentTypes.map((m) => typeDef(m.rules)),
    ...Object.entries(policy.incidentRules).flatMap(([id, rule]) => incidentRuleDefs(id, rule)),
    // A preset without a complaint ladder (物业客服) has no F1/F1b choice to offer.
    ...(policy.incidentRules[policy.complaintFineRule] ? [complaintRuleDef] : []),
  ];
}

