/**
 * The few XML lexing steps the reader needs, done with indexOf over the part's text: a start tag's
 * attributes, an element's text, and text decoded the way ExcelJS's XML parser (saxes) hands it over
 * — line ends normalised, the five entities and character references replaced.
 */

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const entity = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;

/** `&amp;` → `&`, `&#x4E2D;` → `中`; an unknown entity is left as it is. */
function replaceEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return namedEntities[body] ?? whole;
  const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Element text or an attribute value as an XML parser gives it: CR LF and lone CR become LF (XML 1.0
 * §2.11, so a raw CR written into a file reads back as LF, as with ExcelJS), entities decoded.
 * @example xmlText('a &amp; b&#13;\r\n') === 'a & b\r\n'
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (text.indexOf('&') >= 0) text = text.replace(entity, replaceEntity);
  return text;
}

/**
 * xmlText for text that outlives the part (a cell's string): a slice of a string keeps the whole
 * string alive in V8, so a sheet of inline strings would keep its 80 MB of XML as long as the grid.
 * Concatenating and slicing again copies the characters into a string of their own.
 */
export function ownText(raw: string): string {
  const text = xmlText(raw);
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

/** Attribute values also have tab and LF turned into spaces (XML 1.0 §3.3.3). */
function attributeText(raw: string): string {
  const text = raw.indexOf('\r') >= 0 || raw.indexOf('\n') >= 0 || raw.indexOf('\t') >= 0 ? raw.replace(/\r\n|[\r\n\t]/g, ' ') : raw;
  return text.indexOf('&') >= 0 ? text.replace(entity, replaceEntity) : text;
}

const isNameEnd = (code: number): boolean => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/**
 * Whether `<name` at `at` starts that element (and not `<names` or `<name2`).
 * @example startsElement('<c r="A1">', 0, '<c') === true; startsElement('<cols>', 0, '<c') === false
 */
export function startsElement(xml: string, at: number, open: string): boolean {
  return xml.startsWith(open, at) && isNameEnd(xml.charCodeAt(at + open.length));
}

/** The next `<name …>` start tag at or after `from` (before `to`), or -1. */
export function findElement(xml: string, open: string, from: number, to = xml.length): number {
  for (let at = xml.indexOf(open, from); at >= 0 && at < to; at = xml.indexOf(open, at + open.length)) {
    if (isNameEnd(xml.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

/**
 * Calls `visit(name, rawValue)` for each attribute of the start tag xml[from, to), without regex
 * and without building an object (the sheet reader calls this for millions of cells).
 */
function eachAttribute(xml: string, from: number, to: number, visit: (name: string, raw: string) => void): void {
  let at = from;
  for (;;) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq >= to) return;
    let nameStart = at;
    while (nameStart < eq && isSpaceOrTagChar(xml.charCodeAt(nameStart))) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && isSpaceOrTagChar(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    let quoteAt = eq + 1;
    while (quoteAt < to && xml.charCodeAt(quoteAt) !== 34 && xml.charCodeAt(quoteAt) !== 39) quoteAt++;
    if (quoteAt >= to) return;
    const close = xml.indexOf(xml.charAt(quoteAt), quoteAt + 1);
    if (close < 0 || close >= to) return;
    visit(xml.slice(nameStart, nameEnd), xml.slice(quoteAt + 1, close));
    at = close + 1;
  }
}

const isSpaceOrTagChar = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 60;

/**
 * Where the start tag at `at` ends (its '>'), stepping over quoted values: in the small parts an
 * attribute may hold a raw '>' (a sheet named "a>b").
 */
export function tagEndOf(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote !== 0) { if (code === quote) quote = 0; } else if (code === 34 || code === 39) quote = code; else if (code === 62) return i;
  }
  return xml.length;
}

/** A start tag's attributes, values decoded (for the small parts: workbook.xml, .rels, styles.xml). */
export function attributesOf(xml: string, from: number, to: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  eachAttribute(xml, from, to, (name, raw) => { attributes[name] = attributeText(raw); });
  return attributes;
}

/**
 * The namespace prefix a part uses for its root element, with its colon: '' for the default namespace.
 * @example rootPrefix('<x:worksheet xmlns:x="…">', 'worksheet') === 'x:'
 */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}
