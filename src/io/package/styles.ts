/**
 * The cell formats our sheets use, as a registry that appends them to a styles.xml: the input's
 * (spliced workbook) or a minimal one (standalone package). Our fonts are the workbook's default
 * font made bold, larger or blue-underlined, so the output sheets read in the team's own font.
 */
import { attributesOf, elementsOf, rootPrefix, xmlText } from './xml';

/** plain: the default font; bold: headers and sections; title: bold 14; link: blue underlined. */
export type FontKind = 'plain' | 'bold' | 'title' | 'link';
export type FillKind = 'none' | 'amber' | 'red' | 'section';

export const fillColors: Readonly<Record<Exclude<FillKind, 'none'>, string>> = { amber: 'FFFFE699', red: 'FFFF9999', section: 'FFD9E1F2' };
export const linkColor = 'FF0563C1';

/** Formats Excel knows by id without a numFmt element (ECMA-376 §18.8.30). */
const builtinFormats: Readonly<Record<string, number>> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
/** Ids below this are Excel's built-in formats. */
const firstCustomFormatId = 164;
/** The canonical order of a font's children (Excel's own; the schema allows any). */
const fontChildren = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

/** A styles.xml with only what Excel requires: one font, the two reserved fills, one border, Normal. */
export const minimalStylesXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Block { readonly openStart: number; readonly openEnd: number; readonly closeStart: number; readonly end: number }

function blockOf(xml: string, tag: string): Block | null {
  const m = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!m) return null;
  const openEnd = m.index + m[0].length;
  if (m[1] === '/') return { openStart: m.index, openEnd, closeStart: openEnd, end: openEnd };
  const closeStart = xml.indexOf(`</${tag}>`, openEnd);
  if (closeStart < 0) throw new Error(`styles.xml: unclosed <${tag}>`);
  return { openStart: m.index, openEnd, closeStart, end: closeStart + tag.length + 3 };
}

/** `<fonts count="3">` with its count set (added when it had none); a self-closed tag opened. */
function withCount(openTag: string, count: number): string {
  const open = openTag.replace(/\s*\/>$/, '>');
  return /\scount="[^"]*"/.test(open) ? open.replace(/\scount="[^"]*"/, ` count="${count}"`) : open.replace(/>$/, ` count="${count}">`);
}

/** The children of a font element, by local name. */
function fontParts(fontXml: string, p: string): Map<string, string> {
  const inner = fontXml.replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '');
  const parts = new Map<string, string>();
  for (const m of inner.matchAll(/<([\w.-]+:)?([\w.-]+)(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/\1?\2>)/g)) {
    if ((m[1] ?? '') === p) parts.set(m[2] as string, m[0]);
  }
  return parts;
}

export class StyleRegistry {
  private readonly xml: string;
  private readonly p: string;
  private readonly base: { fonts: number; fills: number; xfs: number };
  private readonly defaultFont: Map<string, string>;
  private readonly formatIds = new Map<string, number>();
  private readonly usedFormatIds = new Set<number>();
  private readonly newFormats: string[] = [];
  private readonly fontIds = new Map<FontKind, number>([['plain', 0]]);
  private readonly newFonts: string[] = [];
  private readonly fillIds = new Map<FillKind, number>([['none', 0]]);
  private readonly newFills: string[] = [];
  private readonly xfIds = new Map<string, number>();
  private readonly newXfs: string[] = [];

  /** @param stylesXml the input's styles.xml, or minimalStylesXml for a package of our own. */
  constructor(stylesXml: string = minimalStylesXml) {
    this.xml = stylesXml;
    const p = rootPrefix(stylesXml, 'styleSheet');
    this.p = p;
    const count = (block: string, item: string): number => {
      const b = blockOf(stylesXml, p + block);
      return b ? elementsOf(stylesXml, p + item, b.openEnd, b.closeStart).length : 0;
    };
    this.base = { fonts: count('fonts', 'font'), fills: count('fills', 'fill'), xfs: count('cellXfs', 'xf') };
    if (this.base.xfs === 0) throw new Error('styles.xml has no cellXfs');
    // Fills 0 and 1 are reserved (none, gray125): a file with fewer gets them first.
    while (this.base.fills + this.newFills.length < 2) {
      this.newFills.push(`<${p}fill><${p}patternFill patternType="${this.base.fills + this.newFills.length === 0 ? 'none' : 'gray125'}"/></${p}fill>`);
    }
    const fonts = blockOf(stylesXml, `${p}fonts`);
    const first = fonts ? elementsOf(stylesXml, `${p}font`, fonts.openEnd, fonts.closeStart)[0] : undefined;
    this.defaultFont = first ? fontParts(first.text, p) : new Map([['sz', `<${p}sz val="11"/>`], ['name', `<${p}name val="Calibri"/>`]]);
    if (!first) this.newFonts.push(this.fontXml(this.defaultFont));
    const formats = blockOf(stylesXml, `${p}numFmts`);
    for (const f of formats ? elementsOf(stylesXml, `${p}numFmt`, formats.openEnd, formats.closeStart) : []) {
      const a = attributesOf(f.text.slice(0, f.text.indexOf('>') + 1));
      const id = Number(a['numFmtId']);
      this.usedFormatIds.add(id);
      if (a['formatCode'] !== undefined && !this.formatIds.has(a['formatCode'])) this.formatIds.set(a['formatCode'], id);
    }
  }

