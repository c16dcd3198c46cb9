/**
 * The incident log (事件/违规/投诉): type words → rules (Q1–Q4, A4, F1–F8, B5–B10), then one
 * interpreter per kind of rule, per person and rule, in date order. Counts restart every natural
 * month (篇十五 6): only the month being closed is read.
 */
import { cellOf, type FineEntry, type Incident, type LedgerEntry } from '../model';
import type { Policy } from '../policy/types';
import { problem, type Problem } from '../result';
import type { LedgerTallies, LedgerTally } from '../scorecard';
import { monthRange, type MonthKey } from '../time';
import { typeRules, type TypeRule } from './classify';
import { applyRow, RuleRun } from './interpret';
import { FinesInLogOrder, rowsInDateOrder } from './order';

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
  const { policy, tallies } = args;
  const { firstSerial, lastSerial } = monthRange(args.month);
  const people = new Map<string, PersonRuns>();
  for (const name of args.names) people.set(name, new PersonRuns());
  const rulesOf = typeRules(policy);
  const runs: RuleRun[] = [];
  const ledger: LedgerEntry[] = [];
  const fines = new FinesInLogOrder();
  const problems: Problem[] = [];
  // One pass in the log's order (date, then row, then the type's rules): each person's run of a rule
  // takes its rows in date order, and each ledger row is made at its place in the log and goes to the
  // tallies then (no grouping first, no sort after).
  const inDateOrder = rowsInDateOrder(args.incidents, firstSerial, lastSerial);
  for (let i = 0; i < inDateOrder.length; i += 1) {
    const incident = inDateOrder[i] as Incident;
    const day = Math.floor(incident.daySerial);
    const person = day < firstSerial || day > lastSerial ? undefined : people.get(incident.name);
    if (person === undefined) continue;
    const rules = rulesOf(incident.type);
    if (rules.length === 0) problems.push(unmatchedType(incident));
    for (let r = 0; r < rules.length; r += 1) {
      const typeRule = rules[r] as TypeRule;
      const { rule, def, index } = typeRule;
      if (def === undefined) {
        problems.push(problem('warning', 'incidents.ruleUndefined', { type: incident.type.trim(), rule }, cellOf(incident.source, incident.typeCol)));
        continue;
      }
      let run = person.runs[index];
      if (run === undefined) {
        runs.push((run = person.runs[index] = new RuleRun(rule, def, runs.length)));
        // The rule takes its place in the tally at its first row, as the ledger's order gives it.
        if (tallies) run.tallySlot = (person.tally ??= tallies.tallyOf(incident.name)).slotOf(rule);
      }
      const row = applyRow(run, incident, policy, fines, typeRule.notes);
      ledger.push(row);
      if (person.tally) {
        person.tally.addPointsAt(run.tallySlot, row.points);
        if (row.action !== null) person.tally.addAction(row.action);
      }
    }
  }
  // The interpreters' problems come after the log's, run by run in the order the runs began.
  for (const run of runs) if (run.problems) for (const found of run.problems) problems.push(found);
  return { ledger, fines: fines.byDateThenCell(), problems };
}

function unmatchedType(incident: Incident): Problem {
  const code = incident.type.trim() === '' ? 'incidents.typeBlank' : 'incidents.typeUnknown';
  return problem('warning', code, { name: incident.name, type: incident.type.trim() }, cellOf(incident.source, incident.typeCol));
}

/** A person's runs, by the rule's place among the policy's rules (TypeRule.index), and tally. */
class PersonRuns {
  readonly runs: (RuleRun | undefined)[] = [];
  tally: LedgerTally | null = null;
}
