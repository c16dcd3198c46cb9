/**
 * 个人月度报告 Per-person statements: one printable block per person — score with every deduction
 * and its date, commission with its inputs, fines with their ladder step, pay — on one sheet laid out
 * for A4 (a page break after each person, the sheet title repeated on every page), so a supervisor
 * can print it or save it as PDF and hand each page over.
 */
import { indicesByKey } from '../engine/group';
import type { FineEntry, LedgerEntry, MonthResult, PersonResult } from '../engine/model';
import { bpPerWhole, fen } from '../engine/money';
import type { Policy } from '../engine/policy/types';
import { message, type Lang } from '../messages';
import { actionWord, dateCell, type LinkCells, percentCell, pointsCell, ruleLabel, yuanCell } from './format';
import { fineIndicesInDateOrder } from './fines';
import { flagRulesOf } from './ledger';
import { SharedLedger } from './shared';
import { verdictWord } from './scorecard';
import type { Emphasis, Highlight, ReportCell, SheetTable } from './types';

/**
 * Six columns: date, rule, points (or nth), amount, action, note (or source). Labels are in the
 * reader's language only (a page handed to one person), so the columns stay narrow enough for A4.
 */
const widths = [14, 22, 12, 12, 14, 44];

/**
 * Labels without params, worded once per language (the catalogue does not change while the program
 * runs): every block of every sheet shows the same ~30.
 */
const headsByLang: Record<Lang, Map<string, string>> = { zh: new Map(), en: new Map() };

/**
 * The sheet under construction: rows with their emphasis and highlights. Each person's block is
 * added straight to it (not built apart and copied: a thousand people make ~40,000 rows).
 */
class Block {
  readonly rows: ReportCell[][] = [];
  readonly emphasis: Emphasis[] = [];
  readonly highlights: Highlight[] = [];
  private readonly heads: Map<string, string>;
  constructor(readonly lang: Lang) {
    this.heads = headsByLang[lang];
  }
  add(row: ReportCell[], style?: Emphasis['style'], tone?: Highlight['tone']): void {
    const index = this.rows.length;
    this.rows.push(row);
    if (style) this.emphasis.push({ row: index, style });
    if (tone) this.highlights.push({ row: index, tone });
  }
  text(code: string, params?: Readonly<Record<string, string | number>>): string {
    return params === undefined ? this.head(code) : message(code, params, this.lang);
  }
  head(code: string): string {
    let text = this.heads.get(code);
    if (text === undefined) this.heads.set(code, (text = message(code, {}, this.lang)));
    return text;
  }
}

/**
 * A person's listed ledger entries and fines (as indices, for the shared notes and links), grouped
 * once for the whole sheet.
 */
interface Grouped { readonly ledger: ReadonlyMap<string, number[]>; readonly fines: ReadonlyMap<string, number[]> }

/** Adds `index` to its person's group. */
function addToGroup(groups: Map<string, number[]>, name: string, index: number): void {
  const group = groups.get(name);
  if (group === undefined) groups.set(name, [index]);
  else group.push(index);
}

/** Indices of the fines per person, in their order. */
function fineIndicesByName(fines: readonly FineEntry[]): Map<string, number[]> {
  return indicesByKey(fines.length, (index) => (fines[index] as FineEntry).name);
}

/**
 * The ledger indices each person's score section lists — every point, and the flags (A6, A7, R1,
 * B11) — in the 明细's date order (each person's rows as a stable sort by day would order them).
 * Only those are grouped: about one entry in six, so most entries cost no lookup by name.
 */
function listedIndicesByName(ledger: readonly LedgerEntry[], order: ArrayLike<number>, flags: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let k = 0; k < order.length; k += 1) {
    const index = order[k] as number;
    const e = ledger[index] as LedgerEntry;
    if (e.points !== 0 || (e.action === null && e.amountFen === null && flags.includes(e.rule))) addToGroup(groups, e.name, index);
  }
  return groups;
}

/** The ledger indices a person's score section lists, by day. */
function scoreEntries(grouped: Grouped, ledger: readonly LedgerEntry[], name: string): readonly number[] {
  const listed = grouped.ledger.get(name) ?? [];
  // Grouped in date order, so with whole day serials (what the counting sort orders) there is
  // nothing to sort, nor to copy; `inOrder` checks it.
  let inOrder = true;
  let previousDay = -Infinity;
  // An index loop: for-of made an iterator result per entry.
  for (let k = 0; k < listed.length && inOrder; k += 1) {
    const e = ledger[listed[k] as number] as LedgerEntry;
    const day = e.daySerial ?? Infinity;
    if (day < previousDay || (e.daySerial !== null && !Number.isInteger(day))) inOrder = false;
    previousDay = day;
  }
  if (inOrder) return listed;
  // Otherwise sorted from result order, as a stable sort of the person's rows always was.
  const byDay = (a: number, b: number): number =>
    ((ledger[a] as LedgerEntry).daySerial ?? Infinity) - ((ledger[b] as LedgerEntry).daySerial ?? Infinity);
  return [...listed].sort((a, b) => a - b).sort(byDay);
}

