/**
 * The package (OPC) layer of an input workbook: relationships, part names, content types, and the
 * parts only a given part reaches (what goes when a sheet is replaced). Small parts only.
 */
import type JSZip from 'jszip';
import { attributesOf, elementsOf, xmlText } from './xml';

export interface Relationship { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean }

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'; the package itself ('') → '_rels/.rels'. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship's target as a part name, from the part that holds it.
 * @example resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml') === 'xl/drawings/drawing1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try { decoded = decodeURI(target); } catch { /* a target that is not URI-encoded is used as written */ }
  const path = decoded.startsWith('/') ? decoded.slice(1).split('/') : [...source.split('/').slice(0, -1), ...decoded.split('/')];
  const parts: string[] = [];
  for (const segment of path) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

export function parseRelationships(xml: string): Relationship[] {
  return elementsOf(xml, 'Relationship').map(({ text }) => {
    const a = attributesOf(text);
    return { id: a['Id'] ?? '', type: a['Type'] ?? '', target: a['Target'] ?? '', external: a['TargetMode'] === 'External' };
  });
}

export async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** The internal parts `part` points at through its .rels. */
async function targetsOf(zip: JSZip, part: string): Promise<string[]> {
  const xml = await textOf(zip, relsPathOf(part));
  if (xml === null) return [];
  return parseRelationships(xml).filter((rel) => !rel.external).map((rel) => resolveTarget(part, rel.target));
}

/** Every part reached from `roots` through relationships, not walking into `barriers`. */
async function reached(zip: JSZip, roots: readonly string[], barriers: ReadonlySet<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = roots.filter((root) => !barriers.has(root));
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (seen.has(part)) continue;
    seen.add(part);
    for (const next of await targetsOf(zip, part)) if (!seen.has(next) && !barriers.has(next)) queue.push(next);
  }
  return seen;
}

/**
 * The parts only `parts` reach (their drawings, charts, comments …): nothing the rest of the package
 * still reaches, so a chart shared with another sheet stays.
 */
export async function partsOnlyReachedFrom(zip: JSZip, parts: ReadonlySet<string>): Promise<Set<string>> {
  const rest = await reached(zip, await targetsOf(zip, ''), parts);
  const fromParts = new Set<string>();
  for (const part of parts) for (const p of await reached(zip, await targetsOf(zip, part), parts)) fromParts.add(p);
  return new Set([...fromParts].filter((p) => !rest.has(p)));
}

/** [Content_Types].xml with the overrides of `removed` parts dropped and `added` ones set (replacing any for the same part). */
export function editContentTypes(xml: string, removed: ReadonlySet<string>, added: ReadonlyMap<string, string>): string {
  const dropped = new Set([...removed, ...added.keys()].map((part) => `/${part}`));
  let out = xml;
  for (const { text } of elementsOf(xml, 'Override').reverse()) {
    if (dropped.has(attributesOf(text)['PartName'] ?? '')) out = out.replace(text, '');
  }
  const overrides = [...added].map(([part, type]) => `<Override PartName="/${xmlText(part)}" ContentType="${type}"/>`).join('');
  return out.replace('</Types>', `${overrides}</Types>`);
}
