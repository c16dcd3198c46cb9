/**
 * R1: a rota that gives someone more rest days in the month than allowed is flagged, not scored.
 */
import type { RotaParams } from '../policy/types';
import { hit, type Hit } from './hits';
import type { PersonDay } from './schedule';

/**
 * The R1 hit for one person's month, or null. Only the rota's rest codes count (an attendance
 * sheet's 休息 is not the rota). The hit sits on the first rest day beyond the limit, so its link
 * leads to the cell where the rota went over.
 * @example restDaysHit(4 rota days of 休, ecommercePreset.rota) // R1, 0 points, note { count: 4, max: 3 }
 */
export function restDaysHit(days: readonly PersonDay[], rota: RotaParams): Hit | null {
  // Counted, not collected: every person of the team has a month of days.
  let restDays = 0;
  let firstBeyond: PersonDay | undefined;
  for (const day of days) {
    if (day.rota === null || day.shift.kind !== 'rest') continue;
    if (restDays === rota.maxRestDays) firstBeyond = day;
    restDays += 1;
  }
  if (!firstBeyond) return null;
  return hit({
    name: firstBeyond.name, daySerial: firstBeyond.daySerial, rule: rota.restRule, points: 0,
    source: firstBeyond.rota?.source ?? null, code: 'attendance.note.restDays',
    params: { count: restDays, max: rota.maxRestDays },
  });
}
