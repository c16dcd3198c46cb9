/**
 * The command line's output file: the input workbook's zip with every input part copied as it is
 * (JSZip re-uses an unchanged entry's compressed bytes), plus the output sheets — new worksheet
 * parts, their entries in workbook.xml, its .rels and [Content_Types].xml, our strings appended to
 * the input's shared strings and our formats to its styles.xml. The big input sheets are never parsed.
 *
 * Own sheets are marked with a workbook-level defined name `_CsClose_<kind>` (e.g. `_CsClose_scorecard`)
 * pointing at A1 of the sheet. A defined name follows the sheet when a user renames it in Excel, and
 * the Office adapter reads and writes the same names. A sheet with an output name but no marker is
 * the user's: ours goes beside it as 计分表(2), (3) …; a marked sheet is replaced where it stands.
 */
import './immediate';
import JSZip from 'jszip';
import type { SheetTable, TableKind } from '../../report/types';
import { editContentTypes, parseRelationships, partsOnlyReachedFrom, relsPathOf, resolveTarget, textOf, type Relationship } from './opc';
import { contentTypes, deflate, relationshipXml, relTypes } from './parts';
import { printTitleRows, sheetXml } from './sheet';
import { SharedStrings } from './strings';
import { minimalStylesXml, StyleRegistry } from './styles';
import { parseWorkbook, workbookXml, type SheetEntry, type WorkbookModel } from './workbook';
import { quotedSheet, rootPrefix } from './xml';

export const markerPrefix = '_CsClose_';

export interface WriteOptions {
  /**
   * Kinds whose unmarked sheet under the exact output name the close has just read as its input
   * (月结历史: every record in it is in the new history), so it is replaced rather than kept beside.
   */
  readonly adopt?: readonly TableKind[];
  /** Kinds not written when the user keeps an unmarked sheet of that name (制度参数: theirs is the policy). */
  readonly keepUserSheet?: readonly TableKind[];
  /** DEFLATE level of the parts we write (input parts keep their bytes); 6 unless told. */
  readonly level?: number;
}

/** UTF-8 by the platform's encoder: JSZip's own string encoding is several times slower. */
const utf8 = new TextEncoder();

/** Excel caps a sheet name at 31 characters and compares names without case. */
const maxSheetName = 31;

function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Which sheets the add-in or the command line wrote, by kind, from the `_CsClose_<kind>` names.
 * @example ownSheetsIn(parseWorkbook(xml)) → { scorecard: '计分表', history: '月结历史' }
 */
export function ownSheetsIn(model: WorkbookModel): Partial<Record<TableKind, string>> {
  const own: Partial<Record<TableKind, string>> = {};
  for (const { name, localSheetId, text } of model.names) {
    if (!name.startsWith(markerPrefix) || localSheetId !== undefined) continue;
    const sheet = sheetOfRange(text);
    if (model.sheets.some((s) => s.name === sheet)) own[name.slice(markerPrefix.length) as TableKind] = sheet;
  }
  return own;
}

const sheetNamed = (model: WorkbookModel, name: string): SheetEntry | undefined =>
  model.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());

