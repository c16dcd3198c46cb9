/**
 * Shifts on the 制度参数 sheet: `早班(早、Early、E) 08:00-17:30; 晚班(晚、Late、L) 16:00-01:00`.
 * An end at or before the start is on the next day (01:00 after 16:00 is 25:00, minute 1500).
 */
import { formatMinutes, minutesInDay } from '../time';
import { fail, ok, splitList, textOf, type Codec } from './params-codecs';
import type { ShiftDef } from './types';

/** Splits on ; ； or new lines outside parentheses, so aliases may use any list separator. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth += 1;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[;；\n\r]/.test(ch)) {
      entries.push(current);
      current = '';
    } else current += ch;
  }
  return [...entries, current].map((e) => e.trim()).filter((e) => e !== '');
}

const clock = (h: string, m: string): number | null => {
  const minutes = Number(h) * 60 + Number(m);
  return Number(m) < 60 && minutes <= minutesInDay ? minutes : null;
};

function readShift(text: string): ShiftDef | null {
  const match = /^(.+?)\s*(?:[（(]([^)）]*)[)）])?\s*(\d{1,2})[:：](\d{2})\s*[-~～—–至到]\s*(\d{1,2})[:：](\d{2})$/.exec(text);
  if (!match) return null;
  const start = clock(match[3]!, match[4]!);
  const end = clock(match[5]!, match[6]!);
  const code = match[1]!.trim();
  if (start === null || end === null || start >= minutesInDay || code === '') return null;
  const aliases = match[2] === undefined ? [] : splitList(match[2]);
  return { code, aliases, startMinute: start, endMinute: end <= start ? end + minutesInDay : end };
}

export const shiftsCodec: Codec<readonly ShiftDef[]> = {
  hint: '班次(简称) 上班-下班，分号分隔，如 早班(早) 08:00-17:30; 晚班(晚) 16:00-01:00（下班早于上班表示次日）',
  write: (shifts) => shifts.map((s) => {
    const aliases = s.aliases.length > 0 ? `(${s.aliases.join('、')})` : '';
    return `${s.code}${aliases} ${formatMinutes(s.startMinute)}-${formatMinutes(s.endMinute)}`;
  }).join('; '),
  read: (cell) => {
    const shifts: ShiftDef[] = [];
    for (const entry of splitEntries(textOf(cell))) {
      const shift = readShift(entry);
      if (!shift || shifts.some((s) => s.code === shift.code)) return fail('policy.params.badShifts');
      shifts.push(shift);
    }
    return shifts.length > 0 ? ok(shifts) : fail('policy.params.badShifts');
  },
};
