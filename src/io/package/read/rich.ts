/**
 * The rich-text content shared by a shared-string item `<si>` and an inline string `<is>` (both
 * CT_Rst): plain `<t>` texts and runs `<r>…<t>…</t></r>`, phonetic `<rPh>` guides skipped. One walk
 * for both; each caller folds the pieces by its own ExcelJS rules (they differ on purpose).
 */
import { decodeEscapes } from './values';
import { ownText } from './tokens';

/** A plain `<t>` outside runs: its text, entities decoded (`_xHHHH_` not yet), and whether it was `<t/>` or `<t></t>`. */
export interface PlainText { readonly run: false; readonly text: string; readonly empty: boolean }
/** A run: its last `<t>`'s text, `_xHHHH_` decoded ('' when it has none). */
export interface RunText { readonly run: true; readonly text: string }

export interface RichNames { readonly t: string; readonly r: string; readonly rPh: string }

/**
 * The pieces of xml[from, to), in order.
 * @example richPieces('<r><t>x</t></r><t>y</t>', 0, 23, {t:'t', r:'r', rPh:'rPh'}) → [{run:true,text:'x'}, {run:false,text:'y',empty:false}]
 */
export function richPieces(xml: string, from: number, to: number, names: RichNames): (PlainText | RunText)[] {
  const pieces: (PlainText | RunText)[] = [];
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
    if (name === names.rPh) { inPhonetic = !closing && !selfClosing; continue; }
    if (name === names.r) {
      if (closing || selfClosing) { pieces.push({ run: true, text: selfClosing ? '' : runText }); inRun = false; } else { inRun = true; runText = ''; }
      continue;
    }
    if (closing || name !== names.t || inPhonetic) continue;
    let raw = '';
    if (!selfClosing) {
      const end = xml.indexOf('<', gt + 1);
      raw = xml.slice(gt + 1, end);
      i = end;
    }
    if (inRun) runText = decodeEscapes(ownText(raw));
    else pieces.push({ run: false, text: ownText(raw), empty: raw === '' });
  }
  return pieces;
}
