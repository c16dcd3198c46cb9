/**
 * xl/workbook.xml as a small model — its sheets (in tab order) and defined names — and back,
 * everything else in the part kept as written.
 */
import { attributesOf, elementsOf, rootPrefix, unescapeXml, xmlText } from './xml';
import { relNs } from './parts';

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  readonly sheetId: number;
  readonly relId: string;
  /** The element as written; null once we changed the entry (it is written anew). */
  xml: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** The sheet index a sheet-local name belongs to; undefined: workbook-level. */
  readonly localSheetId: number | undefined;
  /** The formula text, unescaped ('计分表'!$A$1). */
  readonly text: string;
  /** The element as written; null for a name we add. */
  readonly xml: string | null;
}

export interface WorkbookModel {
  readonly xml: string;
  readonly prefix: string;
  readonly relPrefix: string;
  readonly sheets: SheetEntry[];
  names: DefinedName[];
}

function block(xml: string, tag: string): { start: number; innerStart: number; innerEnd: number; end: number } | null {
  const found = elementsOf(xml, tag)[0];
  if (!found) return null;
  const selfClosing = found.text.endsWith('/>') && !found.text.includes(`</${tag}>`);
  const innerStart = found.start + found.text.indexOf('>') + 1;
  return { start: found.start, innerStart, innerEnd: selfClosing ? innerStart : found.end - tag.length - 3, end: found.end };
}

export function parseWorkbook(xml: string): WorkbookModel {
  const prefix = rootPrefix(xml, 'workbook');
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${relNs}"`).exec(xml)?.[1];
  if (relPrefix === undefined) throw new Error('workbook.xml declares no relationships namespace');
  const sheets = elementsOf(xml, `${prefix}sheet`).map(({ text }): SheetEntry => {
    const a = attributesOf(text);
    const state = a['state'] === 'hidden' || a['state'] === 'veryHidden' ? a['state'] : 'visible';
    return { name: a['name'] ?? '', state, sheetId: Number(a['sheetId']), relId: a[`${relPrefix}:id`] ?? '', xml: text };
  });
  const names = elementsOf(xml, `${prefix}definedName`).map(({ text }): DefinedName => {
    const a = attributesOf(text.slice(0, text.indexOf('>') + 1));
    const local = a['localSheetId'];
    const inner = text.endsWith('/>') ? '' : text.slice(text.indexOf('>') + 1, text.lastIndexOf('</'));
    return { name: a['name'] ?? '', localSheetId: local === undefined ? undefined : Number(local), text: unescapeXml(inner), xml: text };
  });
  return { xml, prefix, relPrefix, sheets, names };
}

function sheetXml(model: WorkbookModel, sheet: SheetEntry): string {
  if (sheet.xml !== null) return sheet.xml;
  const state = sheet.state === 'visible' ? '' : ` state="${sheet.state}"`;
  return `<${model.prefix}sheet name="${xmlText(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${model.relPrefix}:id="${sheet.relId}"/>`;
}

function nameXml(model: WorkbookModel, name: DefinedName): string {
  if (name.xml !== null) return name.xml;
  const local = name.localSheetId === undefined ? '' : ` localSheetId="${name.localSheetId}"`;
  return `<${model.prefix}definedName name="${xmlText(name.name)}"${local}>${xmlText(name.text)}</${model.prefix}definedName>`;
}

/** calcPr with fullCalcOnLoad="1": formulas of the user's that read a replaced sheet show its new figures on open. */
function recalculatedOnLoad(xml: string, p: string): string {
  const calc = new RegExp(`<${p}calcPr(?=[\\s>/])[^>]*?/?>`).exec(xml);
  if (calc) {
    const tag = calc[0].replace(/\sfullCalcOnLoad="[^"]*"/, '').replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return xml.slice(0, calc.index) + tag + xml.slice(calc.index + calc[0].length);
  }
  // calcPr follows definedNames (CT_Workbook's order).
  const after = [`</${p}definedNames>`, `</${p}sheets>`].map((tag) => { const at = xml.indexOf(tag); return at < 0 ? -1 : at + tag.length; })
    .reduce((a, b) => Math.max(a, b), -1);
  return after < 0 ? xml : `${xml.slice(0, after)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(after)}`;
}

/**
 * The workbook.xml of the model: its sheets and defined names rewritten, the rest as it was; with
 * `recalculate`, Excel recalculates the whole workbook when it opens it.
 */
export function workbookXml(model: WorkbookModel, recalculate = false): string {
  const written = visibleActiveTab(spliced(model), model);
  return recalculate ? recalculatedOnLoad(written, model.prefix) : written;
}

/** An active tab that is now hidden (a visible 月结历史 adopted and hidden) moves to the first visible sheet, or Excel repairs the file. */
function visibleActiveTab(xml: string, model: WorkbookModel): string {
  const view = new RegExp(`<${model.prefix}workbookView(?=[\\s>/])[^>]*>`).exec(xml);
  if (!view) return xml;
  const active = /\sactiveTab="(\d+)"/.exec(view[0]);
  if (model.sheets[Number(active?.[1] ?? 0)]?.state === 'visible') return xml;
  const visible = model.sheets.findIndex((sheet) => sheet.state === 'visible');
  if (visible < 0) return xml;
  const tag = active ? view[0].replace(active[0], ` activeTab="${visible}"`) : view[0].replace(/\s*(\/?)>$/, ` activeTab="${visible}"$1>`);
  return xml.slice(0, view.index) + tag + xml.slice(view.index + view[0].length);
}

function spliced(model: WorkbookModel): string {
  const p = model.prefix;
  const xml = model.xml;
  const sheets = block(xml, `${p}sheets`);
  if (!sheets) throw new Error('workbook.xml has no <sheets>');
  const names = block(xml, `${p}definedNames`);
  const namesXml = model.names.length > 0 ? `<${p}definedNames>${model.names.map((n) => nameXml(model, n)).join('')}</${p}definedNames>` : '';
  const sheetsXml = `<${p}sheets>${model.sheets.map((s) => sheetXml(model, s)).join('')}</${p}sheets>`;
  if (names) {
    return xml.slice(0, sheets.start) + sheetsXml + xml.slice(sheets.end, names.start) + namesXml + xml.slice(names.end);
  }
  // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook's order).
  const before = [`</${p}externalReferences>`, `</${p}functionGroups>`]
    .map((tag) => { const at = xml.indexOf(tag); return at < 0 ? -1 : at + tag.length; })
    .reduce((a, b) => Math.max(a, b), sheets.end);
  return xml.slice(0, sheets.start) + sheetsXml + xml.slice(sheets.end, before) + namesXml + xml.slice(before);
}
