/**
 * XML text for the package writer: escaping, the characters XML 1.0 cannot hold, and the small
 * attribute/element reading that workbook.xml, styles.xml and the .rels parts need (they are small;
 * the big input sheet parts are never parsed).
 */

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates): dropped, or the file will not open. */
// A surrogate pair is matched whole and kept; no lookbehind, which older Safari (Excel on a Mac) cannot parse.
const forbidden = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
/** Excel reads `_x0041_` in a string as 'A'; a literal one is stored with its underscore escaped (ECMA-376 ST_Xstring). */
const escapeLike = /_(x[0-9A-Fa-f]{4}_)/g;
const needsWork = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for an element or a double-quoted attribute: escaped, forbidden characters dropped.
 * @example xmlText('a<b & "c"\u0001') === 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlText(text: string): string {
  if (!needsWork.test(text)) return text;
  return text.replace(forbidden, (ch) => (ch.length === 2 ? ch : '')).replace(/[&<>"]/g, (ch) => entities[ch] as string);
}

/**
 * A cell string as Excel stores it: as xmlText, and a literal `_xHHHH_` kept literal.
 * @example cellText('_x0041_') === '_x005F_x0041_'
 */
export function cellText(text: string): string {
  const escaped = xmlText(text);
  return escaped.includes('_x') ? escaped.replace(escapeLike, '_x005F_$1') : escaped;
}

/** The inverse of the five predefined entities and numeric references (for names read from workbook.xml). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] as string;
  });
}

/**
 * The attributes of one start tag, values unescaped.
 * @example attributesOf('<sheet name="A&amp;B" sheetId="3" r:id="rId3"/>') → { name: 'A&B', sheetId: '3', 'r:id': 'rId3' }
 */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

/** The namespace prefix (with its colon) a part's root element uses: '' for the usual default namespace. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/**
 * Every element `<name …/>` or `<name …>…</name>` (not nested in itself), with where it starts and ends.
 * @example elementsOf('<a><b x="1"/><b>t</b></a>', 'b').map((e) => e.text) → ['<b x="1"/>', '<b>t</b>']
 */
export function elementsOf(xml: string, name: string, from = 0, to = xml.length): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  const open = new RegExp(`<${name}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  open.lastIndex = from;
  for (let m = open.exec(xml); m !== null && m.index < to; m = open.exec(xml)) {
    let end = m.index + m[0].length;
    if (m[1] !== '/') {
      const close = xml.indexOf(`</${name}>`, end);
      if (close < 0) throw new Error(`unclosed <${name}>`);
      end = close + name.length + 3;
    }
    found.push({ text: xml.slice(m.index, end), start: m.index, end });
    open.lastIndex = end;
  }
  return found;
}

/** A sheet name as a formula reference wants it: always quoted, quotes doubled ('Bob''s'). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The sheet a one-area reference names, with or without a leading '=' (how Office.js gives a name's formula).
 * @example sheetOfReference("'O''Neil'!$A$1") === "O'Neil"; sheetOfReference('=计分表!$A$1') === '计分表'
 */
export function sheetOfReference(reference: string): string {
  const text = reference.startsWith('=') ? reference.slice(1) : reference;
  const bang = text.lastIndexOf('!');
  const sheet = bang < 0 ? text : text.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** A defined name as the marker search needs it, whichever reader found it. */
export interface NameReference { readonly name: string; readonly reference: string; readonly localSheetId?: number }

/**
 * `{ <name without prefix>: sheet }` for each workbook-level name starting with `prefix` whose sheet
 * exists: how the add-in and the command line find the `_CsClose_<kind>` sheets they wrote.
 * @example markedSheetsOf([{name: '_CsClose_scorecard', reference: "'计分表'!$A$1"}], () => true, '_CsClose_') → { scorecard: '计分表' }
 */
export function markedSheetsOf(names: readonly NameReference[], sheetExists: (sheet: string) => boolean, prefix: string): Record<string, string> {
  const marked: Record<string, string> = {};
  for (const { name, reference, localSheetId } of names) {
    if (!name.startsWith(prefix) || localSheetId !== undefined) continue;
    const sheet = sheetOfReference(reference);
    if (sheetExists(sheet)) marked[name.slice(prefix.length)] = sheet;
  }
  return marked;
}

