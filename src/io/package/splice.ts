/**
 * The command line's output file: the input workbook's zip with every input part copied as it is
 * (JSZip re-uses an unchanged entry's compressed bytes), plus the output sheets — new worksheet
 * parts, their entries in workbook.xml, its .rels and [Content_Types].xml, our strings appended to
 * the input's shared strings and our formats to its styles.xml. The big input sheets are never parsed.
 * Which sheet each table goes to (markers, 计分表(2) beside a user's own sheet): placement.ts.
 */
import './immediate';
import JSZip from 'jszip';
import type { SheetTable } from '../../report/types';
import { place, type Placement, type WriteOptions } from './placement';
import { editContentTypes, parseRelationships, partsOnlyReachedFrom, relsPathOf, resolveTarget, textOf, type Relationship } from './opc';
import { contentTypes, deflate, relationshipXml, relTypes } from './parts';
import { printTitleRows, sheetXml, type PackageParts } from './sheet';
import { SharedStrings } from './strings';
import { minimalStylesXml, StyleRegistry } from './styles';
import { parseWorkbook, workbookXml, type SheetEntry, type WorkbookModel } from './workbook';
import { quotedSheet, rootPrefix } from './xml';

export { markerPrefix, ownSheetsIn, type WriteOptions } from './placement';

/** UTF-8 by the platform's encoder: JSZip's own string encoding is several times slower. */
const utf8 = new TextEncoder();

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

/** The input's workbook part, its relationships and where its parts live. */
interface Book {
  readonly path: string;
  readonly dir: string;
  readonly model: WorkbookModel;
  readonly relsXml: string;
  readonly rels: readonly Relationship[];
  readonly partOf: (rel: Relationship | undefined) => string | undefined;
  readonly nextRelId: () => string;
}

async function openBook(zip: JSZip): Promise<Book> {
  const officeDocument = parseRelationships((await textOf(zip, '_rels/.rels')) ?? '').find((r) => r.type === relTypes.officeDocument);
  if (!officeDocument) throw new Error('not a workbook: no officeDocument relationship');
  const path = resolveTarget('', officeDocument.target);
  const relsXml = (await textOf(zip, relsPathOf(path))) ?? '';
  const rels = parseRelationships(relsXml);
  const relId = nextNumber(rels.map((r) => r.id), /^rId(\d+)$/);
  return {
    path, dir: path.slice(0, path.lastIndexOf('/') + 1), model: parseWorkbook((await textOf(zip, path)) ?? ''), relsXml, rels,
    partOf: (rel) => rel && resolveTarget(path, rel.target), nextRelId: () => `rId${relId()}`,
  };
}

/** What the splice adds to the package: parts with their content types, and workbook relationships. */
interface Additions { readonly types: Map<string, string>; readonly rels: string[] }

/** Our strings after the input's, our formats after its styles: read before any sheet is written. */
async function packagePartsOf(zip: JSZip, book: Book): Promise<PackageParts & { stringsXml: string | null }> {
  const stylesRel = book.rels.find((r) => r.type === relTypes.styles);
  const stringsRel = book.rels.find((r) => r.type === relTypes.sharedStrings);
  const stringsXml = stringsRel ? await textOf(zip, book.partOf(stringsRel) as string) : null;
  const stylesXml = stylesRel ? await textOf(zip, book.partOf(stylesRel) as string) : null;
  return {
    strings: new SharedStrings(stringsXml === null ? 0 : countItems(stringsXml, `${rootPrefix(stringsXml, 'sst')}si`)),
    styles: new StyleRegistry(stylesXml ?? minimalStylesXml),
    stringsXml,
  };
}

