/**
 * What the Excel double makes of `workbook.insertWorksheetsFromBase64`: the .xlsx is unzipped and
 * its sheets become SheetModels — values, number formats, fills, bold and size, hyperlinks, column
 * widths, frozen rows, hidden state and page setup — in the same terms the double stores when the
 * same things are set command by command, so one test can check either way of writing.
 * A small SpreadsheetML reader (tags and attributes), enough for any well-formed package.
 */
import JSZip from 'jszip';
import { widthPoints } from '../../src/io/office/plan';
import { cellKey, newSheet, type CellModel, type SheetModel } from './excel-model';

interface Tag { readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly close: boolean; readonly empty: boolean }
type Token = Tag | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string => text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, ent: string) => {
  if (ent.startsWith('#x') || ent.startsWith('#X')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
  if (ent.startsWith('#')) return String.fromCodePoint(Number(ent.slice(1)));
  return entities[ent] ?? all;
});

/** Tags (namespace prefixes dropped) and text between them. */
function tokens(xml: string): Token[] {
  const out: Token[] = [];
  const pattern = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[5] !== undefined) { out.push(unescapeXml(m[5])); continue; }
    if (m[2] === undefined) continue;
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1] ?? ''] = unescapeXml(a[2] ?? a[3] ?? '');
    }
    out.push({ name: m[2], attrs, close: m[1] === '/', empty: m[4] === '/' });
  }
  return out;
}

const isTag = (t: Token | undefined, name?: string): t is Tag => typeof t === 'object' && (name === undefined || t.name === name);

/** Each element `name` with the tokens inside it. */
function elements(list: readonly Token[], name: string): { tag: Tag; inner: Token[] }[] {
  const found: { tag: Tag; inner: Token[] }[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (!isTag(t, name) || t.close) continue;
    if (t.empty) { found.push({ tag: t, inner: [] }); continue; }
    let depth = 1, j = i + 1;
    for (; j < list.length && depth > 0; j++) {
      const u = list[j];
      if (isTag(u, name) && !u.empty) depth += u.close ? -1 : 1;
    }
    found.push({ tag: t, inner: list.slice(i + 1, j - 1) });
    i = j - 1;
  }
  return found;
}

const textOf = (inner: readonly Token[], tag = 't'): string => elements(inner, tag).map((e) => e.inner.filter((x): x is string => typeof x === 'string').join('')).join('');

const builtinFormats: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'm/d/yyyy', 49: '@' };

interface Style { numberFormat: string; bold: boolean; size: number | undefined; fill: string | undefined }

/** The cellXfs of styles.xml as the double's cell properties. */
function stylesOf(xml: string): Style[] {
  const list = tokens(xml);
  const formats = new Map<number, string>(Object.entries(builtinFormats).map(([id, code]) => [Number(id), code]));
  for (const f of elements(list, 'numFmt')) formats.set(Number(f.tag.attrs['numFmtId']), f.tag.attrs['formatCode'] ?? '');
  const fonts = elements(elements(list, 'fonts')[0]?.inner ?? [], 'font').map(({ inner }) => ({
    bold: inner.some((t) => isTag(t, 'b') && t.attrs['val'] !== '0' && t.attrs['val'] !== 'false'),
    size: Number(inner.find((t): t is Tag => isTag(t, 'sz'))?.attrs['val'] ?? 11),
  }));
  const fills = elements(elements(list, 'fills')[0]?.inner ?? [], 'fill').map(({ inner }) => {
    const solid = inner.some((t) => isTag(t, 'patternFill') && t.attrs['patternType'] === 'solid');
    const rgb = inner.find((t): t is Tag => isTag(t, 'fgColor'))?.attrs['rgb'];
    return solid && rgb ? `#${rgb.slice(-6).toUpperCase()}` : undefined;
  });
  return elements(elements(list, 'cellXfs')[0]?.inner ?? [], 'xf').map(({ tag }) => {
    const font = fonts[Number(tag.attrs['fontId'] ?? 0)];
    return {
      numberFormat: formats.get(Number(tag.attrs['numFmtId'] ?? 0)) ?? 'General',
      bold: font?.bold ?? false,
      size: font && font.size !== 11 ? font.size : undefined,
      fill: fills[Number(tag.attrs['fillId'] ?? 0)],
    };
  });
}

