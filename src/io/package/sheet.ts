/**
 * One SheetTable → worksheet XML, with the look of the command line's output since the start:
 * text cells in the text format '@', formatted numbers, a bold frozen header, column widths,
 * amber/red rows, in-workbook links, title and section rows, and the page setup of a printed report.
 * Lean on purpose (no spans, no style on a default cell): the add-in sends the package in one request.
 */
import { columnLetters, type CellRef } from '../../engine/result';
import { isLinkCell, isNumberCell, type NumberFormat, type ReportCell, type SheetTable } from '../../report/types';
import type { SharedStrings } from './strings';
import type { FillKind, FontKind, StyleRegistry } from './styles';
import { quotedSheet, xmlText } from './xml';

export const numberFormats: Readonly<Record<NumberFormat, string>> = {
  yuan: '#,##0.00', percent: '0.00%', date: 'yyyy-mm-dd', points: '0.0#',
};
/** '@' keeps a string text when the supervisor edits it (Excel would turn '007' into 7). */
export const textFormat = '@';

/** What a sheet's cells refer to: the package's shared strings and cell formats. */
export interface PackageParts {
  readonly strings: SharedStrings;
  readonly styles: StyleRegistry;
}

/**
 * 'all': every cell carries its reference (r="C5"). 'afterGap': only a cell that does not follow the
 * previous one in its row does; the others are implied (ECMA-376 §18.3.1.4 makes r optional; Excel,
 * and LibreOffice place such a cell in the next column; ExcelJS 4.4 cannot). The references are
 * most of a big sheet's compressed size, as each is different.
 */
export type CellRefs = 'all' | 'afterGap';

/** Margins in inches (left, right, top, bottom, header, footer) of a printed report. */
const printMargins = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
/** Paper size 9 is A4. */
const a4 = 9;
/** The last column index a row break reaches (XFD). */
const lastColumnIndex = 16383;

/**
 * Where a link lands, as the hyperlink's `location`: the sheet always quoted.
 * @example linkLocation({ sheet: '考勤', row: 13, col: 2 }) === "'考勤'!C14"
 */
export function linkLocation(ref: CellRef): string {
  return `${quotedSheet(ref.sheet)}!${columnLetters(ref.col)}${ref.row + 1}`;
}

/** The print-titles range of a table ('$1:$2'), or null when it repeats no rows. */
export function printTitleRows(table: SheetTable): string | null {
  const rows = table.print?.titleRows ?? 0;
  return rows > 0 ? `$1:$${rows}` : null;
}

interface RowLook { readonly font: FontKind; readonly fill: FillKind; readonly fillWidth: number }

/** Each row's font and fill: title and section rows over the header's bold; red over amber; sections over both. */
function rowLooks(table: SheetTable): (RowLook | undefined)[] {
  const tableWidth = Math.max(0, ...table.rows.map((cells) => cells.length));
  const emphasisWidth = Math.max(1, tableWidth, table.columnWidths?.length ?? 0);
  const looks: (RowLook | undefined)[] = [];
  for (let r = 0; r < table.headerRows; r++) looks[r] = { font: 'bold', fill: 'none', fillWidth: 0 };
  for (const { row, tone } of table.highlights) {
    if (looks[row]?.fill === 'red') continue;
    looks[row] = { font: looks[row]?.font ?? 'plain', fill: tone, fillWidth: tableWidth };
  }
  for (const { row, style } of table.emphasis ?? []) {
    looks[row] = style === 'title'
      ? { font: 'title', fill: looks[row]?.fill ?? 'none', fillWidth: looks[row]?.fillWidth ?? 0 }
      : { font: 'bold', fill: 'section', fillWidth: emphasisWidth };
  }
  return looks;
}

/** A cell's value as written: its `t` attribute, its `<v>` text ('' for none) and its number format. */
interface Written { t: string; v: string; format: string | null }

/** Fills `out` with the cell's value; false when the cell holds nothing (one object for the whole sheet, not one per cell). */
function writeValue(value: ReportCell, strings: SharedStrings, out: Written): boolean {
  if (value === null) return false;
  if (typeof value === 'string') return set(out, ' t="s"', String(strings.index(value)), textFormat);
  if (typeof value === 'number') return Number.isFinite(value) && set(out, '', String(value), null);
  if (typeof value === 'boolean') return set(out, ' t="b"', value ? '1' : '0', null);
  if (isLinkCell(value)) return set(out, ' t="s"', String(strings.index(value.text)), null);
  if (isNumberCell(value)) return set(out, '', Number.isFinite(value.number) ? String(value.number) : '', numberFormats[value.format]);
  return false;
}

function set(out: Written, t: string, v: string, format: string | null): true {
  out.t = t;
  out.v = v;
  out.format = format;
  return true;
}

