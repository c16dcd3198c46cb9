/**
 * Text folding: the supervisor's sheets mix simplified, traditional (HK/TW exports), full-width
 * digits and stray spaces. Everything that is compared (headers, names, type words) goes through
 * here first, so "遲到時長（分鐘）", "迟到时长(分钟)" and " 迟到时长 " compare equal.
 */
import type { ConverterFunction } from 'opencc-js';
import type { CellValue } from '../engine/cells';
import { rememberedPerText } from './memo';

let converter: ConverterFunction | null = null;

// Characters the hk→cn dictionary leaves alone but that mean the same in headers and names.
const extraFolds: Readonly<Record<string, string>> = { 暱: '昵', 號: '号', 帳: '账' };

/**
 * Traditional → simplified Chinese. The OpenCC dictionary is loaded on first use and cached: most
 * workbooks are simplified, and the reader should not pay for the dictionary at import time.
 * @example toSimplified('遲到時長') === '迟到时长'
 */
export function toSimplified(text: string): string {
  if (!/[^\u0000-\u2fff]/.test(text)) return text;
  if (converter === null) {
    // A synchronous lazy load: readers are synchronous, and the t2cn build is the small one.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const opencc = require('opencc-js/t2cn') as typeof import('opencc-js');
    converter = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return converter(text).replace(/[暱號帳]/g, (ch) => extraFolds[ch] ?? ch);
}

const fullWidthOrWideSpace = /[\uff01-\uff5e\u3000\u00a0]/;

/**
 * Full-width ASCII (１２３, ：, （）) and the ideographic space to their half-width forms.
 * @example halfWidth('１２３（分钟）') === '123(分钟)'
 */
export function halfWidth(text: string): string {
  // Most texts have nothing to convert: one scan to find out, instead of two replacing passes.
  if (!fullWidthOrWideSpace.test(text)) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, ' ');
}

/**
 * Half-width, simplified, trimmed, inner runs of spaces collapsed to one.
 * @example foldText(' 張三　 小美 ') === '张三 小美'
 */
export function foldText(text: string): string {
  // Order ids, codes and English words are already folded: skipping them keeps the cache for names.
  // A text that does not start with printable ASCII is not plain: names and type words go straight
  // to the remembered fold, without the regular expression (twice: memo tests it again).
  const first = text.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return foldTextRemembered(text);
  return plainAscii.test(text) ? text : foldTextSlow(text);
}

/** Printable ASCII words separated by single spaces: nothing to fold. Exported for the row filters' fast paths. */
export const plainAscii = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

const foldTextUncached = (text: string): string => toSimplified(halfWidth(text)).replace(/\s+/g, ' ').trim();
const foldTextRemembered = rememberedPerText(foldTextUncached);
const foldTextSlow = memo(foldTextUncached, foldTextRemembered);

/**
 * Sheets repeat the same names, codes and headers thousands of times: each fold is remembered,
 * in a bounded cache (cleared when full, so a huge sheet cannot grow it without end).
 */
function memo(fold: (text: string) => string, remembered = rememberedPerText(fold)): (text: string) => string {
  // Unique ASCII values (order ids) would only churn the cache; folding them is cheap anyway.
  return (text) => (plainAscii.test(text) ? fold(text) : remembered(text));
}

/** A cell as display text: numbers as written by JavaScript, blanks and booleans as ''. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * The key a header cell is matched by: folded, lower-case, spaces and a trailing colon or `*`
 * removed, and a unit suffix in either bracket style stripped.
 * @example headerKey('迟到时长（分钟）') === '迟到时长'; headerKey('Clock In') === 'clockin'
 */
export function headerKey(value: CellValue | undefined): string {
  return headerKeyOfText(cellText(value));
}

const headerKeyOfText = memo((text: string): string => {
  const folded = foldText(text).toLowerCase().replace(/\s+/g, '');
  const stripped = folded.replace(/(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)$/u, '');
  return (stripped === '' ? folded : stripped).replace(/[:*]+$/u, '').replace(/^\*+/u, '');
});

/**
 * The key a person's name is matched by: folded, lower-case, without any spaces.
 * @example nameKey('Xiao Mei') === 'xiaomei'; nameKey('張 三') === '张三'
 */
export const nameKey = memo((text: string): string => foldText(text).toLowerCase().replace(/\s+/g, ''));
