export { readWorkbookFile, gridOfWorksheet, cellValueOf, serialOfDate } from './read';
export { writeCloseWorkbook, ownSheetsOf, internalTarget, markerPrefix, fills, numberFormats } from './write';
export { installInternalLinks } from './links';
