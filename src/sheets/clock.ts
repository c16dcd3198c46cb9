/**
 * Clock texts → minutes of the day, seconds dropped (POLICY.md A1 counts whole minutes).
 */

/** `8:05`, `08:05:30`, `8点05`, `8点05分`, `8点`, `8点半`, `24:00` → minutes of the day; seconds dropped. */
export function parseClock(text: string): number | null {
  const colon = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  const dian = /^(\d{1,2})[点时](?:(\d{1,2})分?|(半))?$/.exec(text);
  const match = colon ?? dian;
  if (!match) return null;
  const hours = Number(match[1]);
  const half = dian !== null && dian[3] !== undefined;
  const minutes = half ? 30 : match[2] === undefined ? 0 : Number(match[2]);
  const seconds = colon !== null && match[3] !== undefined ? Number(match[3]) : 0;
  if (minutes > 59 || seconds > 59) return null;
  if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return null;
  return hours * 60 + minutes;
}

/** `下午5:30`, `5:30 PM`, `上午8点`: a 12-hour clock with its half of the day. */
export function halfDayClock(text: string): number | null {
  const match = /^(上午|早上|中午|下午|晚上)\s*(.+)$/u.exec(text) ?? /^(.+?)\s*(am|pm)$/iu.exec(text);
  if (!match) return null;
  const [marker, clockText] = /^\d/.test(match[1] ?? '') ? [match[2] ?? '', match[1] ?? ''] : [match[1] ?? '', match[2] ?? ''];
  const clock = parseClock(clockText.trim());
  if (clock === null || clock >= 13 * 60) return null;
  const afternoon = /下午|晚上|pm/iu.test(marker) || (marker === '中午' && clock < 3 * 60);
  const hour12 = clock >= 12 * 60 ? clock - 12 * 60 : clock;
  return afternoon ? hour12 + 12 * 60 : hour12;
}
