/**
 * One interpreter per kind of incident rule (POLICY.md §2). Each takes one person's rows of one rule
 * in the month, one row at a time in date order, with that person's running count under the rule
 * (a RuleRun), and gives the row's ledger row (one per incident row, so every point and every yuan
 * traces back to its cell). Fines go to the month's fines, problems to the run.
 */
import { fenToYuan, type Fen } from '../money';
import { ladderStep, tierPoints } from '../policy/tables';
import type { ActionId, IncidentRule, LadderStep, Policy, RuleId } from '../policy/types';
import { cellOf, type Incident, type LedgerEntry } from '../model';
import { problem, type Problem } from '../result';
import { subtractPoints } from '../scorecard/points';
import type { Note, SharedNotes } from './notes';
import type { FinesInLogOrder } from './order';

/**
 * One person's rows under one rule so far this month: how many were counted, the points reached,
 * and the problems found (reported run by run, in the order the runs began, after the log's own).
 */
export class RuleRun {
  /** Rows counted: a count-tier rule's unexcused rows, a ladder's rows (the nth). */
  count = 0;
  /** A count-tier rule's points reached so far. */
  reached = 0;
  problems: Problem[] | null = null;
  /** The rule's slot in the person's scorecard tally (LedgerTally.slotOf), when closing. */
  tallySlot = -1;

  /** @param index the run's place among the month's runs, in the order of their first rows. */
  constructor(readonly rule: RuleId, readonly def: IncidentRule, readonly index: number) {}

  report(found: Problem): void {
    (this.problems ??= []).push(found);
  }
}

type RuleOf<K extends IncidentRule['kind']> = Extract<IncidentRule, { kind: K }>;

/**
 * The ledger row of the run's next row, by the kind of its rule; `notes` are those of the row's type
 * under the rule (notes.ts), shared by the rows they fit.
 * @example three 服务态度投诉 rows of 张三 through Q3's run → points 1, 1, 3
 */
export function applyRow(run: RuleRun, incident: Incident, policy: Policy, fines: FinesInLogOrder, notes: SharedNotes): LedgerEntry {
  const { def } = run;
  switch (def.kind) {
    case 'count-tier': return countTierRow(def, run, incident, notes);
    case 'row-points': return rowPointsRow(def, run, incident, notes);
    case 'ladder': return ladderRow(def, run, incident, fines, notes);
    case 'absenteeism': return absenteeismRow(policy, run, incident, notes);
  }
}

/** A ledger row for one row of a rule; only ladders (F1–F8, B7, B8) carry an amount or an action. */
function entry(incident: Incident, rule: RuleId, points: number, note: Note,
  amountFen: Fen | null = null, action: ActionId | null = null): LedgerEntry {
  return {
    daySerial: incident.daySerial, name: incident.name, rule, points,
    amountFen, action, source: incident.source, note,
  };
}

/**
 * Q1–Q3: the month's total is max(perCount × count, highest tier reached); each row carries the
 * increase it caused, so the rows sum to the total (Q3: 1, 1, 3, 0, 5 → 10). A row with a reason
 * is excused when the rule says so (Q1 "without a special reason"): 0 points, not counted.
 * @example three Q1 rows, no reasons → points 0, 0, 5
 */
function countTierRow(rule: RuleOf<'count-tier'>, run: RuleRun, incident: Incident, notes: SharedNotes): LedgerEntry {
  const reason = incident.reason?.trim() ?? '';
  if (rule.excusedByReason && reason !== '') {
    return entry(incident, run.rule, 0, { code: 'incidents.note.excused', params: { type: incident.type, reason } });
  }
  run.count += 1;
  const reached = tierPoints(rule.perCount, rule.tiers, run.count);
  const points = subtractPoints(reached, run.reached);
  run.reached = reached;
  // The nth row's total is the tiers' at n: the same note for every run of the type.
  const note = notes.ofNth(run.count) ?? notes.keepNth(run.count, {
    code: 'incidents.note.countTier', params: { type: incident.type, nth: run.count, total: reached },
  });
  return entry(incident, run.rule, points, note);
}

/**
 * Q4, B5, B6, B9, B10: the row's own points, or the default when blank; a value outside
 * [min, max] is a warning and is clamped (Q4: 2 → 1).
 * @example Q4 row with points 0.8 → 0.8; blank → 0.5; 2 → 1 and a warning
 */
function rowPointsRow(rule: RuleOf<'row-points'>, run: RuleRun, incident: Incident, notes: SharedNotes): LedgerEntry {
  // B10: a praise rule (points below 0) reads a positive 扣分 as the size of the praise (+8 → −8).
  const own = incident.points !== null && rule.maxPoints < 0 && incident.points > 0 ? -incident.points : incident.points;
  const written = own ?? rule.defaultPoints;
  const points = Math.min(rule.maxPoints, Math.max(rule.minPoints, written));
  if (points !== written) {
    run.report(problem('warning', 'incidents.pointsOutOfRange',
      { rule: run.rule, points: written, min: rule.minPoints, max: rule.maxPoints, used: points },
      cellOf(incident.source, incident.pointsCol)));
  }
  const note = notes.ofPoints(points) ?? notes.keepPoints({ code: 'incidents.note.rowPoints', params: { type: incident.type, points } });
  return entry(incident, run.rule, points, note);
}

