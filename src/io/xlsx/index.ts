export { readWorkbookFile, gridOfWorksheet, cellValueOf, serialOfDate, partsNotKept, type PartNotKept } from './read';
export { writeCloseWorkbook, ownSheetsOf, internalTarget, markerPrefix, fills, numberFormats } from './write';
export { installInternalLinks } from './links';