function colsXml(widths: readonly number[] | undefined): string {
  const runs: string[] = [];
  const list = widths ?? [];
  for (let c = 0; c < list.length; c++) {
    const width = list[c];
    if (width === undefined || !Number.isFinite(width) || width <= 0) continue;
    let last = c;
    while (list[last + 1] === width) last += 1;
    runs.push(`<col min="${c + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`);
    c = last;
  }
  return runs.length > 0 ? `<cols>${runs.join('')}</cols>` : '';
}

function printXml(table: SheetTable): { before: string; after: string } {
  const print = table.print;
  if (!print) return { before: '', after: '' };
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const breaks = print.breaksAfter.map((after) => `<brk id="${after + 1}" max="${lastColumnIndex}" man="1"/>`);
  return {
    before: print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    after: `${printMargins}<pageSetup paperSize="${a4}" orientation="${print.orientation}"${fit}/>` +
      (breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join('')}</rowBreaks>` : ''),
  };
}

/**
 * The worksheet XML of one table; its strings and formats are added to `parts`.
 * @example sheetXml({ name: '计分表', rows: [['姓名'], ['张三']], headerRows: 1, … }, parts)
 *   → '<worksheet …><sheetViews>…<pane ySplit="1" … state="frozen"/>…<c r="A1" s="1" t="s"><v>0</v></c>…'
 */
export function sheetXml(table: SheetTable, parts: PackageParts, refs: CellRefs = 'all'): string {
  const { strings, styles } = parts;
  const looks = rowLooks(table);
  const rowCount = Math.max(table.rows.length, looks.length);
  const letters: string[] = [];
  const letter = (c: number): string => letters[c] ?? (letters[c] = columnLetters(c));
  const rowsXml: string[] = [];
  const links: string[] = [];
  // Cell formats by (font, fill) and then number format: no key built per cell.
  const caches = new Map<string, Map<string | null, number>>();
  const cacheOf = (font: FontKind, fill: FillKind): Map<string | null, number> => {
    const key = `${font}|${fill}`;
    let cache = caches.get(key);
    if (!cache) caches.set(key, cache = new Map());
    return cache;
  };
  const styleOf = (cache: Map<string | null, number>, font: FontKind, fill: FillKind, format: string | null): number => {
    let s = cache.get(format);
    if (s === undefined) cache.set(format, s = styles.xf(font, fill, format));
    return s;
  };
  const written: Written = { t: '', v: '', format: null };
  let lastCol = 0;
  let lastRow = 0;
  for (let r = 0; r < rowCount; r++) {
    const cells = table.rows[r] ?? [];
    const look = looks[r];
    const rowFont = look?.font ?? 'plain';
    const fill = look?.fill ?? 'none';
    const fillWidth = fill === 'none' ? 0 : look?.fillWidth ?? 0;
    const cellFont: FontKind = rowFont === 'plain' ? 'link' : rowFont;
    const cache = cacheOf(rowFont, fill);
    const linkCache = cacheOf(cellFont, fill);
    const width = Math.max(cells.length, fillWidth);
    const n = r + 1;
    let xml = '';
    let next = 0;
    for (let c = 0; c < width; c++) {
      const value = cells[c] ?? null;
      const hasValue = writeValue(value, strings, written);
      if (!hasValue && c >= fillWidth) continue;
      const isLink = hasValue && isLinkCell(value);
      const format = hasValue ? written.format : null;
      const s = isLink ? styleOf(linkCache, cellFont, fill, format) : styleOf(cache, rowFont, fill, format);
      const needsRef = refs === 'all' || c !== next;
      const ref = needsRef || isLink ? `${letter(c)}${n}` : '';
      xml += `<c${needsRef ? ` r="${ref}"` : ''}${s === 0 ? '' : ` s="${s}"`}${hasValue ? written.t : ''}${hasValue && written.v !== '' ? `><v>${written.v}</v></c>` : '/>'}`;
      if (isLink) links.push(`<hyperlink ref="${ref}" location="${xmlText(linkLocation((value as { link: CellRef }).link))}"/>`);
      if (c > lastCol) lastCol = c;
      next = c + 1;
    }
    const rowStyle = rowFont === 'plain' ? 0 : styleOf(cacheOf(rowFont, 'none'), rowFont, 'none', null);
    if (xml === '' && rowStyle === 0) continue;
    rowsXml.push(`<row r="${n}"${rowStyle === 0 ? '' : ` s="${rowStyle}" customFormat="1"`}>${xml}</row>`);
    lastRow = r;
  }
  const frozen = table.headerRows > 0
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${table.headerRows}" topLeftCell="A${table.headerRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
    : '';
  const print = printXml(table);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `${print.before}<dimension ref="A1:${letter(lastCol)}${lastRow + 1}"/>${frozen}${colsXml(table.columnWidths)}` +
    `<sheetData>${rowsXml.join('')}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    print.after + '</worksheet>';
}
