/**
 * Codecs for the tables of the 制度参数 sheet, written as short text a supervisor can edit:
 * tiers `3→5, 5→10`, ladders `30, 50, 80, 扣发工资, 自动离职` (F1b `20, 翻倍`), late bands
 * `1-30: 0.5 A1; 31+: 2 A2 缺勤`, the absence limit `3, B4, 自动离职`. Each read runs the table's
 * check from tables.ts, so a table that reads but makes no sense is refused with that check's code.
 */
import { fen, fenToYuan } from '../money';
import { actionFor, actionWord, fail, isBlank, ok, parseNumber, parseYuan, ruleIdPattern, splitList, textOf, type Codec, type Parsed } from './params-codecs';
import { checkLadder, checkLateBands, checkTiers } from './tables';
import type { AttendanceParams, Ladder, LadderStep, LateBand, Tier } from './types';

export const tiersCodec: Codec<readonly Tier[]> = {
  hint: '次数→扣分，逗号分隔，如 3→5, 5→10',
  write: (tiers) => tiers.map((t) => `${t.atLeast}→${t.points}`).join(', '),
  read: (cell) => {
    const tiers: Tier[] = [];
    for (const part of isBlank(cell) ? [] : splitList(textOf(cell))) {
      const match = /^(\d+)\s*次?\s*(?:→|->|=>|＞|>)\s*(.+)$/.exec(part);
      const points = match ? parseNumber(match[2]!, ['分']) : null;
      if (!match || points === null) return fail('policy.params.badTiers');
      tiers.push({ atLeast: Number(match[1]), points });
    }
    const issues = checkTiers(tiers);
    return issues[0] ? fail(issues[0]) : ok(tiers);
  },
};

/** A step is parts joined by +: money (30 or 30元), points (2分), an action (扣发工资). 0 is nothing. */
function stepText(step: LadderStep): string {
  const parts: string[] = [];
  // B8: a range of points, the row's own 扣分 within it (1-3分).
  if (step.maxPoints !== undefined) parts.push(`${step.points}-${step.maxPoints}分`);
  else if (step.points !== 0) parts.push(`${step.points}分`);
  if (step.fineFen !== 0 || (step.points === 0 && step.action === null)) parts.push(String(fenToYuan(step.fineFen)));
  if (step.action) parts.push(actionWord(step.action));
  return parts.join('+');
}

/** '1-3分' (also 1~3分, 1∽3分) → [1, 3]; null when the part is not a rising range of points. */
function pointsRange(part: string): [number, number] | null {
  const match = /^(\d+(?:\.\d+)?)\s*[-~～∽至到]\s*(\d+(?:\.\d+)?)\s*分$/.exec(part);
  if (!match) return null;
  const [low, high] = [Number(match[1]), Number(match[2])];
  return low <= high ? [low, high] : null;
}

function readStep(text: string): LadderStep | null {
  let maxPoints: number | null = null;
  let points: number | null = null;
  let fineFen: number | null = null;
  let action: LadderStep['action'] = null;
  for (const part of text.split(/[+＋]/).map((p) => p.trim())) {
    const range = pointsRange(part);
    if (range && points === null) { [points, maxPoints] = range; continue; }
    const asAction = actionFor(part);
    const asPoints = part.endsWith('分') ? parseNumber(part, ['分']) : null;
    const asMoney = asPoints === null && asAction === null ? parseYuan(part) : null;
    if (asAction && action === null) action = asAction;
    else if (asPoints !== null && points === null) points = asPoints;
    else if (asMoney !== null && fineFen === null) fineFen = asMoney;
    else return null;
  }
  const step = { points: points ?? 0, fineFen: fen(fineFen ?? 0), action };
  return maxPoints === null ? step : { ...step, maxPoints };
}

const doubleWords = ['翻倍', '之后翻倍', 'double'];