function position(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) throw new Error(`bad cell reference ${ref}`);
  return { row: Number(m[2]) - 1, col: [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

function cellValue(tag: Tag, inner: readonly Token[], strings: readonly string[]): string | number | boolean {
  const v = textOf(inner, 'v');
  switch (tag.attrs['t']) {
    case 's': return strings[Number(v)] ?? '';
    case 'inlineStr': return textOf(elements(inner, 'is')[0]?.inner ?? []);
    case 'str': return v;
    case 'b': return v === '1';
    case 'e': return v;
    default: return v === '' ? '' : Number(v);
  }
}

/** One `<c>` into the sheet's cell at `at`, with its style's format, font and fill. */
function setCell(sheet: SheetModel, at: { row: number; col: number }, tag: Tag, inner: readonly Token[],
  strings: readonly string[], styles: readonly Style[]): void {
  const style = styles[Number(tag.attrs['s'] ?? 0)];
  const cell: CellModel = { value: cellValue(tag, inner, strings), numberFormat: style?.numberFormat ?? 'General' };
  if (style?.bold) cell.bold = true;
  if (style?.size !== undefined) cell.fontSize = style.size;
  if (style?.fill) cell.fill = style.fill;
  sheet.cells.set(cellKey(at.row, at.col), cell);
}

/** One worksheet part into a SheetModel (cells, links, widths, freeze, page setup). */
function sheetOf(name: string, xml: string, strings: readonly string[], styles: readonly Style[]): SheetModel {
  const sheet = newSheet(name);
  const list = tokens(xml);
  // `r` may be left out: a row follows the one before, a cell the cell before it.
  let rowIndex = -1;
  for (const { tag: rowTag, inner: rowInner } of elements(list, 'row')) {
    rowIndex = rowTag.attrs['r'] === undefined ? rowIndex + 1 : Number(rowTag.attrs['r']) - 1;
    let colIndex = -1;
    for (const { tag, inner } of elements(rowInner, 'c')) {
      const at = tag.attrs['r'] === undefined ? { row: rowIndex, col: colIndex + 1 } : position(tag.attrs['r']);
      colIndex = at.col;
      setCell(sheet, at, tag, inner, strings, styles);
    }
  }
  for (const { tag } of elements(list, 'hyperlink')) {
    const at = position(tag.attrs['ref'] ?? '');
    const cell = sheet.cells.get(cellKey(at.row, at.col));
    if (cell && tag.attrs['location'] !== undefined) cell.hyperlink = { documentReference: tag.attrs['location'], textToDisplay: String(cell.value) };
  }
  for (const { tag } of elements(list, 'col')) {
    const width = Number(tag.attrs['width']);
    // The double keeps widths in points, as Office.js columnWidth takes them.
    for (let c = Number(tag.attrs['min']); c <= Number(tag.attrs['max']); c++) sheet.columnWidths.set(c - 1, widthPoints(width));
  }
  const pane = elements(list, 'pane')[0]?.tag;
  if (pane?.attrs['state'] === 'frozen') sheet.frozenRows = Number(pane.attrs['ySplit'] ?? 0);
  const setup = elements(list, 'pageSetup')[0]?.tag;
  if (setup) {
    sheet.page.orientation = setup.attrs['orientation'] === 'landscape' ? 'Landscape' : 'Portrait';
    if (setup.attrs['paperSize'] === '9') sheet.page.paperSize = 'A4';
    const fit = elements(list, 'pageSetUpPr')[0]?.tag.attrs['fitToPage'];
    if (fit === '1' || fit === 'true') sheet.page.zoom = { horizontalFitToPages: Number(setup.attrs['fitToWidth'] ?? 1), verticalFitToPages: Number(setup.attrs['fitToHeight'] ?? 1) };
  }
  const breaks = elements(list, 'rowBreaks')[0]?.inner ?? [];
  // <brk id="24"/> is a break after sheet row 24, that is above row 25: the double notes the row it was added at.
  sheet.page.breaks = elements(breaks, 'brk').map(({ tag }) => `A${Number(tag.attrs['id']) + 1}:A${Number(tag.attrs['id']) + 1}`);
  return sheet;
}

/**
 * The sheets of a base64 .xlsx, in workbook order.
 * @example await sheetsOfPackage(base64) → [{ name: '计分表', cells: Map{'0,0' → {value:'姓名', bold:true…}}, … }]
 */
export async function sheetsOfPackage(base64: string): Promise<SheetModel[]> {
  const zip = await JSZip.loadAsync(base64, { base64: true });
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const workbook = tokens(await read('xl/workbook.xml'));
  const rels = new Map(elements(tokens(await read('xl/_rels/workbook.xml.rels')), 'Relationship')
    .map(({ tag }) => [tag.attrs['Id'] ?? '', tag.attrs['Target'] ?? ''] as const));
  const strings = elements(tokens(await read('xl/sharedStrings.xml')), 'si').map(({ inner }) => textOf(inner));
  const styles = stylesOf(await read('xl/styles.xml'));
  const titles = new Map(elements(workbook, 'definedName').filter(({ tag }) => tag.attrs['name'] === '_xlnm.Print_Titles')
    .map(({ tag, inner }) => [Number(tag.attrs['localSheetId']), inner.filter((x): x is string => typeof x === 'string').join('')] as const));
  const sheets: SheetModel[] = [];
  for (const [index, { tag }] of elements(workbook, 'sheet').entries()) {
    const target = rels.get(tag.attrs['r:id'] ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const sheet = sheetOf(tag.attrs['name'] ?? '', await read(path), strings, styles);
    sheet.visibility = tag.attrs['state'] === 'hidden' ? 'Hidden' : tag.attrs['state'] === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const title = titles.get(index);
    if (title) sheet.page.titleRows = title.slice(title.lastIndexOf('!') + 1);
    sheets.push(sheet);
  }
  return sheets;
}
