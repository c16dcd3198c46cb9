/**
 * The incident log (事件/违规/投诉): type words → rules (Q1–Q4, A4, F1–F8, B5–B10), then one
 * interpreter per kind of rule, per person and rule, in date order. Counts restart every natural
 * month (篇十五 6): only the month being closed is read.
 */
import type { FineEntry, Incident, LedgerEntry } from '../model';
import type { Policy, RuleId } from '../policy/types';
import { problem, type Problem } from '../result';
import type { LedgerTallies } from '../scorecard';
import { monthRange, type MonthKey } from '../time';
import { rulesForType } from './classify';
import { FinesInLogOrder, rowsInDateOrder } from './order';
import { applyAbsenteeism, applyCountTier, applyLadder, applyRowPoints, type Applied, type RuleHits } from './interpret';

export { rulesForType } from './classify';

/**
 * Applies the incident rules to one month of the incident log. Rows outside `month` or for names
 * not in `names` are skipped (the readers report unknown names); a type that matches no mapping is
 * a warning at its cell and is not counted.
 * @example three 服务态度投诉 rows for 张三 in 2026-10 (ecommerce preset):
 *   ledger Q3 points 1, 1, 3 (total 5) and F1 100, 200 yuan then a dismissal flag; fines has 3 rows.
 */
export function assessIncidents(args: {
  month: MonthKey; names: readonly string[]; incidents: readonly Incident[]; policy: Policy;
  /** The month's scorecard tallies, when closing: each ledger row is added as it is made. */
  tallies?: LedgerTallies;
}): { ledger: LedgerEntry[]; fines: FineEntry[]; problems: Problem[] } {
  const { policy } = args;
  const { groups, hitCount, problems } = collectHits(args);
  // One slot per hit: a hit's place in the log (date, then row, then rule) is known and every
  // interpreter gives one ledger row per hit, so each row goes straight to its place (no sort).
  const ledgerSlots = new Array<LedgerEntry | undefined>(hitCount);
  const fines = new FinesInLogOrder(hitCount);
  // Rows are made person and rule by person and rule: their points go to the tallies then (each
  // person's rules come in the order of their first row, as in the ledger), their actions after, in
  // the log's order.
  const { tallies } = args;
  const actionSlots: number[] = [];
  for (const group of groups) {
    const rule = policy.incidentRules[group.rule];
    if (!rule) continue;
    const applied: Applied =
      rule.kind === 'count-tier' ? applyCountTier(rule, group)
      : rule.kind === 'row-points' ? applyRowPoints(rule, group)
      : rule.kind === 'ladder' ? applyLadder(rule, group)
      : applyAbsenteeism(policy, group);
    const rows = applied.ledger;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      ledgerSlots[group.orders[i]!] = row;
      tallies?.addPoints(row);
      if (row.action !== null) actionSlots.push(group.orders[i]!);
    }
    applied.fines.forEach((fine, i) => fines.add(fine, group.orders[applied.fineHits[i]!]!));
    for (const p of applied.problems) problems.push(p);
  }
  if (tallies) {
    for (const slot of actionSlots.sort((a, b) => a - b)) {
      const row = ledgerSlots[slot]!;
      tallies.addAction(row.name, row.action!);
    }
  }
  const ledger = ledgerSlots.filter((entry): entry is LedgerEntry => entry !== undefined);
  return { ledger, fines: fines.byDateThenCell(), problems };
}

/**
 * The rows of this month and these people, grouped by person and rule, each group in date then row
 * order and the groups in the order their first row comes (no "name + rule" key string per row).
 */
function collectHits(args: {
  month: MonthKey; names: readonly string[]; incidents: readonly Incident[]; policy: Policy;
}): { groups: RuleHits[]; hitCount: number; problems: Problem[] } {
  const { firstSerial, lastSerial } = monthRange(args.month);
  const known = new Set(args.names);
  const groups: RuleHits[] = [];
  const groupsByName = new Map<string, Map<RuleId, RuleHits>>();
  let hitCount = 0;
  const problems: Problem[] = [];
  // A log repeats a handful of type words thousands of times: each is matched against the table,
  // and its rules looked up in the policy, once.
  const rulesByType = new Map<string, { rule: RuleId; defined: boolean }[]>();
  const rulesOf = (type: string): { rule: RuleId; defined: boolean }[] => {
    let rules = rulesByType.get(type);
    if (rules === undefined) {
      rules = rulesForType(type, args.policy).map((rule) => ({ rule, defined: Boolean(args.policy.incidentRules[rule]) }));
      rulesByType.set(type, rules);
    }
    return rules;
  };
  const inDateOrder = rowsInDateOrder(args.incidents, firstSerial, lastSerial);
  for (let i = 0; i < inDateOrder.length; i += 1) {
    const incident = inDateOrder[i] as Incident;
    const day = Math.floor(incident.daySerial);
    if (day < firstSerial || day > lastSerial || !known.has(incident.name)) continue;
    const cell = incident.typeCell ?? incident.source;
    const rules = rulesOf(incident.type);
    if (rules.length === 0) {
      const code = incident.type.trim() === '' ? 'incidents.typeBlank' : 'incidents.typeUnknown';
      problems.push(problem('warning', code, { name: incident.name, type: incident.type.trim() }, cell));
    }
    let byRule: Map<RuleId, RuleHits> | undefined;
    for (const { rule, defined } of rules) {
      if (!defined) {
        problems.push(problem('warning', 'incidents.ruleUndefined', { type: incident.type.trim(), rule }, cell));
        continue;
      }
      if (byRule === undefined) {
        byRule = groupsByName.get(incident.name);
        if (byRule === undefined) groupsByName.set(incident.name, (byRule = new Map()));
      }
      let group = byRule.get(rule);
      if (group === undefined) {
        byRule.set(rule, (group = { rule, incidents: [], orders: [] }));
        groups.push(group);
      }
      group.incidents.push(incident);
      group.orders.push(hitCount++);
    }
  }
  return { groups, hitCount, problems };
}
