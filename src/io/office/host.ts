/**
 * The subset of the Excel JavaScript API this adapter uses, stated structurally so that the real
 * `Excel.RequestContext` and the in-memory double (test/doubles/excel-host.ts) both satisfy it
 * (test/io/office/typing.test.ts checks the real typings against it at compile time).
 *
 * Requirement sets: ExcelApi 1.12 for worksheet custom properties (the own-sheet mark); the rest
 * is older — settings, getItemOrNullObject, getUsedRangeOrNullObject 1.4; suspendApiCalculation 1.6;
 * hyperlink, getRangeByIndexes, freezePanes, chart series axis values 1.7; suspendScreenUpdating,
 * page layout, page breaks and copyFrom 1.9 (used only where the host reports them); merged areas
 * 1.13 (read only where the host reports it); inserting sheets from an .xlsx 1.13 (the one-request
 * write, where the host reports it).
 */

/** A value as Excel hands it over or takes it: text, number, boolean; '' is a blank cell. */
export type HostValue = string | number | boolean | null;

export interface HostHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface HostRangeView {
  load(propertyNames: string): unknown;
  readonly cellAddresses: unknown[][];
}

/**
 * Merged areas of a range (ExcelApi 1.13): a null object when there are none; `address` lists every
 * area with its sheet, commas between ("'考勤'!A2:A29, '考勤'!C1:D1").
 */
export interface HostRangeAreas {
  load(propertyNames: string): unknown;
  readonly isNullObject: boolean;
  readonly address: string;
}

export interface HostRange {
  load(propertyNames: string): unknown;
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  hyperlink: HostHyperlink;
  readonly format: {
    readonly fill: { color: string };
    readonly font: { bold: boolean; size: number };
    columnWidth: number;
  };
  getColumn(column: number): HostRange;
  getVisibleView(): HostRangeView;
  /** ExcelApi 1.13: the merged areas whose top-left cell lies in this range. */
  getMergedAreasOrNullObject(): HostRangeAreas;
  /**
   * ExcelApi 1.9: copies another range's contents here (copyType 'All': values, formats, links). The
   * source is an address with its sheet ("'计分表'!A1:F20"), which the real API and the double both take.
   */
  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats'): void;
  clear(): void;
  select(): void;
}

export interface HostChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): { name: string; setXAxisValues(sourceData: HostRange): void } };
  setPosition(startCell: HostRange | string, endCell?: HostRange | string): void;
  delete(): void;
}

export interface HostCharts {
  load(propertyNames: string): unknown;
  readonly items: HostChart[];
  add(type: string, sourceData: HostRange, seriesBy?: string): HostChart;
}

/** Page setup for printing (ExcelApi 1.9). */
export interface HostPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(rows: HostRange | string): void;
}

export interface HostCustomProperty {
  load(propertyNames: string): unknown;
  readonly isNullObject: boolean;
  readonly value: string;
}

export interface HostWorksheet {
  load(propertyNames: string): unknown;
  readonly name: string;
  visibility: string;
  readonly customProperties: {
    add(key: string, value: string): unknown;
    getItemOrNullObject(key: string): HostCustomProperty;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly charts: HostCharts;
  readonly pageLayout: HostPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: HostRange | string): unknown; removePageBreaks(): void };
  getRange(address?: string): HostRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  /** Never a null object: a blank sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): HostRange;
  activate(): void;
  delete(): void;
}

export interface HostWorksheets {
  load(propertyNames: string): unknown;
  readonly items: HostWorksheet[];
  add(name?: string): HostWorksheet;
  getItem(name: string): HostWorksheet;
  getItemOrNullObject(name: string): HostWorksheet & { readonly isNullObject: boolean };
}

export interface HostNamedItem {
  readonly name: string;
  /** '=计分表!$A$1' style reference (ExcelApi 1.7). */
  readonly formula: unknown;
  delete(): void;
}

export interface HostNames {
  load(propertyNames: string): unknown;
  readonly items: HostNamedItem[];
  add(name: string, reference: string): unknown;
  getItem(name: string): HostNamedItem;
}

export interface HostSetting {
  load(propertyNames: string): unknown;
  readonly isNullObject: boolean;
  readonly value: unknown;
}

export interface HostContext {
  sync(): Promise<unknown>;
  readonly workbook: {
    readonly worksheets: HostWorksheets;
    readonly names: HostNames;
    /** ExcelApi 1.13: the sheets of an .xlsx (base64) join the workbook; the result holds their ids. */
    insertWorksheetsFromBase64(base64File: string, options?: { positionType?: 'End' }): { readonly value: string[] };
    readonly settings: {
      add(key: string, value: string): unknown;
      getItemOrNullObject(key: string): HostSetting;
    };
  };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };
}

/** `Excel.run` as this adapter needs it: a batch with a fresh context. */
export type HostRun = <T>(batch: (context: HostContext) => Promise<T>) => Promise<T>;

/** Which optional API sets the host supports; Office's requirements check where it exists. */
export type SetSupported = (set: string, version: string) => boolean;

/** Office.context.requirements.isSetSupported when running in Office; elsewhere everything is assumed. */
export function officeSetSupported(): SetSupported {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: SetSupported } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return check ? (set, version) => check.call(office?.context?.requirements, set, version) : () => true;
}