/** Writes styles.xml and sharedStrings.xml with ours appended (each created when the input has none). */
function writeSharedParts(zip: JSZip, book: Book, parts: PackageParts & { stringsXml: string | null }, added: Additions, level: ReturnType<typeof deflate>): void {
  let stylesPath = book.partOf(book.rels.find((r) => r.type === relTypes.styles));
  if (!stylesPath) {
    stylesPath = `${book.dir}styles.xml`;
    added.rels.push(relationshipXml(book.nextRelId(), relTypes.styles, 'styles.xml'));
    added.types.set(stylesPath, contentTypes.styles);
  }
  zip.file(stylesPath, parts.styles.stylesXml(), level);
  const stringsPath = book.partOf(book.rels.find((r) => r.type === relTypes.sharedStrings));
  if (stringsPath && parts.stringsXml !== null) {
    zip.file(stringsPath, utf8.encode(appendStrings(parts.stringsXml, parts.strings)), level);
  } else if (parts.strings.size > 0) {
    const path = `${book.dir}sharedStrings.xml`;
    zip.file(path, utf8.encode(parts.strings.tableXml()), level);
    added.rels.push(relationshipXml(book.nextRelId(), relTypes.sharedStrings, 'sharedStrings.xml'));
    added.types.set(path, contentTypes.sharedStrings);
  }
}

/**
 * Drops what only the replaced sheet parts reached (their drawings and the charts the add-in drew,
 * comments, tables) and, when any sheet is replaced, the calculation chain: a stale one makes Excel
 * "repair" the file. Returns every part removed.
 */
async function dropReplaced(zip: JSZip, book: Book, replacedParts: ReadonlySet<string>): Promise<Set<string>> {
  const removed = await partsOnlyReachedFrom(zip, replacedParts);
  for (const part of replacedParts) zip.remove(relsPathOf(part));
  const calcChain = book.partOf(book.rels.find((r) => r.type === relTypes.calcChain));
  if (calcChain && replacedParts.size > 0) removed.add(calcChain);
  for (const part of removed) {
    zip.remove(part);
    zip.remove(relsPathOf(part));
  }
  return removed;
}

/** workbook.xml, its .rels (less the removed parts, plus ours) and [Content_Types].xml. */
async function writeWorkbookParts(zip: JSZip, book: Book, removed: ReadonlySet<string>, added: Additions, recalculate: boolean, level: ReturnType<typeof deflate>): Promise<void> {
  zip.file(book.path, workbookXml(book.model, recalculate), level);
  const gone = new Set(book.rels.filter((r) => !r.external && removed.has(book.partOf(r) as string)).map((r) => r.id));
  const rels = book.relsXml.replace(/<Relationship\s[^>]*>/g, (tag) => (gone.has(parseRelationships(tag)[0]?.id ?? '') ? '' : tag));
  zip.file(relsPathOf(book.path), rels.replace('</Relationships>', `${added.rels.join('')}</Relationships>`), level);
  zip.file('[Content_Types].xml', editContentTypes((await textOf(zip, '[Content_Types].xml')) ?? '', removed, added.types), level);
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
  const book = await openBook(zip);
  const sheetId = nextNumber(book.model.sheets.map((s) => `${s.sheetId}`), /^(\d+)$/);
  const sheetsDir = `${book.dir}worksheets/`;
  const sheetPart = nextNumber(Object.keys(zip.files), new RegExp(`^${sheetsDir}sheet(\\d+)\\.xml$`));
  const placements = place(book.model, tables, options, () => ({ sheetId: sheetId(), relId: book.nextRelId() }));
  const parts = await packagePartsOf(zip, book);
  const partOfEntry = (entry: SheetEntry): string => book.partOf(book.rels.find((r) => r.id === entry.relId)) as string;
  const replacedParts = new Set(placements.filter((p) => p.replaced).map((p) => partOfEntry(p.entry)));
  const removed = await dropReplaced(zip, book, replacedParts);
  const added: Additions = { types: new Map(), rels: [] };
  for (const { table, entry, replaced } of placements) {
    // A replaced sheet keeps its part, its relationship and its place in the tab order.
    const part = replaced ? partOfEntry(entry) : `${sheetsDir}sheet${sheetPart()}.xml`;
    zip.file(part, utf8.encode(sheetXml(table, parts)), level);
    added.types.set(part, contentTypes.worksheet);
    if (!replaced) added.rels.push(relationshipXml(entry.relId, relTypes.worksheet, part.slice(book.dir.length)));
  }
  printTitles(book.model, placements, replacedParts.size > 0);
  writeSharedParts(zip, book, parts, added, level);
  await writeWorkbookParts(zip, book, removed, added, replacedParts.size > 0, level);
  keepStoredEntries(zip);
  const bytes = await zip.generateAsync({ type: 'uint8array', ...level });
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
