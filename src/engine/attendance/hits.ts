/**
 * A rule hit on its way to the ledger, and the leave uses that A5 counts. Internal to attendance.
 */
import type { Fen } from '../money';
import type { LedgerEntry } from '../model';
import type { ActionId, RuleId } from '../policy/types';
import type { CellRef } from '../result';

/** A ledger entry, and whether it counts as one absence 缺勤 (A2/B3 bands, A4, A5) for B4. */
export interface Hit {
  readonly entry: LedgerEntry;
  readonly absence: boolean;
}

/** A day that uses one of the month's leave allowance (A5): a leave, or a missing punch (A6). */
export interface LeaveUse {
  readonly name: string;
  readonly daySerial: number;
  readonly kind: 'leave' | 'missingIn' | 'missingOut';
  /** The leave type as written (事假 …), null for a missing punch. */
  readonly leave: string | null;
  /** The shift code of the day, '' when the day has no known shift. */
  readonly shift: string;
  readonly source: CellRef | null;
}

export interface HitArgs {
  readonly name: string;
  readonly daySerial: number | null;
  readonly rule: RuleId;
  readonly points: number;
  readonly amountFen?: Fen | null;
  readonly action?: ActionId | null;
  readonly source: CellRef | null;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly absence?: boolean;
}

/**
 * Builds a hit; a zero amount is stored as null so that the ledger shows no money for it.
 * @example hit({ name: '张三', daySerial: 46296, rule: 'A1', points: 0.5, source: cell,
 *   code: 'attendance.note.late', params: { minutes: 12, shift: '早班', clockIn: '08:12' } })
 */
export function hit(args: HitArgs): Hit {
  const amountFen = args.amountFen !== undefined && args.amountFen !== null && args.amountFen > 0 ? args.amountFen : null;
  return {
    entry: {
      daySerial: args.daySerial,
      name: args.name,
      rule: args.rule,
      points: args.points,
      amountFen,
      action: args.action ?? null,
      source: args.source,
      note: { code: args.code, params: args.params },
    },
    absence: args.absence ?? false,
  };
}

/**
 * Two lists of hits, each in date order, as one in date order; on equal dates the first list's hits
 * come first (late before early leave before A5 …). That is a stable sort of the two one after the
 * other, as a merge: a person's hits come day after day already.
 * @example mergeByDay([A1 d3, A7 d3, A1 d9], [A5 d3]) → [A1 d3, A7 d3, A5 d3, A1 d9]
 */
export function mergeByDay(first: readonly Hit[], second: readonly Hit[]): readonly Hit[] {
  if (second.length === 0) return first;
  const merged: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    merged.push(daySerialOf(first[i]!) <= daySerialOf(second[j]!) ? first[i++]! : second[j++]!);
  }
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

const daySerialOf = (h: Hit): number => h.entry.daySerial ?? Number.POSITIVE_INFINITY;