function scoreSection(block: Block, person: PersonResult, ledger: readonly LedgerEntry[], indices: readonly number[], shared: SharedLedger): void {
  block.add([block.text('report.statement.score')], 'section');
  block.add([block.head('report.col.date'), block.head('report.col.rule'), block.head('report.col.points'), null, null, block.head('report.col.note')], 'section');
  for (let k = 0; k < indices.length; k += 1) {
    const index = indices[k] as number;
    const e = ledger[index] as LedgerEntry;
    block.add([dateCell(e.daySerial), ruleLabel(e.rule, block.lang), e.points === 0 ? null : pointsCell(e.points), null, null,
      shared.remember(index)], undefined, e.points === 0 ? 'amber' : undefined);
  }
  if (indices.length === 0) block.add([block.text('report.statement.noDeductions')]);
  block.add([block.head('report.col.base'), pointsCell(person.baseScore), block.head('report.col.deducted'), pointsCell(person.deducted),
    block.head('report.col.score'), pointsCell(person.score)]);
  const tone = person.verdict === 'ok' ? undefined : person.verdict === 'warning' ? 'amber' : 'red';
  block.add([block.head('report.col.verdict'), verdictWord(person.verdict, block.lang)], undefined, tone);
}

function commissionSection(block: Block, person: PersonResult): void {
  const c = person.commission;
  block.add([block.text('report.statement.commission')], 'section');
  block.add([block.head('report.col.inquiries'), c.inquiries, block.head('report.col.buyers'), c.buyers,
    block.head('report.col.conversion'), percentCell(c.conversion)]);
  block.add([block.head('report.col.sales'), yuanCell(c.salesFen), block.head('report.col.excludedOrders'), c.excludedOrders,
    block.head('report.col.rate'), percentCell(c.rateBp / bpPerWhole)]);
  block.add([block.head('report.col.commission'), yuanCell(c.commissionFen), block.head('report.col.rank'), c.rank,
    block.head('report.col.award'), yuanCell(c.awardFen)]);
}

function finesSection(block: Block, person: PersonResult, fines: readonly FineEntry[], indices: readonly number[], links: LinkCells): void {
  block.add([block.text('report.statement.fines')], 'section');
  block.add([block.head('report.col.date'), block.head('report.col.rule'), block.head('report.col.nth'), block.head('report.col.amount'),
    block.head('report.col.action'), block.head('report.col.source')], 'section');
  for (let k = 0; k < indices.length; k += 1) {
    const index = indices[k] as number;
    const f = fines[index] as FineEntry;
    const action = f.action === null ? null : actionWord(f.action, block.lang);
    block.add([dateCell(f.daySerial), ruleLabel(f.rule, block.lang), f.nth, yuanCell(f.amountFen), action, links.ofFine(index)],
      undefined, f.action === null ? undefined : 'red');
  }
  if (indices.length === 0) block.add([block.text('report.statement.noFines')]);
  block.add([block.head('report.statement.finesTotal'), null, null, yuanCell(person.finesFen)]);
}

function paySection(block: Block, person: PersonResult): void {
  const c = person.commission;
  block.add([block.text('report.statement.pay')], 'section');
  block.add([block.head('report.col.basePay'), yuanCell(person.baseFen), block.head('report.col.meal'), yuanCell(person.mealFen),
    block.head('report.statement.commissionAndAward'), yuanCell(fen(c.commissionFen + c.awardFen))]);
  block.add([block.head('report.col.fines'), yuanCell(person.finesFen), block.head('report.col.pay'), yuanCell(person.payFen)]);
  const actions = person.actions.map((a) => actionWord(a, block.lang)).join('、');
  if (actions !== '') block.add([block.head('report.col.actions'), actions], undefined, 'red');
}

/** One person's block, added at the end of the sheet. */
function personBlock(result: MonthResult, grouped: Grouped, shared: SharedLedger, person: PersonResult, block: Block): void {
  const group = person.group === null ? null : `${block.head('report.col.group')}: ${person.group}`;
  block.add([person.name, result.month, group], 'title');
  scoreSection(block, person, result.ledger, scoreEntries(grouped, result.ledger, person.name), shared);
  commissionSection(block, person);
  // In date order, as the fines sheet shows them (the result keeps the order the rules produced).
  const listed = grouped.fines.get(person.name) ?? [];
  finesSection(block, person, result.fines, fineIndicesInDateOrder(result.fines, listed) ?? listed, shared.links);
  paySection(block, person);
  block.add([]);
  block.add([block.text('report.statement.signature'), null, null, block.text('report.statement.signedOn')]);
}

/**
 * Builds the 个人月度报告 sheet: a title row printed on every page, then one block per person with a
 * page break after it. The title row is also the frozen header on screen. Deduction rows carry their date and note; a flag (0 points) is amber, an
 * action (dismissal, warning …) red.
 * @example statementsTable(result, policy, '个人月度报告', 'zh').print
 *   → { orientation: 'portrait', fitToWidth: true, titleRows: 1, breaksAfter: [last row of each person but the last] }
 */
export function statementsTable(result: MonthResult, policy: Policy, name: string, lang: Lang,
  shared = new SharedLedger(result, lang)): SheetTable {
  // A few flag rules: comparing them is cheaper than a set lookup per entry.
  const flags = [...flagRulesOf(policy), policy.attendance.missingPunchRule];
  const grouped: Grouped = {
    ledger: listedIndicesByName(result.ledger, shared.dateOrder(), flags), fines: fineIndicesByName(result.fines),
  };
  const sheet = new Block(lang);
  sheet.add([message('report.statement.title', { month: result.month, preset: result.preset }, lang)], 'title');
  const breaksAfter: number[] = [];
  // Index loops here and in the sections: for-of made an iterator result per row.
  for (let p = 0; p < result.people.length; p += 1) {
    const person = result.people[p] as PersonResult;
    if (sheet.rows.length > 1) breaksAfter.push(sheet.rows.length - 1);
    personBlock(result, grouped, shared, person, sheet);
  }
  const { rows, emphasis, highlights } = sheet;
  return {
    name, kind: 'personalReport', hidden: false, rows, highlights, emphasis, columnWidths: [...widths], headerRows: 1,
    print: { orientation: 'portrait', fitToWidth: true, titleRows: 1, breaksAfter },
  };
}
