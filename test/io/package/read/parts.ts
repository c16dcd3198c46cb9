/**
 * Test helper: a minimal .xlsx from hand-written parts, to put XML in front of both readers that
 * ExcelJS never writes (inline strings, shared formulas, phonetic runs, prefixes, missing r …).
 */
import JSZip from 'jszip';

export interface PartsSheet { name: string; data: string; state?: string; after?: string; root?: string }

export interface Parts {
  sheets: PartsSheet[];
  sharedStrings?: string[];
  /** The cellXfs numFmtIds; custom codes in numFmts. */
  xfs?: number[];
  numFmts?: Record<number, string>;
  date1904?: string;
  definedNames?: string;
}

const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `<si>` contents are given as written (e.g. '<t>a</t>' or '<r><t>a</t></r>'). */
export async function packageOf(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheetTypes = parts.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheets = parts.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const pr = parts.date1904 === undefined ? '' : `<workbookPr date1904="${parts.date1904}"/>`;
  const names = parts.definedNames ? `<definedNames>${parts.definedNames}</definedNames>` : '';
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}>${pr}<sheets>${sheets}</sheets>${names}</workbook>`);
  const n = parts.sheets.length;
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
    parts.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
  }<Relationship Id="rId${n + 1}" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  const fmts = Object.entries(parts.numFmts ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('');
  const xfs = (parts.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${fmts ? `<numFmts>${fmts}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`);
  const strings = parts.sharedStrings ?? [];
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`);
  parts.sheets.forEach((s, i) => {
    const root = s.root ?? 'worksheet';
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><${root} ${root === 'worksheet' ? ns : 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'}>${s.data}${s.after ?? ''}</${root}>`);
  });
  return zip.generateAsync({ type: 'uint8array' });
}
