/**
 * closeMonth: the whole engine for one month. Attendance (A1–A7, R1, B1–B4), the incident log
 * (Q1–Q4, A4, F1–F8, B5–B10) and commission (K1–K5) feed the scorecard (V1) and pay (P1–P3), then
 * the business targets (P4–P6); the history gets this month's records.
 */
import { assessAttendance } from './attendance';
import { groupByName } from './group';
import { computeCommission } from './commission';
import { assessIncidents } from './incidents';
import type { CommissionResult, FineEntry, HistoryRecord, LedgerEntry, MonthInput, MonthResult, Person, PersonResult } from './model';
import { sumFen, zeroFen } from './money';
import { checkBusinessTargets, computePay } from './pay';
import type { Policy } from './policy/types';
import { problem, type Problem } from './result';
import { scorePerson } from './scorecard';
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
  const history = input.history.filter((r) => !sameMonth(r.month, month));
  const attendance = assessAttendance({ month, names, rota: input.rota, attendance: input.attendance, policy });
  const incidents = assessIncidents({ month, names, incidents: input.incidents, policy });
  const commission = computeCommission({
    month, people, salesFigures: input.salesFigures, salesOrders: input.salesOrders, history, policy,
  });
  const ledger = [...attendance.ledger, ...incidents.ledger, ...commission.ledger];
  const fines = [...incidents.fines, ...finesFromLedger(attendance.ledger)]
    .sort((a, b) => a.daySerial - b.daySerial);
  const problems: Problem[] = names.length === 0 ? [problem('error', 'close.noPeople')] : [];
  problems.push(...attendance.problems, ...incidents.problems, ...commission.problems);

  // Grouped once: a call centre has a thousand people and a ledger of tens of thousands of rows.
  const ledgerByName = groupByName(ledger);
  const finesByName = groupByName(fines);
  const results = people.map((person) => {
    const result = personResult({ person, ledger: ledgerByName.get(person.name) ?? [],
      fines: finesByName.get(person.name) ?? [], month, history, policy,
      commission: commission.byName.get(person.name) ?? noCommission(policy) });
    problems.push(...result.problems);
    return result.person;
  });
  const targets = checkBusinessTargets({ people: results, policy });
  problems.push(...targets.problems);

  // The fines go into the history too, so a later month's 看板 can chart this month's fines.
  const records: HistoryRecord[] = results.map((r) => ({ month, name: r.name, score: r.score, verdict: r.verdict,
    salesRank: r.commission.rank, firstStreak: r.commission.firstStreak, preset: policy.preset, finesFen: r.finesFen }));
  return {
    month, preset: policy.preset, people: results, fines, ledger: [...ledger, ...targets.ledger],
    fundFen: sumFen(fines.map((f) => f.amountFen ?? zeroFen)), problems,
    history: sortByMonth([...history, ...records]),
  };
}

function personResult(args: {
  person: Person; ledger: readonly LedgerEntry[]; fines: readonly FineEntry[]; month: MonthKey;
  history: readonly HistoryRecord[]; policy: Policy; commission: CommissionResult;
}): { person: PersonResult; problems: Problem[] } {
  const { person, commission, policy } = args;
  const score = scorePerson({ name: person.name, ledger: args.ledger, month: args.month, history: args.history, policy });
  const finesFen = sumFen(args.fines.filter((f) => f.name === person.name).map((f) => f.amountFen ?? zeroFen));
  const pay = computePay({ person, commission, finesFen, policy });
  return {
    person: { name: person.name, group: person.group, ...score, commission, finesFen,
      baseFen: pay.baseFen, mealFen: pay.mealFen, payFen: pay.payFen },
    problems: pay.problems,
  };
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
  for (const entry of ledger) {
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

function sameMonth(a: MonthKey, b: MonthKey): boolean {
  return monthIndex(a) === monthIndex(b) && monthIndex(a) !== Number.MAX_SAFE_INTEGER;
}

/** Oldest month first; within a month the order stays (people as on the staff sheet). */
function sortByMonth(records: readonly HistoryRecord[]): HistoryRecord[] {
  return [...records].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
}
