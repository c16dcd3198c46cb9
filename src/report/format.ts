/**
 * Small builders for report cells: bilingual headers, yuan from fen, ratios, dates, links, and the
 * column widths a reader needs. Pure; the adapters turn these into real cells.
 */
import { fenToYuan, type Fen } from '../engine/money';
import type { FineEntry } from '../engine/model';
import type { CellRef } from '../engine/result';
import { message, type Lang } from '../messages';
import { linkText, linkTextWidth } from './address';
import { decimalTextLength, displayWidth, fixed2Length } from './width';
// No `export … from` here: compiled to CommonJS, a re-export is a getter defined over the exports
// object, which turns it into a dictionary, and every call into this module (tens of thousands per
// report) then looked the function up in it (buildReport ~11 % slower). Import width.ts directly.
import { isLinkCell, isNumberCell, type LinkCell, type NumberCell, type NumberFormat, type ReportCell } from './types';

/** Headers already worded, per language (the catalogue does not change while the program runs). */
const headers: Record<Lang, Map<string, string>> = { zh: new Map(), en: new Map() };

/**
 * A header in both languages, the reader's language first.
 * @example header('report.col.name', 'zh') === '姓名 Name'; header('report.col.name', 'en') === 'Name 姓名'
 */
export function header(code: string, lang: Lang): string {
  // Remembered per language, as rule labels are: every report words the same few dozen headers.
  const known = headers[lang].get(code);
  if (known !== undefined) return known;
  const zh = message(code, {}, 'zh');
  const en = message(code, {}, 'en');
  const text = lang === 'zh' ? `${zh} ${en}` : `${en} ${zh}`;
  headers[lang].set(code, text);
  return text;
}


/** Header rows already worded, per language and per table's column list (a module's constant). */
const headerRows: Record<Lang, Map<readonly string[], readonly string[]>> = { zh: new Map(), en: new Map() };

/**
 * A table's header row: header(`report.col.${column}`) for each column, worded once per language
 * (building each code per report was most of a small table's headers). A new array per table.
 * @example columnHeaders(['name', 'score'], 'zh') → ['姓名 Name', '最终得分 Final score']
 */
export function columnHeaders(columns: readonly string[], lang: Lang): string[] {
  let row = headerRows[lang].get(columns);
  if (row === undefined) {
    row = columns.map((column) => header(`report.col.${column}`, lang));
    headerRows[lang].set(columns, row);
  }
  return [...row];
}

/** A ratio shown as a percentage: 0.75 → 75.00 %. */
export function percentCell(ratio: number | null): ReportCell {
  return ratio === null ? null : { number: ratio, format: 'percent' };
}

/**
 * Number cells are read-only (the writers never change a cell), so the ledger's and statements'
 * tens of thousands of rows share one frozen cell per day, per points value and per amount instead
 * of one object each. Bounded: cleared when full, like the readers' fold caches.
 *
 * A slot per value (its hundredths modulo 4096) is looked at before the map: a month's days, the
 * points and the fine amounts never share a slot, and an array slot is cheaper than a map lookup
 * of a number. A slot holds only its own value's cell (checked); -0 keeps its own cell.
 */
function sharedNumberCells(format: NumberFormat): (value: number) => NumberCell {
  const cells = new Map<number, NumberCell>();
  const slots = new Array<NumberCell | undefined>(4096);
  return (value) => {
    const slot = (value * 100) & 4095;
    const known = slots[slot];
    if (known !== undefined && known.number === value && !Object.is(value, -0)) return known;
    // A map takes -0 for 0: a -0 cell stays its own (tests tell them apart).
    if (Object.is(value, -0)) return { number: value, format };
    let cell = cells.get(value);
    if (cell === undefined) {
      cell = Object.freeze({ number: value, format });
      if (cells.size >= 4096) cells.clear();
      cells.set(value, cell);
    }
    slots[slot] = cell;
    return cell;
  };
}

