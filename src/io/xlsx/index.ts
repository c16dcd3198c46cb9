export { readWorkbookFile, gridOfWorksheet, cellValueOf, serialOfDate } from './read';
export { writeCloseWorkbook, ownSheetsOf, internalTarget, markerPrefix, fills, numberFormats, type WriteOptions } from './write';
export { installInternalLinks } from './links';