  /**
   * The cellXfs index for a font, fill and number format (null: General); 0 is the default.
   * @example registry.xf('bold', 'none', '@') → the index of a bold text cell
   */
  xf(font: FontKind, fill: FillKind, format: string | null): number {
    const key = `${font}|${fill}|${format ?? ''}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const id = font === 'plain' && fill === 'none' && format === null ? 0 : this.base.xfs + this.newXfs.length;
    if (id !== 0) {
      const [numFmtId, fontId, fillId] = [format === null ? 0 : this.formatId(format), this.fontId(font), this.fillId(fill)];
      const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}`;
      this.newXfs.push(`<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}/>`);
    }
    this.xfIds.set(key, id);
    return id;
  }

  /** The styles.xml with our formats, fonts, fills and cell formats appended and every count right. */
  stylesXml(): string {
    const p = this.p;
    let xml = this.xml;
    // Last block first, so the earlier positions stay valid.
    for (const [block, items, total] of [
      ['cellXfs', this.newXfs, this.base.xfs + this.newXfs.length],
      ['fills', this.newFills, this.base.fills + this.newFills.length],
      ['fonts', this.newFonts, this.base.fonts + this.newFonts.length],
    ] as const) {
      if (items.length === 0) continue;
      const b = blockOf(xml, p + block);
      if (!b) throw new Error(`styles.xml has no <${block}>`);
      xml = xml.slice(0, b.openStart) + withCount(xml.slice(b.openStart, b.openEnd), total) + xml.slice(b.openEnd, b.closeStart) +
        items.join('') + (b.closeStart === b.openEnd ? `</${p}${block}>` : '') + xml.slice(b.closeStart);
    }
    if (this.newFormats.length === 0) return xml;
    const formats = blockOf(xml, `${p}numFmts`);
    if (formats) {
      const total = elementsOf(xml, `${p}numFmt`, formats.openEnd, formats.closeStart).length + this.newFormats.length;
      return xml.slice(0, formats.openStart) + withCount(xml.slice(formats.openStart, formats.openEnd), total) +
        xml.slice(formats.openEnd, formats.closeStart) + this.newFormats.join('') +
        (formats.closeStart === formats.openEnd ? `</${p}numFmts>` : '') + xml.slice(formats.closeStart);
    }
    // numFmts is the first child of styleSheet.
    const root = /<[\w.:-]*styleSheet[^>]*>/.exec(xml);
    if (!root) throw new Error('styles.xml has no styleSheet');
    const at = root.index + root[0].length;
    return `${xml.slice(0, at)}<${p}numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</${p}numFmts>${xml.slice(at)}`;
  }

  private formatId(format: string): number {
    const builtin = builtinFormats[format];
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(format);
    if (known !== undefined) return known;
    let id = firstCustomFormatId;
    while (this.usedFormatIds.has(id)) id += 1;
    this.usedFormatIds.add(id);
    this.formatIds.set(format, id);
    this.newFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${xmlText(format)}"/>`);
    return id;
  }

  private fontId(kind: FontKind): number {
    const known = this.fontIds.get(kind);
    if (known !== undefined) return known;
    const p = this.p;
    const parts = new Map(this.defaultFont);
    if (kind === 'bold' || kind === 'title') parts.set('b', `<${p}b/>`);
    if (kind === 'title') parts.set('sz', `<${p}sz val="14"/>`);
    if (kind === 'link') {
      parts.set('u', `<${p}u/>`);
      parts.set('color', `<${p}color rgb="${linkColor}"/>`);
    }
    const id = this.base.fonts + this.newFonts.length;
    this.newFonts.push(this.fontXml(parts));
    this.fontIds.set(kind, id);
    return id;
  }

  private fontXml(parts: Map<string, string>): string {
    const ordered = fontChildren.flatMap((name) => parts.get(name) ?? []);
    const others = [...parts.entries()].filter(([name]) => !fontChildren.includes(name)).map(([, xml]) => xml);
    return `<${this.p}font>${[...ordered, ...others].join('')}</${this.p}font>`;
  }

  private fillId(kind: FillKind): number {
    const known = this.fillIds.get(kind);
    if (known !== undefined) return known;
    if (kind === 'none') return 0;
    const p = this.p;
    const id = this.base.fills + this.newFills.length;
    this.newFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fillColors[kind]}"/></${p}patternFill></${p}fill>`);
    this.fillIds.set(kind, id);
    return id;
  }
}
