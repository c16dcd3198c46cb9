/**
 * Small builders for report cells: bilingual headers, yuan from fen, ratios, dates, links, and the
 * column widths a reader needs. Pure; the adapters turn these into real cells.
 */
import { fenToYuan, type Fen } from '../engine/money';
import { cellAddress, type CellRef } from '../engine/result';
import { message, type Lang } from '../messages';
import { isLinkCell, isNumberCell, type ReportCell } from './types';

/**
 * A header in both languages, the reader's language first.
 * @example header('report.col.name', 'zh') === '姓名 Name'; header('report.col.name', 'en') === 'Name 姓名'
 */
export function header(code: string, lang: Lang): string {
  const zh = message(code, {}, 'zh');
  const en = message(code, {}, 'en');
  return lang === 'zh' ? `${zh} ${en}` : `${en} ${zh}`;
}

/** Yuan as a formatted number (never text), blank for null. @example yuanCell(fen(22846)) → {number: 228.46, format: 'yuan'} */
export function yuanCell(amount: Fen | null): ReportCell {
  return amount === null ? null : { number: fenToYuan(amount), format: 'yuan' };
}

/** A ratio shown as a percentage: 0.75 → 75.00 %. */
export function percentCell(ratio: number | null): ReportCell {
  return ratio === null ? null : { number: ratio, format: 'percent' };
}

export function dateCell(daySerial: number | null): ReportCell {
  return daySerial === null ? null : { number: daySerial, format: 'date' };
}

export function pointsCell(points: number): ReportCell {
  return { number: points, format: 'points' };
}

/** A link back to an input cell, showing its address. @example linkCell({sheet:'考勤',row:13,col:2}) → {text:'考勤!C14', link} */
export function linkCell(source: CellRef | null): ReportCell {
  return source === null ? null : { text: cellAddress(source), link: source };
}

/** "F2 交接未录入": the rule id with its name, or the id alone when the catalogue has no name. */
export function ruleLabel(rule: string, lang: Lang): string {
  const code = `report.rule.${rule}`;
  const name = message(code, {}, lang);
  return name.startsWith(code) ? rule : `${rule} ${name}`;
}

function shownText(cell: ReportCell): string {
  if (cell === null) return '';
  if (isLinkCell(cell)) return cell.text;
  if (isNumberCell(cell)) return cell.format === 'date' ? '2026-10-31' : cell.number.toFixed(2);
  return String(cell);
}

// Chinese characters take two character widths in Excel's default font.
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Column widths that fit the longest cell, within [minWidth, maxWidth] characters.
 * @example columnWidths([['姓名 Name'], ['张三']]) → [11]  // 9 + 2 padding
 */
export function columnWidths(rows: readonly (readonly ReportCell[])[], minWidth = 6, maxWidth = 40): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, col) => {
      const width = displayWidth(shownText(cell)) + 2;
      widths[col] = Math.max(widths[col] ?? minWidth, Math.min(width, maxWidth));
    });
  }
  return widths;
}
