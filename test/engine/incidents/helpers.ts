import type { Incident } from '../../../src/engine/model';
import type { Fen } from '../../../src/engine/money';
import { daySerialFromYmd } from '../../../src/engine/time';

let nextRow = 1;

/** An incident row of the 事件 sheet on a day of October 2026 (or another month), one sheet row each. */
export function incident(name: string, day: number, type: string, extra: Partial<Incident> & { month?: number } = {}): Incident {
  const { month = 10, ...rest } = extra;
  const row = nextRow++;
  return {
    name, daySerial: daySerialFromYmd(2026, month, day), type, points: null, amountFen: null as Fen | null,
    reason: null, source: { sheet: '事件', row, col: 0 }, typeCol: 2, ...rest,
  };
}

/** n rows of the same type for one person on days 1…n. */
export function rows(name: string, type: string, n: number): Incident[] {
  return Array.from({ length: n }, (_, i) => incident(name, i + 1, type));
}
