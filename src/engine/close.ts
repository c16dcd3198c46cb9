/**
 * closeMonth: the whole engine for one month. Attendance (A1–A7, R1, B1–B4), the incident log
 * (Q1–Q4, A4, F1–F8, B5–B10) and commission (K1–K5) feed the scorecard (V1) and pay (P1–P3), then
 * the business targets (P4–P6); the history gets this month's records.
 */
import { assessAttendance } from './attendance';
import { computeCommission } from './commission';
import { assessIncidents } from './incidents';
import type { CommissionResult, FineEntry, HistoryRecord, LedgerEntry, MonthInput, MonthResult, Person, PersonResult } from './model';
import { fen, zeroFen, type Fen } from './money';
import { checkBusinessTargets, computePay } from './pay';
import type { Policy } from './policy/types';
import { problem, type Problem } from './result';
import { LedgerTallies, scoreTally, type LedgerTally } from './scorecard';
import { parseMonthKey, type MonthKey } from './time';

/**
 * Closes `input.month` under `policy`. Problems of every module are returned, never thrown.
 * Re-closing a month replaces that month's history records and leaves every other month alone.
 * @example closeMonth({ month: '2026-10', people: [张三], incidents: [3 × 交接未录入], … }, ecommercePreset)
 *   → people[0].finesFen 16000 (30 + 50 + 80 yuan), fundFen 16000, history + { month: '2026-10', name: '张三', …, finesFen: 16000 }
 */
export function closeMonth(input: MonthInput, policy: Policy): MonthResult {
  const { month } = input;
  const people = teamOf(input);
  const names = people.map((p) => p.name);
  const monthIndexOf = monthIndexer();
  const history = otherMonths(input.history, month, monthIndexOf);
  // The scorecard's tallies take the ledger's rows in the ledger's order: attendance, incidents, then
  // commission; the two big modules add their rows as they make them.
  const tallies = new LedgerTallies();
  const attendance = assessAttendance({ month, names, rota: input.rota, attendance: input.attendance, policy });
  tallies.addAll(attendance.ledger);
  const incidents = assessIncidents({ month, names, incidents: input.incidents, policy, tallies });
  const commission = computeCommission({
    month, people, salesFigures: input.salesFigures, salesOrders: input.salesOrders, history, policy, tallies,
  });
  const ledger = attendance.ledger.concat(incidents.ledger, commission.ledger);
  const fines = byDay(incidents.fines, finesFromLedger(attendance.ledger));
  const problems: Problem[] = names.length === 0 ? [problem('error', 'close.noPeople')] : [];
  problems.push(...attendance.problems, ...incidents.problems, ...commission.problems);

  const finesFenByName = finesFenOf(fines);
  const results: PersonResult[] = [];
  for (let i = 0; i < people.length; i += 1) {
    const person = people[i] as Person;
    results.push(personResult({ person, tally: tallies.of(person.name),
      finesFen: fen(finesFenByName.get(person.name)?.fen ?? 0), month, history, policy,
      commission: commission.byName.get(person.name) ?? noCommission(policy) }, problems));
  }
  const targets = checkBusinessTargets({ people: results, policy });
  problems.push(...targets.problems);
  for (const entry of targets.ledger) ledger.push(entry);

  // The fines go into the history too, so a later month's 看板 can chart this month's fines.
  const records: HistoryRecord[] = results.map((r) => ({ month, name: r.name, score: r.score, verdict: r.verdict,
    salesRank: r.commission.rank, firstStreak: r.commission.firstStreak, preset: policy.preset, finesFen: r.finesFen }));
  let fundFen = 0;
  for (let i = 0; i < fines.length; i += 1) fundFen += (fines[i] as FineEntry).amountFen ?? zeroFen;
  return {
    month, preset: policy.preset, people: results, fines, ledger, fundFen: fen(fundFen), problems,
    history: sortByMonth([...history, ...records], monthIndexOf),
  };
}

/** One person's result; pay's problems are added to `problems`. */
function personResult(args: {
  person: Person; tally: LedgerTally; finesFen: Fen; month: MonthKey;
  history: readonly HistoryRecord[]; policy: Policy; commission: CommissionResult;
}, problems: Problem[]): PersonResult {
  const { person, commission, policy, finesFen } = args;
  const score = scoreTally(args.tally, { name: person.name, month: args.month, history: args.history, policy });
  const pay = computePay({ person, commission, finesFen, policy });
  for (const found of pay.problems) problems.push(found);
  // The score's fields written out, not spread: a spread per person copied them one by one.
  return { name: person.name, group: person.group, baseScore: score.baseScore, points: score.points,
    deducted: score.deducted, score: score.score, verdict: score.verdict, actions: score.actions, commission, finesFen,
    baseFen: pay.baseFen, mealFen: pay.mealFen, payFen: pay.payFen };
}

/** Each name's fines in fen, added in the fines' order (one look-up per fine: the total is a box). */
function finesFenOf(fines: readonly FineEntry[]): Map<string, { fen: number }> {
  const totals = new Map<string, { fen: number }>();
  for (let i = 0; i < fines.length; i += 1) {
    const fine = fines[i] as FineEntry;
    const total = totals.get(fine.name);
    if (total === undefined) totals.set(fine.name, { fen: fine.amountFen ?? zeroFen });
    else total.fen += fine.amountFen ?? zeroFen;
  }
  return totals;
}

