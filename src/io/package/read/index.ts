/**
 * Our own .xlsx reader: bytes → Grid[] (every sheet, hidden ones too, in workbook order), the
 * workbook's defined names and each sheet's state. It gives what ExcelJS's reader
 * (src/io/xlsx/read.ts) gave, at a fraction of its time and memory; README.md lists where it
 * deliberately differs.
 */
export { readGridsFromBytes, type WorkbookGrids } from './read';
export type { DefinedName } from './workbook';
export { gridOfSheetXml } from './sheet';
export { markedSheets, sheetOfReference } from './marked';