const dateCells = sharedNumberCells('date');
const yuanCells = sharedNumberCells('yuan');

/** Yuan as a formatted number (never text), blank for null. @example yuanCell(fen(22846)) → {number: 228.46, format: 'yuan'} */
export function yuanCell(amount: Fen | null): NumberCell | null {
  // Fines and awards repeat a few amounts across tens of thousands of rows: shared like dates and points.
  return amount === null ? null : yuanCells(fenToYuan(amount));
}
const pointsCells = sharedNumberCells('points');

export function dateCell(daySerial: number | null): NumberCell | null {
  return daySerial === null ? null : dateCells(daySerial);
}

export function pointsCell(points: number): NumberCell {
  return pointsCells(points);
}

/** A link back to an input cell, showing its address. @example linkCell({sheet:'考勤',row:13,col:2}) → {text:'考勤!C14', link} */
export function linkCell(source: CellRef | null): LinkCell | null {
  return source === null ? null : { text: linkText(source), link: source };
}

/**
 * One link cell per fine for a whole report: a fine's source is linked on the statements, the
 * 罚款表 and the 明细 (the result gives the fine and its ledger entry the same source object).
 * Held by the fine's index in `result.fines`, not in a map keyed by the source object (a lookup per
 * fine on three sheets was a hot spot). Made per report, never kept across closes.
 */
export class LinkCells {
  private readonly cells: (LinkCell | undefined)[];

  constructor(private readonly fines: readonly FineEntry[]) {
    this.cells = new Array<LinkCell | undefined>(fines.length);
  }

  /** The link cell of `fines[index]`'s source. */
  ofFine(index: number): LinkCell {
    let cell = this.cells[index];
    if (cell === undefined) {
      const source = (this.fines[index] as FineEntry).source;
      cell = { text: linkText(source), link: source };
      this.cells[index] = cell;
    }
    return cell;
  }
}

/** A label worded once per language, with its display width (the 罚款表 and 明细 measure it on every row). */
export interface Label { readonly text: string; readonly width: number }

export function labelOf(text: string): Label {
  return { text, width: displayWidth(text) };
}

/** Rule labels already worded, per language (the catalogue does not change while the program runs). */
const ruleLabels: Record<Lang, Map<string, Label>> = { zh: new Map(), en: new Map() };

/** "F2 交接未录入": the rule id with its name, or the id alone when the catalogue has no name; with its width. */
export function ruleLabelOf(rule: string, lang: Lang): Label {
  // Remembered per language: the fines sheet and the statements label tens of thousands of rows with a few dozen rules.
  let label = ruleLabels[lang].get(rule);
  if (label === undefined) {
    const code = `report.rule.${rule}`;
    const name = message(code, {}, lang);
    label = labelOf(name.startsWith(code) ? rule : `${rule} ${name}`);
    ruleLabels[lang].set(rule, label);
  }
  return label;
}

/** "F2 交接未录入": ruleLabelOf's text. */
export function ruleLabel(rule: string, lang: Lang): string {
  return ruleLabelOf(rule, lang).text;
}

/** Action words already worded, per language: the 明细, 罚款表 and statements name a few actions thousands of times. */
const actionWords: Record<Lang, Map<string, Label>> = { zh: new Map(), en: new Map() };

/** The word for an action step ("自动离职") with its width, without building its message code per row. */
export function actionLabelOf(action: string, lang: Lang): Label {
  let label = actionWords[lang].get(action);
  if (label === undefined) {
    label = labelOf(message(`report.action.${action}`, {}, lang));
    actionWords[lang].set(action, label);
  }
  return label;
}

/** The word for an action step ("自动离职"): actionLabelOf's text. */
export function actionWord(action: string, lang: Lang): string {
  return actionLabelOf(action, lang).text;
}

