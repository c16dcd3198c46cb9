export { readWorkbookFile, gridOfWorksheet, cellValueOf, serialOfDate } from './read';
export { writeCloseWorkbook, ownSheetsOf, internalTarget, markerPrefix, numberFormats, type WriteOptions } from './write';
export { installInternalLinks } from './links';
