/**
 * Some slips are seen twice: by the sheet reader while reading, and by the engine with the policy
 * in hand (an unknown shift code, more buyers than inquiries on an agent's row). The supervisor should
 * read each slip once, in the engine's words, which name the person and the day.
 */
import type { Problem } from '../engine/result';

/** Reader code → the engine code that says the same thing about the same row. */
const engineTwin: Readonly<Record<string, string>> = {
  'sheets.unknownShiftCode': 'attendance.rota.unknownShift',
  'sheets.buyersAboveInquiries': 'commission.buyersOverInquiries',
};

const engineCodes: ReadonlySet<string> = new Set(Object.values(engineTwin));

const rowKey = (p: Problem): string => (p.cell ? `${p.cell.sheet}\u0000${p.cell.row}` : '');

/**
 * The problems without a reader's problem whose engine twin is reported on the same sheet row.
 * @example withoutTwins([sheets.unknownShiftCode at 排班!I2, attendance.rota.unknownShift at 排班!I2]) → [the engine's]
 */
export function withoutTwins(problems: readonly Problem[]): Problem[] {
  const engineRows = new Set<string>();
  for (const p of problems) if (p.cell && engineCodes.has(p.code)) engineRows.add(`${p.code}\u0000${rowKey(p)}`);
  // Most closes have no engine twin at all: nothing to leave out then.
  if (engineRows.size === 0) return problems.slice();
  return problems.filter((p) => {
    const twin = engineTwin[p.code];
    return twin === undefined || !p.cell || !engineRows.has(`${twin}\u0000${rowKey(p)}`);
  });
}
