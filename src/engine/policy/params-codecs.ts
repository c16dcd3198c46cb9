/**
 * How one value of the 制度参数 sheet is written and read back: numbers as numbers, yes/no as 是/否,
 * money in yuan, rates in %, word lists joined with 、 (read with 、 , ， ; ； or a new line).
 * A read that fails names a message code; params.ts turns it into a problem at the cell.
 */
import type { CellValue } from '../cells';
import { bpPerWhole, fenToYuan, yuanToFen, type Fen } from '../money';
import type { ActionId, RuleId } from './types';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string };

export interface Codec<T> {
  write(value: T): CellValue;
  read(cell: CellValue): Parsed<T>;
  /** 说明: how to write the value, for the supervisor. */
  readonly hint: string;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(code: string): Parsed<T> => ({ ok: false, code });

export const textOf = (cell: CellValue): string => (cell === null ? '' : String(cell).trim());
export const isBlank = (cell: CellValue): boolean => textOf(cell) === '' || textOf(cell) === '无';

/** Splits a list on 、 , ， ; ； and new lines; blanks dropped. */
export function splitList(text: string): string[] {
  return text.split(/[、,，;；\n\r]+/).map((w) => w.trim()).filter((w) => w !== '');
}

/** A plain decimal, optionally followed by a unit word (分, 元, 次, 天 …) the caller allows. */
export function parseNumber(text: string, units: readonly string[] = []): number | null {
  let body = text.trim();
  const unit = units.find((u) => body.endsWith(u));
  if (unit) body = body.slice(0, -unit.length).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(body)) return null;
  return Number(body);
}

function numberOf(cell: CellValue, units: readonly string[]): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return typeof cell === 'string' ? parseNumber(cell, units) : null;
}

export const numberCodec: Codec<number> = {
  hint: '数字，如 0.5',
  write: (v) => v,
  read: (cell) => { const n = numberOf(cell, ['分']); return n === null ? fail('policy.params.badNumber') : ok(n); },
};

/** Counts, minutes and days: whole numbers ≥ 0. */
export const countCodec: Codec<number> = {
  hint: '整数，如 3',
  write: (v) => v,
  read: (cell) => {
    const n = numberOf(cell, ['次', '天', '分钟', '个月', '月']);
    return n !== null && Number.isInteger(n) && n >= 0 ? ok(n) : fail('policy.params.badCount');
  },
};

/** Yuan in the sheet, fen inside; more than two decimals or a negative amount is refused. */
export function parseYuan(cell: CellValue): Fen | null {
  const n = numberOf(cell, ['元']);
  const amount = n === null ? null : yuanToFen(n);
  return amount !== null && amount >= 0 ? amount : null;
}

export const yuanCodec: Codec<Fen> = {
  hint: '金额（元），如 300',
  write: (v) => fenToYuan(v),
  read: (cell) => { const f = parseYuan(cell); return f === null ? fail('policy.params.badYuan') : ok(f); },
};

export const yuanOrNoneCodec: Codec<Fen | null> = {
  hint: '金额（元）；不填表示没有',
  write: (v) => (v === null ? null : fenToYuan(v)),
  read: (cell) => (isBlank(cell) ? ok(null) : yuanCodec.read(cell)),
};

/**
 * Rates: '1.5%' or 0.015. A bare number of 1 or more is read as percent (a supervisor typing 70 for
 * the threshold means 70 %); below 1 it is a fraction. Basis points must come out whole, 0–10000.
 */
export const rateCodec: Codec<number> = {
  hint: '百分比，如 1.5%',
  write: (bp) => `${bp / 100}%`,
  read: (cell) => {
    const text = textOf(cell);
    const percent = text.endsWith('%') || text.endsWith('％');
    const n = percent ? parseNumber(text.slice(0, -1)) : numberOf(cell, []);
    if (n === null) return fail('policy.params.badRate');
    const bp = percent || n >= 1 ? n * 100 : n * bpPerWhole;
    const whole = Math.round(bp);
    return Math.abs(bp - whole) < 1e-6 && whole >= 0 && whole <= bpPerWhole ? ok(whole) : fail('policy.params.badRate');
  },
};

const yesWords = ['是', 'yes', 'y', 'true', '对', '要'];
const noWords = ['否', 'no', 'n', 'false', '不', '不要'];

export const yesNoCodec: Codec<boolean> = {
  hint: '是 或 否',
  write: (v) => (v ? '是' : '否'),
  read: (cell) => {
    if (typeof cell === 'boolean') return ok(cell);
    const text = textOf(cell).toLowerCase();
    if (yesWords.includes(text)) return ok(true);
    return noWords.includes(text) ? ok(false) : fail('policy.params.badYesNo');
  },
};

export const wordsCodec: Codec<readonly string[]> = {
  hint: '词语，用顿号分隔（、）',
  write: (words) => words.join('、'),
  read: (cell) => ok(isBlank(cell) ? [] : splitList(textOf(cell))),
};

export const ruleIdPattern = /^[A-Z][A-Z]?\d+[a-z]?$/;

export const ruleIdCodec: Codec<RuleId> = {
  hint: '规则编号，如 A4（一般不用改）',
  write: (id) => id,
  read: (cell) => (ruleIdPattern.test(textOf(cell)) ? ok(textOf(cell)) : fail('policy.params.badRule')),
};

/** The words a supervisor writes for an action; the first is the one written. */
export const actionWords: Readonly<Record<ActionId, readonly string[]>> = {
  'warning': ['警告', '口头警告', 'warning'],
  'demerit': ['记过', 'demerit'],
  'withhold-pay': ['扣发工资', '扣发当月工资', '扣工资', 'withhold-pay'],
  'dismissal': ['自动离职', '辞退', '开除', 'dismissal'],
};

export function actionFor(word: string): ActionId | null {
  const entry = Object.entries(actionWords).find(([, words]) => words.includes(word.trim()));
  return entry ? (entry[0] as ActionId) : null;
}

export const actionWord = (action: ActionId): string => actionWords[action][0]!;