/**
 * The incident fines (already by date) and the attendance ones by date, a day's incident fines first:
 * what a stable sort of the two lists one after the other gives, as a merge of two sorted lists
 * (most of the 14,000 fines at 1,000 people are already in order). A NaN date gets the sort itself.
 */
function byDay(incidentFines: FineEntry[], attendanceFines: FineEntry[]): FineEntry[] {
  if (!inDayOrder(incidentFines) || attendanceFines.some((fine) => Number.isNaN(fine.daySerial))) {
    return [...incidentFines, ...attendanceFines].sort((a, b) => a.daySerial - b.daySerial);
  }
  // Most months have no attendance fine: the incident fines (a list made for this close) are the lot.
  if (attendanceFines.length === 0) return incidentFines;
  attendanceFines.sort((a, b) => a.daySerial - b.daySerial);
  const merged: FineEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < incidentFines.length && j < attendanceFines.length) {
    merged.push(incidentFines[i]!.daySerial <= attendanceFines[j]!.daySerial ? incidentFines[i++]! : attendanceFines[j++]!);
  }
  while (i < incidentFines.length) merged.push(incidentFines[i++]!);
  while (j < attendanceFines.length) merged.push(attendanceFines[j++]!);
  return merged;
}

/** Whether no fine has a NaN date and each is on or after the one before (an index loop, no closure per fine). */
function inDayOrder(fines: readonly FineEntry[]): boolean {
  for (let i = 0; i < fines.length; i += 1) {
    const daySerial = (fines[i] as FineEntry).daySerial;
    if (Number.isNaN(daySerial) || (i > 0 && !((fines[i - 1] as FineEntry).daySerial <= daySerial))) return false;
  }
  return true;
}

/** The staff sheet's people; without one, everyone on the rota, in the rota's order. */
function teamOf(input: MonthInput): Person[] {
  if (input.people.length > 0) return [...input.people];
  const names = [...new Set(input.rota.map((d) => d.name))];
  return names.map((name) => ({ name, aliases: [], id: null, role: null, level: null, baseFen: null,
    group: null, expressRevenueFen: null, source: null }));
}

/**
 * Money and actions from the attendance rules (B3: late over 10 minutes costs 40 yuan; B4: the
 * third absence is a dismissal flag) are fines too: they go to the fines sheet and the fund.
 */
function finesFromLedger(ledger: readonly LedgerEntry[]): FineEntry[] {
  const counts = new Map<string, number>();
  const fines: FineEntry[] = [];
  for (let i = 0; i < ledger.length; i += 1) {
    const entry = ledger[i] as LedgerEntry;
    const money = entry.amountFen !== null && entry.amountFen > 0;
    if ((!money && entry.action === null) || entry.daySerial === null || entry.source === null) continue;
    const key = `${entry.name}\u0000${entry.rule}`;
    const nth = (counts.get(key) ?? 0) + 1;
    counts.set(key, nth);
    fines.push({ name: entry.name, daySerial: entry.daySerial, rule: entry.rule, nth,
      amountFen: money ? entry.amountFen : null, action: entry.action, source: entry.source });
  }
  return fines;
}

/** A person with no sales row: no sales, the lower rate, no award (K1, K2, K4). */
function noCommission(policy: Policy): CommissionResult {
  return { inquiries: null, buyers: null, conversion: null, salesFen: zeroFen, excludedOrders: 0,
    rateBp: policy.commission.lowRateBp, commissionFen: zeroFen, rank: null, firstStreak: 0, awardFen: zeroFen };
}

function monthIndex(key: MonthKey): number {
  const parsed = parseMonthKey(key);
  return parsed ? parsed.year * 12 + parsed.month : Number.MAX_SAFE_INTEGER;
}

/**
 * monthIndex for one close, each month key parsed once: a history holds the same few months for
 * every person, and the sort below would otherwise parse two keys per comparison.
 */
function monthIndexer(): (key: MonthKey) => number {
  const byKey = new Map<MonthKey, number>();
  return (key) => {
    let index = byKey.get(key);
    if (index === undefined) byKey.set(key, (index = monthIndex(key)));
    return index;
  };
}

/** The history without the records of `month` (a month key that does not parse matches nothing). */
function otherMonths(history: readonly HistoryRecord[], month: MonthKey, indexOf: (key: MonthKey) => number): HistoryRecord[] {
  const closing = indexOf(month);
  return history.filter((r) => closing === Number.MAX_SAFE_INTEGER || indexOf(r.month) !== closing);
}

/**
 * Oldest month first; within a month the order stays (people as on the staff sheet). A history
 * already in order (the usual case: older months, then this one) is checked, not sorted.
 */
function sortByMonth(records: HistoryRecord[], indexOf: (key: MonthKey) => number): HistoryRecord[] {
  for (let i = 1; i < records.length; i += 1) {
    if (!(indexOf((records[i - 1] as HistoryRecord).month) <= indexOf((records[i] as HistoryRecord).month))) {
      return records.sort((a, b) => indexOf(a.month) - indexOf(b.month));
    }
  }
  return records;
}
