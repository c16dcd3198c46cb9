export { buildSheetsPackage, type PackageOptions } from './build';
export { sheetXml, type CellRefs, linkLocation, numberFormats, textFormat, printTitleRows, type PackageParts } from './sheet';
export { SharedStrings } from './strings';
export { StyleRegistry, fillColors, linkColor, minimalStylesXml, type FontKind, type FillKind } from './styles';
export { spliceCloseWorkbook, markerPrefix, ownSheetsIn, type WriteOptions } from './splice';
