/**
 * The workbook part and the package's relationships: which sheets there are, in which order, under
 * which names and states, where each sheet's part is, the defined names, and the date system.
 */
import { attributesOf, findElement, rootPrefix, tagEndOf, xmlText } from './tokens';

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part's path in the zip, or undefined when no relationship leads to one. */
  readonly path: string | undefined;
}

export interface DefinedName {
  readonly name: string;
  /** The name's formula text as stored, e.g. `'计分表'!$A$1`. */
  readonly range: string;
  /** Set for a sheet-scoped name: the index of its sheet in workbook order. */
  readonly localSheetId?: number;
}

export interface WorkbookEntry { readonly sheets: SheetEntry[]; readonly definedNames: DefinedName[]; readonly date1904: boolean }

export interface Relationship { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean }

/** A .rels part's relationships. */
export function relationshipsOf(xml: string): Relationship[] {
  const p = rootPrefix(xml, 'Relationships');
  const rels: Relationship[] = [];
  for (let at = findElement(xml, `<${p}Relationship`, 0); at >= 0; at = findElement(xml, `<${p}Relationship`, at + 1)) {
    const a = attributesOf(xml, at + p.length + 13, tagEndOf(xml, at));
    rels.push({ id: a['Id'] ?? '', type: a['Type'] ?? '', target: a['Target'] ?? '', external: a['TargetMode'] === 'External' });
  }
  return rels;
}

/**
 * A relationship's target as a zip path, resolved against the part that holds it.
 * @example resolvePart('xl/workbook.xml', 'worksheets/sheet1.xml') === 'xl/worksheets/sheet1.xml'
 * @example resolvePart('xl/workbook.xml', '/xl/worksheets/sheet1.xml') === 'xl/worksheets/sheet1.xml'
 */
export function resolvePart(source: string, target: string): string {
  const trimmed = target.trim();
  const base = trimmed.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(decodeURIComponentSafe(segment));
  }
  return base.join('/');
}

function decodeURIComponentSafe(segment: string): string {
  try { return decodeURIComponent(segment); } catch { return segment; }
}

/** The .rels part beside a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const states = new Set(['visible', 'hidden', 'veryHidden']);

/**
 * workbook.xml with its relationships: sheets in workbook order (a sheet whose relationship is not a
 * worksheet — a chart sheet — has no path), defined names, and `<workbookPr date1904="1">`.
 */
export function workbookEntryOf(xml: string, workbookPath: string, rels: readonly Relationship[]): WorkbookEntry {
  const p = rootPrefix(xml, 'workbook');
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  for (let at = findElement(xml, `<${p}sheet`, 0); at >= 0; at = findElement(xml, `<${p}sheet`, at + 1)) {
    const a = attributesOf(xml, at + p.length + 6, tagEndOf(xml, at));
    const relId = Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1];
    const rel = relId === undefined ? undefined : byId.get(relId);
    const isWorksheet = rel !== undefined && !rel.external && /\/worksheet$/.test(rel.type);
    const state = a['state'] ?? 'visible';
    sheets.push({
      name: a['name'] ?? '',
      state: states.has(state) ? (state as SheetEntry['state']) : 'visible',
      path: isWorksheet ? resolvePart(workbookPath, rel.target) : undefined,
    });
  }
  const definedNames: DefinedName[] = [];
  const nameOpen = `<${p}definedName`;
  for (let at = findElement(xml, nameOpen, 0); at >= 0; at = findElement(xml, nameOpen, at + 1)) {
    const gt = tagEndOf(xml, at);
    const a = attributesOf(xml, at + nameOpen.length, gt);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt + 1 : xml.indexOf(`</${p}definedName>`, gt);
    const range = selfClosing ? '' : xmlText(xml.slice(gt + 1, end < 0 ? xml.length : end));
    const local = a['localSheetId'];
    definedNames.push({ name: a['name'] ?? '', range, ...(local === undefined ? {} : { localSheetId: parseInt(local, 10) }) });
  }
  const prAt = findElement(xml, `<${p}workbookPr`, 0);
  const date1904 = prAt < 0 ? undefined : attributesOf(xml, prAt + p.length + 11, tagEndOf(xml, prAt))['date1904'];
  return { sheets, definedNames, date1904: date1904 === '1' || date1904 === 'true' };
}
