/**
 * R1: a rota that gives someone more rest days in the month than allowed is flagged, not scored.
 */
import type { RotaParams } from '../policy/types';
import type { RotaDay } from '../model';
import { hit, type Hit } from './hits';
import type { PersonDays } from './schedule';

/**
 * One person's rest days, counted as their days are walked (not collected: every person of the
 * team has a month of days). Only the rota's rest codes count (an attendance sheet's 休息 is not the
 * rota). The hit sits on the first rest day beyond the limit, so its link leads to the cell where
 * the rota went over.
 * @example 4 rota days of 休 counted under ecommercePreset.rota → hit(): R1, 0 points, note { count: 4, max: 3 }
 */
export class RestDays {
  private restDays = 0;
  private firstBeyond: { daySerial: number; rota: RotaDay } | null = null;

  constructor(private readonly name: string, private readonly rota: RotaParams) {}

  count(day: PersonDays): void {
    if (day.rota === null || day.shift.kind !== 'rest') return;
    if (this.restDays === this.rota.maxRestDays) this.firstBeyond = { daySerial: day.daySerial, rota: day.rota };
    this.restDays += 1;
  }

  /** The R1 hit, or null. */
  hit(): Hit | null {
    const { firstBeyond } = this;
    if (!firstBeyond) return null;
    return hit({
      name: this.name, daySerial: firstBeyond.daySerial, rule: this.rota.restRule, points: 0,
      source: firstBeyond.rota.source, code: 'attendance.note.restDays',
      params: { count: this.restDays, max: this.rota.maxRestDays },
    });
  }
}