export const ladderCodec: Codec<Ladder> = {
  hint: '第1次、第2次…的罚款（元），逗号分隔；可写 扣发工资、自动离职、2分；末尾写“翻倍”表示之后每次翻倍',
  write: (ladder) => [...ladder.steps.map(stepText), ...(ladder.beyond === 'double' ? ['翻倍'] : [])].join(', '),
  read: (cell) => {
    const parts = splitList(textOf(cell));
    const doubles = parts.length > 0 && doubleWords.includes(parts[parts.length - 1]!);
    const steps: LadderStep[] = [];
    for (const part of doubles ? parts.slice(0, -1) : parts) {
      const step = readStep(part);
      if (!step) return fail('policy.params.badLadder');
      steps.push(step);
    }
    const ladder: Ladder = { steps, beyond: doubles ? 'double' : 'repeat-last' };
    const issues = checkLadder(ladder);
    return issues[0] ? fail(issues[0]) : ok(ladder);
  },
};

function bandText(band: LateBand): string {
  const range = band.toMinutes === null ? `${band.fromMinutes}+` : `${band.fromMinutes}-${band.toMinutes}`;
  const money = band.fineFen !== 0 ? ` ${fenToYuan(band.fineFen)}元` : '';
  return `${range}: ${band.points} ${band.rule}${money}${band.countsAsAbsence ? ' 缺勤' : ''}`;
}

function readBand(text: string): LateBand | null {
  const match = /^(\d+)\s*(?:分钟)?\s*(?:[-~～—–至到]\s*(\d+)|\+|以上)\s*(?:分钟)?\s*[:：]\s*(.+)$/.exec(text.trim());
  if (!match) return null;
  let points: number | null = null;
  let rule: string | null = null;
  let fineFen: number | null = null;
  let countsAsAbsence = false;
  for (const token of match[3]!.split(/[\s,，、]+/).filter((t) => t !== '')) {
    if (token === '缺勤' && !countsAsAbsence) { countsAsAbsence = true; continue; }
    if (ruleIdPattern.test(token) && rule === null) { rule = token; continue; }
    if (token.endsWith('元') && fineFen === null) { fineFen = parseYuan(token); if (fineFen === null) return null; continue; }
    const n: number | null = points === null ? parseNumber(token, ['分']) : null;
    if (n === null) return null;
    points = n;
  }
  if (points === null || rule === null) return null;
  const toMinutes = match[2] === undefined ? null : Number(match[2]);
  return { fromMinutes: Number(match[1]), toMinutes, rule, points, fineFen: fen(fineFen ?? 0), countsAsAbsence };
}

export const lateBandsCodec: Codec<readonly LateBand[]> = {
  hint: '迟到分钟段: 扣分 规则 [罚款元] [缺勤]，分号分隔，如 1-30: 0.5 A1; 31+: 2 A2 缺勤',
  write: (bands) => bands.map(bandText).join('; '),
  read: (cell): Parsed<readonly LateBand[]> => {
    const bands: LateBand[] = [];
    for (const part of textOf(cell).split(/[;；\n\r]+/).filter((p) => p.trim() !== '')) {
      const band = readBand(part);
      if (!band) return fail('policy.params.badLateBands');
      bands.push(band);
    }
    const issues = checkLateBands(bands);
    return issues[0] ? fail(issues[0]) : ok(bands);
  },
};

type AbsenceLimit = AttendanceParams['absenceLimit'];

export const absenceLimitCodec: Codec<AbsenceLimit> = {
  hint: '次数, 规则, 处理，如 3, B4, 自动离职；不填表示没有',
  write: (limit) => (limit === null ? null : `${limit.count}, ${limit.rule}, ${actionWord(limit.action)}`),
  read: (cell) => {
    if (isBlank(cell)) return ok(null);
    const [count, rule, action, ...rest] = splitList(textOf(cell).replace(/\s+/g, ','));
    const n = count === undefined ? null : parseNumber(count, ['次']);
    const actionId = action === undefined ? null : actionFor(action);
    if (n === null || !Number.isInteger(n) || n < 1 || !rule || !ruleIdPattern.test(rule) || !actionId || rest.length > 0) {
      return fail('policy.params.badAbsenceLimit');
    }
    return ok({ count: n, rule, action: actionId });
  },
};