function freeName(model: WorkbookModel, name: string): string {
  if (!sheetNamed(model, name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = name.slice(0, maxSheetName - suffix.length) + suffix;
    if (!sheetNamed(model, candidate)) return candidate;
  }
}

/** One placed table: the sheet entry it went into, and whether that entry was an old sheet of ours. */
interface Placement { readonly table: SheetTable; readonly entry: SheetEntry; readonly replaced: boolean }

/** The naming rules of the close: replace our marked sheet, keep a user's beside, adopt or keep as told. */
function place(model: WorkbookModel, tables: readonly SheetTable[], options: WriteOptions, ids: () => { sheetId: number; relId: string }): Placement[] {
  const own = ownSheetsIn(model);
  const placements: Placement[] = [];
  for (const table of tables) {
    const user = own[table.kind] === undefined ? sheetNamed(model, table.name) : undefined;
    if (user && options.keepUserSheet?.includes(table.kind)) continue;
    if (user && options.adopt?.includes(table.kind)) own[table.kind] = user.name;
    const previous = own[table.kind];
    const old = previous === undefined ? undefined : sheetNamed(model, previous);
    const marker = `${markerPrefix}${table.kind}`;
    model.names = model.names.filter((n) => !(n.name === marker && n.localSheetId === undefined));
    if (old) old.name = '';
    const name = freeName(model, table.name);
    const state = table.hidden ? 'hidden' : 'visible';
    const entry: SheetEntry = old ? Object.assign(old, { name, state, xml: null }) : { name, state, ...ids(), xml: null };
    if (!old) model.sheets.push(entry);
    model.names.push({ name: marker, localSheetId: undefined, text: `${quotedSheet(name)}!$A$1`, xml: null });
    placements.push({ table, entry, replaced: old !== undefined });
  }
  return placements;
}

/** Keeps an input entry that was stored uncompressed stored, so its bytes are copied too. */
function keepStoredEntries(zip: JSZip): void {
  zip.forEach((_, file) => {
    const data = (file as unknown as { _data?: { compression?: { magic?: string } } })._data;
    if (data?.compression?.magic === '\x00\x00') file.options.compression = 'STORE';
  });
}

function nextNumber(taken: Iterable<string>, pattern: RegExp): () => number {
  let n = 0;
  for (const text of taken) n = Math.max(n, Number(pattern.exec(text)?.[1] ?? 0));
  return () => ++n;
}

/** How many `<tag …>` elements a part holds (the input's `<si>` strings), without parsing it. */
function countItems(xml: string, tag: string): number {
  const re = new RegExp(`<${tag}[\\s>/]`, 'g');
  let n = 0;
  while (re.exec(xml) !== null) n += 1;
  return n;
}

function setAttribute(openTag: string, name: string, value: number): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  return re.test(openTag) ? openTag.replace(re, ` ${name}="${value}"`) : openTag.replace(/\/?>$/, (end) => ` ${name}="${value}"${end}`);
}

/** The input's sharedStrings.xml with ours appended and its counts right. */
function appendStrings(xml: string, strings: SharedStrings): string {
  const p = rootPrefix(xml, 'sst');
  const open = new RegExp(`<${p}sst(?=[\\s>/])[^>]*>`).exec(xml);
  if (!open) throw new Error('sharedStrings.xml has no sst');
  let tag = setAttribute(open[0], 'uniqueCount', strings.base + strings.size);
  const count = /\scount="(\d+)"/.exec(open[0]);
  if (count) tag = setAttribute(tag, 'count', Number(count[1]) + strings.references);
  const selfClosed = open[0].endsWith('/>');
  const close = selfClosed ? open.index + open[0].length : xml.lastIndexOf(`</${p}sst>`);
  return xml.slice(0, open.index) + tag.replace(/\/>$/, '>') + xml.slice(open.index + open[0].length, close) +
    strings.itemsXml() + (selfClosed ? `</${p}sst>` : '') + xml.slice(close);
}

/**
 * The input workbook's bytes with `tables` placed in it; `placed` is the sheet name each table went
 * under (计分表, or 计分表(2) beside a user's own 计分表); a kind left out was not written.
 * @example const { bytes, placed } = await spliceCloseWorkbook(input, tables, { adopt: ['history'], keepUserSheet: ['policy'] });
 *   placed → { scorecard: '计分表', …, history: '月结历史' }
 */
