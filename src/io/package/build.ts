/**
 * SheetTable[] → a standalone .xlsx of only those sheets, for the add-in to hand Excel in one
 * `insertWorksheetsFromBase64` request. Browser-safe: JSZip and strings, no fs.
 */
import './immediate';
import JSZip from 'jszip';
import type { SheetTable } from '../../report/types';
import { contentTypes, contentTypesNs, deflate, overrideXml, packageRelNs, relationshipXml, relNs, relTypes, xmlDeclaration } from './parts';
import { printTitleRows, sheetXml, type CellRefs } from './sheet';
import { mainNs, SharedStrings } from './strings';
import { StyleRegistry } from './styles';
import { quotedSheet, xmlText } from './xml';

export interface PackageOptions {
  /** DEFLATE level 1–9; 9 (the smallest file) unless told. */
  readonly level?: number;
  /**
   * Which cells carry their reference; 'all' unless told. 'afterGap' makes the 1,000-person package
   * about 40 % smaller (the references are most of it) and Excel and LibreOffice read it, but
   * ExcelJS 4.4 and other simple readers do not.
   */
  readonly cellRefs?: CellRefs;
}

/** UTF-8 by the platform's encoder: JSZip's own string encoding is several times slower. */
const utf8 = new TextEncoder();

/**
 * A complete .xlsx holding `sheets` under the given names (hidden tables hidden), with its own
 * styles and shared strings, and each printed report's print titles.
 * @example const bytes = await buildSheetsPackage(tables.map((table) => ({ table, name: table.name })));
 *   await workbook.insertWorksheetsFromBase64(base64Of(bytes));
 */
export async function buildSheetsPackage(sheets: readonly { table: SheetTable; name: string }[], options: PackageOptions = {}): Promise<Uint8Array> {
  const parts = { strings: new SharedStrings(), styles: new StyleRegistry() };
  const zip = new JSZip();
  const level = deflate(options.level);
  // First in the zip, as Excel writes it (its text is set at the end; the entry keeps its place).
  zip.file('[Content_Types].xml', '');
  const sheetEntries: string[] = [];
  const names: string[] = [];
  const rels: string[] = [];
  const overrides = [overrideXml('/xl/workbook.xml', contentTypes.workbook)];
  sheets.forEach(({ table, name }, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    zip.file(`xl/${part}`, utf8.encode(sheetXml(table, parts, options.cellRefs ?? 'all')), level);
    sheetEntries.push(`<sheet name="${xmlText(name)}" sheetId="${i + 1}"${table.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`);
    rels.push(relationshipXml(`rId${i + 1}`, relTypes.worksheet, part));
    overrides.push(overrideXml(`/xl/${part}`, contentTypes.worksheet));
    const titles = printTitleRows(table);
    if (titles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quotedSheet(name)}!${titles}`)}</definedName>`);
  });
  const n = sheets.length;
  rels.push(relationshipXml(`rId${n + 1}`, relTypes.styles, 'styles.xml'), relationshipXml(`rId${n + 2}`, relTypes.sharedStrings, 'sharedStrings.xml'));
  overrides.push(overrideXml('/xl/styles.xml', contentTypes.styles), overrideXml('/xl/sharedStrings.xml', contentTypes.sharedStrings));
  // The active tab must be a visible sheet, or Excel repairs the file.
  const activeTab = Math.max(0, sheets.findIndex(({ table }) => !table.hidden));
  zip.file('xl/workbook.xml', `${xmlDeclaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<bookViews><workbookView${activeTab > 0 ? ` activeTab="${activeTab}"` : ''}/></bookViews><sheets>${sheetEntries.join('')}</sheets>` +
    `${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`, level);
  zip.file('xl/_rels/workbook.xml.rels', `${xmlDeclaration}<Relationships xmlns="${packageRelNs}">${rels.join('')}</Relationships>`, level);
  zip.file('xl/styles.xml', parts.styles.stylesXml(), level);
  zip.file('xl/sharedStrings.xml', utf8.encode(parts.strings.tableXml()), level);
  zip.file('_rels/.rels', `${xmlDeclaration}<Relationships xmlns="${packageRelNs}">${relationshipXml('rId1', relTypes.officeDocument, 'xl/workbook.xml')}</Relationships>`, level);
  zip.file('[Content_Types].xml', `${xmlDeclaration}<Types xmlns="${contentTypesNs}">` +
    `<Default Extension="rels" ContentType="${contentTypes.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
    `${overrides.join('')}</Types>`, level);
  return zip.generateAsync({ type: 'uint8array', ...level });
}
