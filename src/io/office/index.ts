/**
 * src/io/office: the only code that calls Excel. Workbook → Grid[] (readGrids), SheetTable[] →
 * workbook (writeTables), the whole close (closeMonthInExcel) and the task pane's chores. Every
 * function takes the request context of one Excel.run batch; `officeRun()` is Excel.run itself.
 * Requirement sets: ExcelApi 1.12 (worksheet custom properties mark our sheets); 1.9 features (page
 * setup, screen updating) are used only where Office reports them.
 */
import type { HostRun } from './host';

export type { HostContext, HostRun, SetSupported } from './host';
export { readGrids, readWorkbook, type ReadOptions, type WorkbookRead } from './read';
export { writeTables, type WriteOptions, type WriteResult } from './write';
export { closeMonthInExcel, type CloseStep, type OfficeCloseSummary } from './close';
export { selectCell, insertTemplate, standardTemplates, loadMapping, saveMapping, mappingSettingKey, type TemplateSheet } from './workbook';
export { ownMarkKey, markerPrefix, type OwnMark, type SheetInfo } from './inventory';
export { requestLimitBytes, defaultBudgetBytes } from './plan';
export { chartNamePrefix } from './decorate';

/** Excel.run of the Office.js runtime, seen through the adapter's HostContext. */
export function officeRun(): HostRun {
  const excel = (globalThis as { Excel?: { run: HostRun } }).Excel;
  if (!excel) throw new Error('Excel.run is not available outside Excel');
  return (batch) => excel.run(batch);
}