function shownText(cell: ReportCell): string {
  if (cell === null) return '';
  if (isLinkCell(cell)) return cell.text;
  if (isNumberCell(cell)) return cell.format === 'date' ? '2026-10-31' : cell.number.toFixed(2);
  return String(cell);
}

/** A number cell's width: numbers and dates are ASCII, so their text length is their width. */
function numberWidth(cell: NumberCell): number {
  return cell.format === 'date' ? 10 : fixed2Length(cell.number);
}

/** The display width of a cell. */
function cellWidth(cell: ReportCell, enough = Infinity): number {
  if (typeof cell === 'string') return displayWidth(cell, enough); // most cells: the common case first
  if (cell === null) return 0; // blank (many of the 计分表's deduction cells)
  // A plain number's text is ASCII, one wide per character: counted, not made.
  if (typeof cell === 'number') return decimalTextLength(cell);
  if (isNumberCell(cell)) return numberWidth(cell);
  return displayWidth(shownText(cell));
}

/**
 * Column widths measured while a table is built, by a builder that knows what each column holds:
 * the 明细 and 罚款表 have thousands of rows, and a second pass over every cell (asking each what
 * it is) was a fifth of the report. Gives what columnWidths gives for the same rows: the widest
 * cell + 2, within [minWidth, maxWidth]; a blank cell never widens a column, so it is not told.
 */
export class ColumnMeasure {
  /** The widest cell per column, without the padding. */
  private readonly widest: number[];

  constructor(head: readonly string[], private readonly minWidth = 6, private readonly maxWidth = 40) {
    this.widest = head.map((text) => displayWidth(text, maxWidth));
  }

  text(col: number, text: string | null): void {
    if (text === null) return;
    const widest = this.widest[col] as number;
    // A character is at most two wide: a text that short cannot widen the column, nor can any once it is at the maximum.
    if (2 * text.length <= widest || widest + 2 >= this.maxWidth) return;
    const width = displayWidth(text, this.maxWidth);
    if (width > widest) this.widest[col] = width;
  }

  /** A label whose width is remembered with it (a rule label, an action word). */
  label(col: number, label: Label | null): void {
    if (label !== null) this.width(col, label.width);
  }

  number(col: number, cell: NumberCell | null): void {
    if (cell !== null) this.width(col, numberWidth(cell));
  }

  /** A link cell made by linkCell or LinkCells (its text is linkText(link)): measured from its source, not read. */
  link(col: number, cell: LinkCell | null): void {
    if (cell !== null) this.width(col, linkTextWidth(cell.link));
  }

  /** A cell whose width is known (a plain number: its text's length). */
  width(col: number, width: number): void {
    if (width > (this.widest[col] as number)) this.widest[col] = width;
  }

  widths(): number[] {
    return this.widest.map((width) => Math.max(this.minWidth, Math.min(width + 2, this.maxWidth)));
  }
}

/**
 * Column widths that fit the longest cell, within [minWidth, maxWidth] characters.
 * @example columnWidths([['姓名 Name'], ['张三']]) → [11]  // 9 + 2 padding
 */
export function columnWidths(rows: readonly (readonly ReportCell[])[], minWidth = 6, maxWidth = 40): number[] {
  const widths: number[] = [];
  // An index loop: for-of made an iterator result per row of every table.
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as readonly ReportCell[];
    for (let col = 0; col < row.length; col += 1) {
      if (!(col in row)) continue; // a hole in a sparse row, as forEach skips it
      const widest = widths[col];
      if (widest !== undefined && widest >= maxWidth) continue; // no cell can widen it further
      const cell = row[col] as ReportCell;
      // A character is at most two wide: a text too short to widen the column is not measured
      // (most names, rule ids and actions of the 明细 and 罚款表).
      if (widest !== undefined && typeof cell === 'string' && 2 * cell.length + 2 <= widest) continue;
      const width = cellWidth(cell, maxWidth) + 2;
      widths[col] = Math.max(widest ?? minWidth, Math.min(width, maxWidth));
    }
  }
  return widths;
}
