/**
 * Numbers, money, counts and yes/no cells as supervisors and exports write them: `1,234.50`,
 * `¥1,234`, full-width `１２３`, `12%`, `1.2万`, `(1,234)`; `#N/A` and Qianniu's `延迟统计` are problems,
 * never zeros.
 */
import type { CellValue } from '../engine/cells';
import { yuanToFen, type Fen } from '../engine/money';
import { foldText, halfWidth } from './fold';
import { noWords, yesWords } from './synonyms';
import { blank, type Parsed } from './values';

const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
const bad = (code: string): { readonly kind: 'bad'; readonly code: string } => ({ kind: 'bad', code });

/** A billion yuan: far past any shop's month, far below where fen lose integer precision. */
const maxYuan = 1e9;

const emptyTexts = new Set(['', '-', '--', '—', '——', '/', 'n/a', 'na', 'null']);
const excelErrors = /^#(n\/a|value!|ref!|div\/0!|name\?|num!|null!|spill!|calc!|getting_data)$/i;

/**
 * A numeric cell → number. `12%` → 0.12; currency signs, 元 and thousands separators dropped.
 * @example parseNumber('¥1,234.50') → ok 1234.5; parseNumber('延迟统计') → bad 'sheets.notYetCounted'
 */
export function parseNumber(value: CellValue): Parsed<number> {
  if (value === null || value === undefined) return blank;
  if (typeof value === 'boolean') return bad('sheets.badNumber');
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad('sheets.badNumber');
  const text = halfWidth(value).replace(/\s+/g, '').trim();
  if (emptyTexts.has(text.toLowerCase())) return blank;
  if (excelErrors.test(text)) return bad('sheets.excelError');
  if (/延迟统计|统计中|计算中/.test(text)) return bad('sheets.notYetCounted');
  let body = text.replace(/^(¥|￥|rmb|cny)/i, '').replace(/(元|rmb|cny|分|人|个|单)$/i, '');
  let sign = 1;
  const parens = /^\((.*)\)$/.exec(body);
  if (parens) {
    sign = -1;
    body = parens[1] ?? '';
  }
  let scale = 1;
  if (body.endsWith('%')) {
    scale = 0.01;
    body = body.slice(0, -1);
  } else if (body.endsWith('万')) {
    // Platform dashboards abbreviate: 1.25万 is 12500.
    scale = 10000;
    body = body.slice(0, -1);
  }
  body = body.replace(/^(-?)(¥|￥)/, '$1');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(body) || !/\d/.test(body)) return bad('sheets.badNumber');
  const number = Number(body.replace(/,/g, '')) * sign;
  // Scaling adds float noise (12.34% → 0.12340000000000001); round it away.
  return ok(scale === 1 ? number : Number((number * scale).toPrecision(12)));
}

/** A non-negative count (询单人数, 成交人数): a fraction or a negative is a problem. */
export function parseCount(value: CellValue): Parsed<number> {
  const parsed = parseNumber(value);
  if (parsed.kind !== 'ok') return parsed;
  if (parsed.value < 0) return bad('sheets.negativeNotAllowed');
  if (!Number.isInteger(parsed.value)) return bad('sheets.countNotWhole');
  return parsed;
}

/**
 * Yuan → fen. More than two decimals of yuan is a problem, not a silent rounding (STYLE.md).
 * @example parseMoney('1,234.5', false) → ok 123450; parseMoney(-5, false) → bad 'sheets.negativeNotAllowed'
 */
export function parseMoney(value: CellValue, allowNegative: boolean): Parsed<Fen> {
  const parsed = parseNumber(value);
  if (parsed.kind !== 'ok') return parsed;
  if (parsed.value < 0 && !allowNegative) return bad('sheets.negativeNotAllowed');
  // Beyond this, fen stop being exact integers (and no team's month reaches it): a typo, not money.
  if (Math.abs(parsed.value) > maxYuan) return bad('sheets.amountTooLarge');
  const fen = yuanToFen(parsed.value);
  return fen === null ? bad('sheets.moneyTooManyDecimals') : ok(fen);
}

/**
 * parseMoney(value, false)'s answer for a number cell that is plain money, without a Parsed object;
 * undefined for any other number (negative, too large, a third decimal: parseMoney then says why).
 * @example fenOfNumber(232.53) === 23253; fenOfNumber(-5) === undefined
 */
export function fenOfNumber(value: number): Fen | undefined {
  return value >= 0 && value <= maxYuan ? yuanToFen(value) ?? undefined : undefined;
}

/** A points cell (扣分): non-negative unless praise is allowed; at most two decimals. */
export function parsePoints(value: CellValue): Parsed<number> {
  const parsed = parseNumber(value);
  if (parsed.kind !== 'ok') return parsed;
  if (Math.abs(parsed.value * 100 - Math.round(parsed.value * 100)) > 1e-6) return bad('sheets.badNumber');
  return parsed;
}

/**
 * A yes/no cell: 是/否, 已批准/驳回, ✓/×, true/false, 1/0.
 * @example parseYesNo('已批准') → ok true; parseYesNo('驳回') → ok false; parseYesNo('也许') → bad
 */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (value === null || value === undefined) return blank;
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : bad('sheets.badYesNo');
  const text = foldText(value).toLowerCase();
  if (text === '' || text === '-' || text === '--') return blank;
  if (yesWords.includes(text)) return ok(true);
  if (noWords.includes(text)) return ok(false);
  // Approval states as workflow tools write them: 审批中 / 待审批 / 不予批准 are not (yet) approved.
  if (/[未不没待否]|驳回|拒绝|撤回|审批中|审核中/u.test(text)) return ok(false);
  if (/通过|同意|批准|已审|已批/u.test(text)) return ok(true);
  return bad('sheets.badYesNo');
}
