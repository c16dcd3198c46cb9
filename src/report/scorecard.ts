/**
 * 计分表 Scorecard (POLICY.md §4): one row per person — base, one column per deduction rule, total
 * deducted, final score, verdict (V1), actions. Rows with a verdict are highlighted: amber for a
 * warning, red for a penalty or severe penalty.
 */
import type { MonthResult, PersonResult, Verdict } from '../engine/model';
import type { Policy, RuleId } from '../engine/policy/types';
import { message, type Lang } from '../messages';
import { actionWord, columnWidths, header, pointsCell, ruleLabel } from './format';
import type { Highlight, ReportCell, SheetTable } from './types';

/**
 * The rules that can cost points under this policy: late bands, absenteeism, leave beyond the
 * allowance, early leave when it costs points, and every incident rule that is not money-only.
 */
export function pointRulesOf(policy: Policy): RuleId[] {
  const a = policy.attendance;
  const rules: RuleId[] = a.lateBands.filter((band) => band.points !== 0).map((band) => band.rule);
  if (a.absenteeismPoints !== 0) rules.push(a.absenteeismRule);
  // A5 only when the allowance can run out within a month (物业客服 has no leave limit: 31).
  if (a.absencePoints !== 0 && a.leaveAllowance < 31) rules.push(a.leaveBeyondRule);
  if (a.earlyLeavePoints !== 0) rules.push(a.earlyLeaveRule);
  for (const [rule, def] of Object.entries(policy.incidentRules)) {
    const costsPoints = def.kind !== 'ladder' || def.ladder.steps.some((step) => step.points !== 0);
    // Money-only ladders (F1–F8) belong on the fines sheet, not here; B7/B8 ladders carry points.
    if (costsPoints) rules.push(rule);
  }
  return [...new Set(rules)];
}

// One collator for every comparison: localeCompare with options builds a new one per call (measured hot).
const ruleIdCollator = new Intl.Collator('en', { numeric: true });

/** Natural order of rule ids: letter, then number (A1 < A2 < A10 < B1 < Q1). */
export function compareRuleIds(a: RuleId, b: RuleId): number {
  return ruleIdCollator.compare(a, b);
}

/** Per policy: its point rules in column order, and as a set (the policy's objects are readonly). */
const policyColumns = new WeakMap<Policy, { readonly ordered: readonly RuleId[]; readonly rules: ReadonlySet<RuleId> }>();

/**
 * The deduction columns: every point rule of the policy, plus any rule that cost someone points
 * this month although the policy does not list it (so no deduction is ever hidden).
 */
export function deductionColumns(result: MonthResult, policy: Policy): RuleId[] {
  // Ordered once per policy: the collator's compare is slow, and a month seldom adds a rule.
  let columns = policyColumns.get(policy);
  if (columns === undefined) {
    const rules = pointRulesOf(policy);
    columns = { ordered: [...rules].sort(compareRuleIds), rules: new Set(rules) };
    policyColumns.set(policy, columns);
  }
  let rules: Set<RuleId> | null = null;
  for (const person of result.people) {
    for (const rule of Object.keys(person.points)) {
      if (columns.rules.has(rule)) continue;
      rules ??= new Set(columns.ordered);
      rules.add(rule);
    }
  }
  return rules === null ? [...columns.ordered] : [...rules].sort(compareRuleIds);
}

/** Verdict words already worded, per language: the 计分表 and the statements word one per person. */
const verdictWords: Record<Lang, Map<Verdict, string>> = { zh: new Map(), en: new Map() };

export function verdictWord(verdict: Verdict, lang: Lang): string {
  let word = verdictWords[lang].get(verdict);
  if (word === undefined) {
    word = message(`report.verdict.${verdict}`, {}, lang);
    verdictWords[lang].set(verdict, word);
  }
  return word;
}

function toneOf(verdict: Verdict): Highlight['tone'] | null {
  if (verdict === 'warning') return 'amber';
  return verdict === 'penalty' || verdict === 'severe' ? 'red' : null;
}

function personRow(person: PersonResult, rules: readonly RuleId[], withGroup: boolean, lang: Lang): ReportCell[] {
  const row: ReportCell[] = [person.name];
  if (withGroup) row.push(person.group);
  row.push(pointsCell(person.baseScore));
  // A rule that cost nothing is left blank, so the few deductions stand out (SUM reads blanks as 0).
  for (const rule of rules) {
    const points = person.points[rule] ?? 0;
    row.push(points === 0 ? null : pointsCell(points));
  }
  row.push(pointsCell(person.deducted), pointsCell(person.score), verdictWord(person.verdict, lang));
  row.push(person.actions.map((action) => actionWord(action, lang)).join('、') || null);
  return row;
}

/**
 * Builds the 计分表.
 * @example a person with A1 1.0 and Q4 0.5 on a 10-point base → row ['张三', 10, …, 1.5, 8.5, '正常', null]
 */
export function scorecardTable(result: MonthResult, policy: Policy, name: string, lang: Lang): SheetTable {
  const rules = deductionColumns(result, policy);
  const withGroup = result.people.some((person) => person.group !== null);
  const head: ReportCell[] = [header('report.col.name', lang)];
  if (withGroup) head.push(header('report.col.group', lang));
  head.push(header('report.col.base', lang), ...rules.map((rule) => ruleLabel(rule, lang)));
  head.push(header('report.col.deducted', lang), header('report.col.score', lang));
  head.push(header('report.col.verdict', lang), header('report.col.actions', lang));
  const rows: ReportCell[][] = [head];
  const highlights: Highlight[] = [];
  for (const person of result.people) {
    rows.push(personRow(person, rules, withGroup, lang));
    const tone = toneOf(person.verdict);
    if (tone) highlights.push({ row: rows.length - 1, tone });
  }
  return { name, kind: 'scorecard', hidden: false, rows, highlights, columnWidths: columnWidths(rows), headerRows: 1 };
}
