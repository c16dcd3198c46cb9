/** Part names, content types and relationship types of a SpreadsheetML package (ECMA-376 Part 1). */

export const contentTypes = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

const officeRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const relTypes = {
  officeDocument: `${officeRel}/officeDocument`,
  worksheet: `${officeRel}/worksheet`,
  styles: `${officeRel}/styles`,
  sharedStrings: `${officeRel}/sharedStrings`,
  calcChain: `${officeRel}/calcChain`,
} as const;
export const relNs = officeRel;
export const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const contentTypesNs = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A Relationship element. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

/** An Override element of [Content_Types].xml. */
export function overrideXml(partName: string, type: string): string {
  return `<Override PartName="${partName}" ContentType="${type}"/>`;
}

/** JSZip's options for our own parts: DEFLATE at `level` (9 unless told), and no folder entries (Excel writes none). */
export function deflate(level: number | undefined): { compression: 'DEFLATE'; compressionOptions: { level: number }; createFolders: false } {
  return { compression: 'DEFLATE', compressionOptions: { level: level ?? 9 }, createFolders: false };
}