export async function spliceCloseWorkbook(input: Uint8Array, tables: readonly SheetTable[], options: WriteOptions = {}): Promise<{ bytes: Uint8Array; placed: Record<string, string> }> {
  const zip = await JSZip.loadAsync(input);
  const level = deflate(options.level ?? 6);
  const workbookPart = parseRelationships((await textOf(zip, '_rels/.rels')) ?? '').find((r) => r.type === relTypes.officeDocument);
  if (!workbookPart) throw new Error('not a workbook: no officeDocument relationship');
  const wbPath = resolveTarget('', workbookPart.target);
  const wbRelsPath = relsPathOf(wbPath);
  const model = parseWorkbook((await textOf(zip, wbPath)) ?? '');
  const relsXml = (await textOf(zip, wbRelsPath)) ?? '';
  const rels = parseRelationships(relsXml);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (rel: Relationship | undefined): string | undefined => rel && resolveTarget(wbPath, rel.target);

  const nextSheetId = nextNumber(model.sheets.map((s) => `${s.sheetId}`), /^(\d+)$/);
  const nextRelId = nextNumber(rels.map((r) => r.id), /^rId(\d+)$/);
  const sheetsDir = `${wbPath.slice(0, wbPath.lastIndexOf('/') + 1)}worksheets/`;
  const nextSheetPart = nextNumber(Object.keys(zip.files), new RegExp(`^${sheetsDir}sheet(\\d+)\\.xml$`));
  const placements = place(model, tables, options, () => ({ sheetId: nextSheetId(), relId: `rId${nextRelId()}` }));

  const stylesRel = rels.find((r) => r.type === relTypes.styles);
  const stringsRel = rels.find((r) => r.type === relTypes.sharedStrings);
  const stringsXml = stringsRel ? await textOf(zip, partOf(stringsRel) as string) : null;
  const stylesXml = stylesRel ? await textOf(zip, partOf(stylesRel) as string) : null;
  const parts = {
    strings: new SharedStrings(stringsXml === null ? 0 : countItems(stringsXml, `${rootPrefix(stringsXml, 'sst')}si`)),
    styles: new StyleRegistry(stylesXml ?? minimalStylesXml),
  };

  // Replaced sheets: their parts are rewritten; what only they reached (a chart the add-in drew) goes.
  const replacedParts = new Set(placements.filter((p) => p.replaced).map((p) => partOf(relById.get(p.entry.relId)) as string));
  const removed = await partsOnlyReachedFrom(zip, replacedParts);
  for (const part of replacedParts) zip.remove(relsPathOf(part));
  const calcChain = rels.find((r) => r.type === relTypes.calcChain);
  // A stale calculation chain makes Excel "repair" the file.
  if (calcChain && replacedParts.size > 0) removed.add(partOf(calcChain) as string);
  for (const part of removed) {
    zip.remove(part);
    zip.remove(relsPathOf(part));
  }

  const added = new Map<string, string>();
  const newRels: string[] = [];
  for (const { table, entry, replaced } of placements) {
    const part = replaced ? partOf(relById.get(entry.relId)) as string : `${sheetsDir}sheet${nextSheetPart()}.xml`;
    zip.file(part, utf8.encode(sheetXml(table, parts)), level);
    added.set(part, contentTypes.worksheet);
    if (!replaced) newRels.push(relationshipXml(entry.relId, relTypes.worksheet, part.slice(wbPath.lastIndexOf('/') + 1)));
  }
  printTitles(model, placements, replacedParts.size > 0);

  let stylesPath = partOf(stylesRel);
  if (!stylesPath) {
    stylesPath = `${wbPath.slice(0, wbPath.lastIndexOf('/') + 1)}styles.xml`;
    newRels.push(relationshipXml(`rId${nextRelId()}`, relTypes.styles, 'styles.xml'));
    added.set(stylesPath, contentTypes.styles);
  }
  zip.file(stylesPath, parts.styles.stylesXml(), level);
  if (stringsXml !== null) {
    zip.file(partOf(stringsRel) as string, utf8.encode(appendStrings(stringsXml, parts.strings)), level);
  } else if (parts.strings.size > 0) {
    const path = `${wbPath.slice(0, wbPath.lastIndexOf('/') + 1)}sharedStrings.xml`;
    zip.file(path, utf8.encode(parts.strings.tableXml()), level);
    newRels.push(relationshipXml(`rId${nextRelId()}`, relTypes.sharedStrings, 'sharedStrings.xml'));
    added.set(path, contentTypes.sharedStrings);
  }

  zip.file(wbPath, workbookXml(model, replacedParts.size > 0), level);
  let wbRels = relsXml;
  if (calcChain && removed.has(partOf(calcChain) as string)) wbRels = wbRels.replace(/<Relationship\s[^>]*>/g, (tag) => (parseRelationships(tag)[0]?.id === calcChain.id ? '' : tag));
  zip.file(wbRelsPath, wbRels.replace('</Relationships>', `${newRels.join('')}</Relationships>`), level);
  zip.file('[Content_Types].xml', editContentTypes((await textOf(zip, '[Content_Types].xml')) ?? '', removed, added), level);

  keepStoredEntries(zip);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: level.compressionOptions.level } });
  const placed: Record<string, string> = {};
  for (const { table, entry } of placements) placed[table.kind] = entry.name;
  return { bytes, placed };
}

/** Print titles of our sheets as sheet-local names; a replaced sheet's old local names go with it. */
function printTitles(model: WorkbookModel, placements: readonly Placement[], anyReplaced: boolean): void {
  const indexOf = (entry: SheetEntry): number => model.sheets.indexOf(entry);
  if (anyReplaced) {
    const replaced = new Set(placements.filter((p) => p.replaced).map((p) => indexOf(p.entry)));
    model.names = model.names.filter((n) => n.localSheetId === undefined || !replaced.has(n.localSheetId));
  }
  for (const { table, entry } of placements) {
    const rows = printTitleRows(table);
    if (rows) model.names.push({ name: '_xlnm.Print_Titles', localSheetId: indexOf(entry), text: `${quotedSheet(entry.name)}!${rows}`, xml: null });
  }
}
