/**
 * A cell's value as every adapter hands it over: text, number, boolean or blank. Dates and times are
 * Excel serial numbers (the adapters convert), so readers see the same thing from a file and from Excel.
 */
export type CellValue = string | number | boolean | null;
