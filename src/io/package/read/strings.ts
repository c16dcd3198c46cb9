/**
 * xl/sharedStrings.xml → one CellValue per `<si>`, as ExcelJS's SharedStringsXform read it: the item's
 * `<t>` text, or its rich runs' texts joined; phonetic `<rPh>` guides skipped; `_xHHHH_` escapes
 * decoded; an item with neither text nor runs is blank (null), `<t/>` is ''.
 */
import { decodeEscapes } from './values';
import { findElement, ownText, rootPrefix } from './tokens';

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

/** One `<si>`'s content xml[from, to). */
function stringItem(xml: string, from: number, to: number, p: string): string | null {
  const t = `${p}t`;
  const r = `${p}r`;
  const rPh = `${p}rPh`;
  let text: string | null = null;
  let runs: string[] | null = null;
  let runText = '';
  let inRun = false;
  let inPhonetic = false;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    const closing = xml.charCodeAt(lt + 1) === 47;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const nameFrom = lt + (closing ? 2 : 1);
    let nameTo = nameFrom;
    while (nameTo < gt && xml.charCodeAt(nameTo) > 32 && xml.charCodeAt(nameTo) !== 47) nameTo++;
    const name = xml.slice(nameFrom, nameTo);
    i = gt + 1;
    if (name === rPh) { inPhonetic = !closing && !selfClosing; continue; }
    if (name === r) {
      if (closing || selfClosing) { (runs ??= []).push(selfClosing ? '' : runText); inRun = false; } else { inRun = true; runText = ''; }
      continue;
    }
    if (closing || name !== t || inPhonetic) continue;
    let raw = '';
    if (!selfClosing) {
      const end = xml.indexOf('<', gt + 1);
      raw = xml.slice(gt + 1, end);
      i = end;
    }
    const value = decodeEscapes(ownText(raw));
    if (inRun) runText = value;
    else { text = value; runs = null; }
  }
  return runs ? runs.join('') : text;
}
