/**
 * Shift resolution: a rota or attendance code (早, 早班, 晚, 休 …) to a shift of the policy, a rest
 * day, or unknown. Codes are compared trimmed and case-folded, so 'early' matches the alias 'Early'.
 */
import { minutesInDay } from '../time';
import type { RotaParams, ShiftDef } from '../policy/types';

export type ShiftResolution =
  | { readonly kind: 'work'; readonly shift: ShiftDef }
  | { readonly kind: 'rest' }
  | { readonly kind: 'unknown' };

/** Trimmed (ASCII and full-width spaces) and case-folded, the form codes are compared in. */
export function normalizeCode(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * What a shift code means under the rota policy. Rest codes win over shift codes, so a team that
 * lists 调休 both ways still gets a rest day.
 * @example resolveShiftCode(' 早 ', ecommercePreset.rota) // { kind: 'work', shift: 早班 08:00–17:30 }
 * @example resolveShiftCode('休息', ecommercePreset.rota) // { kind: 'rest' }
 * @example resolveShiftCode('中班', ecommercePreset.rota) // { kind: 'unknown' }
 */
export function resolveShiftCode(code: string, rota: RotaParams): ShiftResolution {
  const wanted = normalizeCode(code);
  if (rota.restCodes.some((rest) => normalizeCode(rest) === wanted)) return { kind: 'rest' };
  const shift = rota.shifts.find(
    (def) => normalizeCode(def.code) === wanted || def.aliases.some((alias) => normalizeCode(alias) === wanted),
  );
  return shift ? { kind: 'work', shift } : { kind: 'unknown' };
}

/**
 * Each code and alias of a rota policy, normalised, with what it means (a rest code before any
 * shift, the first shift before later ones, as resolveShiftCode finds them). Made once per policy
 * (a policy is never changed once made), not per close.
 */
const meaningsByRota = new WeakMap<RotaParams, ReadonlyMap<string, ShiftResolution>>();

function meaningsOf(rota: RotaParams): ReadonlyMap<string, ShiftResolution> {
  let meanings = meaningsByRota.get(rota);
  if (meanings === undefined) {
    const table = new Map<string, ShiftResolution>();
    for (const rest of rota.restCodes) if (!table.has(normalizeCode(rest))) table.set(normalizeCode(rest), restDay);
    for (const shift of rota.shifts) {
      const work: ShiftResolution = { kind: 'work', shift };
      for (const code of [shift.code, ...shift.aliases]) if (!table.has(normalizeCode(code))) table.set(normalizeCode(code), work);
    }
    meaningsByRota.set(rota, (meanings = table));
  }
  return meanings;
}

const restDay: ShiftResolution = { kind: 'rest' };
const unknownCode: ShiftResolution = { kind: 'unknown' };

/**
 * resolveShiftCode for one month's schedule, each distinct code resolved once: a month repeats 早 and
 * 休 thousands of times.
 */
export function shiftResolver(rota: RotaParams): (code: string) => ShiftResolution {
  const meanings = meaningsOf(rota);
  const byCode = new Map<string, ShiftResolution>();
  // A person's rota repeats a code day after day (早 早 早 休 …): the last answer is kept at hand.
  let lastCode: string | null = null;
  let lastResolution: ShiftResolution = unknownCode;
  return (code) => {
    if (code === lastCode) return lastResolution;
    let resolution = byCode.get(code);
    if (resolution === undefined) byCode.set(code, (resolution = meanings.get(normalizeCode(code)) ?? unknownCode));
    lastCode = code;
    lastResolution = resolution;
    return resolution;
  };
}

/**
 * Whether a text is empty or white space only, as `text.trim() === ''` says, without the call and
 * copy: a rota's 31,000 codes at 1,000 people are checked, and a code's first character settles it.
 * @example isBlankText(' \u3000') === true; isBlankText('早') === false
 */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What String.prototype.trim removes: white space and line terminators (ECMAScript), and the BOM. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether two resolutions name the same thing (same shift, or both rest). */
export function sameResolution(a: ShiftResolution, b: ShiftResolution): boolean {
  if (a.kind === 'work' && b.kind === 'work') return a.shift.code === b.shift.code;
  return a.kind === b.kind && a.kind !== 'unknown';
}

/**
 * A clock-out in minutes from 00:00 of the shift's day. On a shift that ends after midnight, a
 * clock-out earlier than the shift start was punched on the next calendar day (STYLE.md, Time).
 * @example clockOutOnShift(65, 晚班 960–1500) === 1505   // 01:05 next day
 * @example clockOutOnShift(1020, 早班 480–1050) === 1020
 */
export function clockOutOnShift(outMinute: number, shift: ShiftDef): number {
  const crossesMidnight = shift.endMinute > minutesInDay;
  return crossesMidnight && outMinute < shift.startMinute ? outMinute + minutesInDay : outMinute;
}

/**
 * A clock-in on the shift's clock: on a shift that ends after midnight, a clock-in before the
 * shift's end hour (00:00–01:00 for 晚班) was punched after midnight, hours late, not a day early.
 * @example clockInOnShift(30, 晚班 960–1500) === 1470   // 00:30 next day: 510 minutes late
 * @example clockInOnShift(950, 晚班 960–1500) === 950   // 15:50, early
 */
export function clockInOnShift(inMinute: number, shift: ShiftDef): number {
  const crossesMidnight = shift.endMinute > minutesInDay;
  return crossesMidnight && inMinute < shift.endMinute - minutesInDay ? inMinute + minutesInDay : inMinute;
}
