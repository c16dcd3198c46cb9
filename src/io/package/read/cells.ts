/**
 * One `<c>` element's content → its value: the common `<c …><v>text</v></c>` read directly, anything
 * else (formulas, inline strings plain or rich, several texts) by stepping from tag to tag inside it.
 */
import type { CellValue } from '../../../engine/cells';
import { decimalAt, intAt, styleAt, typeAt, type Names, type TagAttributes } from './tags';
import { ownText, xmlText } from './tokens';
import { richPieces } from './rich';
import { cellValue, decodeEscapes, numberValue, type CellContext } from './values';

/** The value of a cell that holds only a non-empty `<v>` (xml[from, to) is its raw text). */
export function plainValue(xml: string, from: number, to: number, tag: TagAttributes, context: CellContext): CellValue {
  const type = typeAt(xml, tag);
  if (type === 's') return context.strings[intAt(xml, from, to)] ?? null;
  if (type === undefined || type === 'n') {
    // Plain decimals from their characters, bit for bit parseFloat's; anything else by parseFloat, as ExcelJS did.
    const decimal = decimalAt(xml, from, to);
    return numberValue(Number.isNaN(decimal) ? parseFloat(xmlText(xml.slice(from, to))) : decimal, styleAt(xml, tag), context);
  }
  return cellValue(type, styleAt(xml, tag), ownText(xml.slice(from, to)), undefined, false, context);
}

/** Reads the children of one `<c>` (xml[from, to)) into a value. */
export function scanCell(xml: string, from: number, to: number, names: Names, tag: TagAttributes, context: CellContext): CellValue {
  let text: string | undefined;
  let runs: string[] | undefined;
  let formula = false;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (xml.charCodeAt(lt + 1) === 47 /* / */) { i = gt + 1; continue; }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const name = xml.slice(lt + 1, nameEndOf(xml, lt + 1, gt));
    if (name === names.v) {
      if (selfClosing) { i = gt + 1; continue; }
      const end = xml.indexOf('<', gt + 1);
      // An empty <v></v> gives no text to ExcelJS's parser, so the cell stays blank.
      if (end > gt + 1) text = (text ?? '') + ownText(xml.slice(gt + 1, end));
      i = end;
    } else if (name === names.f) {
      if (/\st\s*=/.test(xml.slice(lt, gt))) formula = true;
      if (selfClosing) { i = gt + 1; continue; }
      const end = xml.indexOf('<', gt + 1);
      if (end > gt + 1) formula = true;
      i = end;
    } else if (name === names.is) {
      const end = selfClosing ? gt : xml.indexOf(names.isEnd, gt);
      const inline = inlineString(xml, gt + 1, end < 0 ? to : end, names);
      if (inline.text !== undefined) text = (text ?? '') + inline.text;
      runs = inline.runs;
      i = end < 0 ? to : end + (selfClosing ? 1 : names.isEnd.length);
    } else {
      i = gt + 1;
    }
  }
  return cellValue(typeAt(xml, tag), styleAt(xml, tag), text, runs, formula, context);
}

function nameEndOf(xml: string, from: number, gt: number): number {
  let i = from;
  while (i < gt) {
    const code = xml.charCodeAt(i);
    if (code <= 32 || code === 47) break;
    i++;
  }
  return i;
}

/**
 * `<is>` content: its plain `<t>` texts joined (entities decoded, `_xHHHH_` left as is, as ExcelJS did
 * for inline strings), or its rich runs (each run's text `_xHHHH_`-decoded).
 */
function inlineString(xml: string, from: number, to: number, names: Names): { text: string | undefined; runs: string[] | undefined } {
  let text: string | undefined;
  let runs: string[] | undefined;
  for (const piece of richPieces(xml, from, to, names)) {
    if (piece.run) (runs ??= []).push(piece.text);
    else if (!piece.empty) text = (text ?? '') + piece.text;
  }
  return { text, runs };
}
