/**
 * The readable month-close summary cs-close prints on stdout without --json: one line per person
 * (score, verdict, commission + award, fines, pay), then the fund, the counts and the output path.
 */
import type { MonthResult } from '../engine/model';
import { fenToYuan } from '../engine/money';
import { cellAddress } from '../engine/result';
import { isoDate } from '../engine/time';
import { message, type Lang } from '../messages';
import { verdictWord } from '../report/scorecard';

// Chinese characters take two columns in a terminal.
function widthOf(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return right ? fill + text : text + fill;
}

const yuan = (amount: number): string => fenToYuan(amount as never).toFixed(2);

/**
 * One line per pay action the supervisor must take (withhold pay, dismissal, warning …): who, what,
 * which rule and where it came from — these are never applied by the close itself.
 */
function actionLines(result: MonthResult, lang: Lang): string[] {
  // Once per person and action, at the incident that first called for it (as the count above).
  const seen = new Set<string>();
  const first = result.fines.filter((f) => {
    const key = `${f.name}\u0000${f.action}`;
    if (f.action === null || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return first.map((f) => message('cli.summary.action', {
    name: f.name, action: message(`report.action.${f.action}`, {}, lang), rule: f.rule, nth: f.nth,
    date: isoDate(f.daySerial), source: cellAddress(f.source),
  }, lang));
}

/**
 * @example summaryText(result, 3, '/d/客服部-月结-2026-10.xlsx', 'zh') →
 *   "2026-10 月结（电商客服）\n姓名  得分  结论  提成+奖金  罚款  应发\n张三  8.5  正常  328.46  80.00  5548.46\n…"
 */
export function summaryText(result: MonthResult, problemCount: number, outPath: string, lang: Lang): string {
  const head = ['name', 'score', 'verdict', 'commission', 'fines', 'pay'].map((key) => message(`cli.summary.${key}`, {}, lang));
  const body = result.people.map((p) => [
    p.name, String(p.score), verdictWord(p.verdict, lang),
    yuan(p.commission.commissionFen + p.commission.awardFen), yuan(p.finesFen), yuan(p.payFen),
  ]);
  const table = [head, ...body];
  const widths = head.map((_, c) => Math.max(...table.map((row) => widthOf(row[c] ?? ''))));
  const lines = table.map((row) => row.map((cell, c) => pad(cell, widths[c] ?? 0, c === 1 || c >= 3)).join('  ').trimEnd());
  const count = (verdicts: readonly string[]): number => result.people.filter((p) => verdicts.includes(p.verdict)).length;
  const actions = result.people.reduce((sum, p) => sum + p.actions.length, 0);
  return [
    message('cli.summary.title', { month: result.month, preset: result.preset }, lang),
    ...lines,
    '',
    message('cli.summary.fund', { fund: yuan(result.fundFen) }, lang),
    message('cli.summary.counts', {
      warnings: count(['warning']), penalties: count(['penalty', 'severe']), actions, problems: problemCount,
    }, lang),
    ...actionLines(result, lang),
    message('cli.summary.output', { path: outPath }, lang),
    '',
  ].join('\n');
}
