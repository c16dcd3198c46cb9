/**
 * xl/sharedStrings.xml → one CellValue per `<si>`, as ExcelJS's SharedStringsXform read it: the item's
 * `<t>` text, or its rich runs' texts joined; phonetic `<rPh>` guides skipped; `_xHHHH_` escapes
 * decoded; an item with neither text nor runs is blank (null), `<t/>` is ''.
 */
import { decodeEscapes } from './values';
import { findElement, rootPrefix } from './tokens';
import { richPieces } from './rich';

/**
 * Every shared string item, in order.
 * @example sharedStringsOf('<sst><si><t>a&amp;b</t></si><si><r><t>x</t></r><r><t>y</t></r></si></sst>') → ['a&b', 'xy']
 */
export function sharedStringsOf(xml: string): (string | null)[] {
  const p = rootPrefix(xml, 'sst');
  const open = `<${p}si`;
  const close = `</${p}si>`;
  const strings: (string | null)[] = [];
  for (let at = findElement(xml, open, 0); at >= 0; at = findElement(xml, open, at)) {
    const gt = xml.indexOf('>', at);
    if (xml.charCodeAt(gt - 1) === 47) { strings.push(null); at = gt + 1; continue; }
    const end = xml.indexOf(close, gt);
    const stop = end < 0 ? xml.length : end;
    strings.push(stringItem(xml, gt + 1, stop, p));
    at = stop;
  }
  return strings;
}

/**
 * One `<si>`'s content xml[from, to): its runs joined, or its plain text — a plain `<t>` after runs
 * drops them, as ExcelJS's parser did.
 */
function stringItem(xml: string, from: number, to: number, p: string): string | null {
  let text: string | null = null;
  let runs: string[] | null = null;
  for (const piece of richPieces(xml, from, to, { t: `${p}t`, r: `${p}r`, rPh: `${p}rPh` })) {
    if (piece.run) (runs ??= []).push(piece.text);
    else { text = decodeEscapes(piece.text); runs = null; }
  }
  return runs ? runs.join('') : text;
}