/** A4 from the incident log (擅离岗位 …): one absenteeism each, valued by the attendance policy. */
function absenteeismRow(policy: Policy, run: RuleRun, incident: Incident, notes: SharedNotes): LedgerEntry {
  const points = policy.attendance.absenteeismPoints;
  const note = notes.ofPoints(points) ?? notes.keepPoints({ code: 'incidents.note.absenteeism', params: { type: incident.type, points } });
  return entry(incident, run.rule, points, note);
}

/**
 * F1–F8, B7, B8: the nth incident of the month takes the ladder's nth step. A step that is only an
 * action (withhold pay, dismissal) has no amount: it is a flag, never a figure. A row's own amount
 * does not override the ladder; when it disagrees the supervisor is told (info).
 * @example F2 rows 1…5 → 30, 50, 80 yuan, then withhold-pay, then dismissal
 */
function ladderRow(rule: RuleOf<'ladder'>, run: RuleRun, incident: Incident, fines: FinesInLogOrder, notes: SharedNotes): LedgerEntry {
  const ruleId = run.rule;
  const nth = (run.count += 1);
  const ladderAt = ladderStep(rule.ladder, nth);
  const rangeProblem = rowPointsProblem(ladderAt, incident, ruleId);
  if (rangeProblem) run.report(rangeProblem);
  const step = withRowPoints(ladderAt, incident);
  const amountFen: Fen | null = step.fineFen > 0 ? step.fineFen : null;
  // The ledger row shows points and amount in their own columns; the note names what happened.
  // The nth step's note is the same for every run of the type, unless the row's own 扣分 set the points (B8).
  const shared = step === ladderAt ? notes.ofNth(nth) : undefined;
  const note = shared ?? ladderNote(incident, nth, step, amountFen);
  if (shared === undefined && step === ladderAt) notes.keepNth(nth, note);
  const row = entry(incident, ruleId, step.points, note, amountFen, step.action);
  // A points-only step (B7's first call) is not a fine: the fines sheet lists money and actions.
  if (amountFen !== null || step.action !== null) {
    fines.add({ name: incident.name, daySerial: incident.daySerial, rule: ruleId, nth, amountFen,
      action: step.action, source: incident.source }, run);
  }
  const disagreement = amountProblem(incident, ruleId, nth, amountFen);
  if (disagreement) run.report(disagreement);
  return row;
}

function ladderNote(incident: Incident, nth: number, step: LadderStep, amountFen: Fen | null): Note {
  const code = ladderNoteCodes[step.action ?? (amountFen !== null ? 'fine' : 'points')];
  return { code, params: { type: incident.type, nth, amount: amountFen === null ? 0 : fenToYuan(amountFen), points: step.points } };
}

/** The note codes of ladder rows, written once rather than built per row. */
const ladderNoteCodes: Record<ActionId | 'fine' | 'points', string> = {
  fine: 'incidents.note.ladder.fine', points: 'incidents.note.ladder.points',
  warning: 'incidents.note.ladder.warning', demerit: 'incidents.note.ladder.demerit',
  'withhold-pay': 'incidents.note.ladder.withhold-pay', dismissal: 'incidents.note.ladder.dismissal',
};

/**
 * B8: a step with a range of points takes the row's own 扣分 within [points, maxPoints]; blank takes
 * the lower bound, outside the range is clamped and reported like Q4's.
 */
function withRowPoints(step: LadderStep, incident: Incident): LadderStep {
  const written = incident.points;
  if (step.maxPoints === undefined || written === null) return step;
  return { ...step, points: Math.min(step.maxPoints, Math.max(step.points, written)) };
}

/** The warning for a B8 row whose own 扣分 is outside the step's range, or null. */
function rowPointsProblem(step: LadderStep, incident: Incident, rule: RuleId): Problem | null {
  const written = incident.points;
  if (step.maxPoints === undefined || written === null) return null;
  const points = Math.min(step.maxPoints, Math.max(step.points, written));
  return points === written ? null : problem('warning', 'incidents.pointsOutOfRange',
    { rule, points: written, min: step.points, max: step.maxPoints, used: points },
    cellOf(incident.source, incident.pointsCol));
}

function amountProblem(incident: Incident, rule: RuleId, nth: number, ladderFen: Fen | null): Problem | null {
  const written = incident.amountFen;
  if (written === null || written === (ladderFen ?? 0)) return null;
  const cell = cellOf(incident.source, incident.amountCol);
  const params = { rule, nth, written: fenToYuan(written) };
  return ladderFen === null
    ? problem('info', 'incidents.amountOnAction', params, cell)
    : problem('info', 'incidents.amountDiffers', { ...params, ladder: fenToYuan(ladderFen) }, cell);
}
