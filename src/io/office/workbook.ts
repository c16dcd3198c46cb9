/**
 * The small workbook chores of the task pane: jump to a problem's cell, add empty input sheets,
 * remember the column mapping in the workbook.
 */
import { problem, type CellRef, type Problem } from '../../engine/result';
import type { MappingOverrides, Role } from '../../sheets/types';
import type { HostContext } from './host';
import { textFormat } from './plan';

/**
 * Activates the sheet and selects the cell; false (and nothing selected) when the sheet is gone.
 * @example await selectCell(context, {sheet:'考勤', row:13, col:2}) // 考勤!C14 selected
 */
export async function selectCell(context: HostContext, ref: CellRef): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(ref.sheet);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  sheet.getRangeByIndexes(ref.row, ref.col, 1, 1).select();
  await context.sync();
  return true;
}

export interface TemplateSheet { readonly name: string; readonly headers: readonly string[] }

/** Standard headers, in words the readers recognise (POLICY.md §1); the rota is wide, one column a day. */
export const standardTemplates: readonly TemplateSheet[] = [
  { name: '员工', headers: ['姓名', '别名', '工号', '岗位', '级别', '底薪', '组'] },
  { name: '排班', headers: ['姓名', ...Array.from({ length: 31 }, (_, i) => String(i + 1))] },
  { name: '考勤', headers: ['姓名', '日期', '上班', '下班', '请假类型', '审批'] },
  { name: '销售', headers: ['日期', '姓名', '询单人数', '成交人数', '销售额'] },
  { name: '事件', headers: ['日期', '姓名', '类型', '扣分', '金额', '原因'] },
];

/**
 * Adds the template sheets that are missing (a sheet of that name is left alone), headers as text,
 * bold and frozen; returns the names added. Two round trips.
 * @example await insertTemplate(context) → ['员工', '排班', '考勤', '销售', '事件'] in an empty workbook
 */
export async function insertTemplate(context: HostContext, templates: readonly TemplateSheet[] = standardTemplates): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const missing = templates.filter((t) => !taken.has(t.name.toLowerCase()) && t.headers.length > 0);
  for (const template of missing) {
    const sheet = worksheets.add(template.name);
    const header = sheet.getRangeByIndexes(0, 0, 1, template.headers.length);
    // '@' keeps the day headers 1…31 as the words the rota reader looks for.
    header.numberFormat = [template.headers.map(() => textFormat)];
    header.values = [[...template.headers]];
    header.format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
  }
  await context.sync();
  return missing.map((t) => t.name);
}

/** The workbook setting that remembers the mapping (settings travel with the file; ExcelApi 1.4). */
export const mappingSettingKey = 'CsMonthClose.mapping';

const roles: readonly Role[] = ['staff', 'rota', 'attendance', 'sales', 'incidents'];

/** Keeps what still makes sense of a stored mapping: known roles, sheet names, whole columns ≥ 0. */
export function parseMapping(raw: unknown): MappingOverrides | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { roles: rawRoles, columns: rawColumns } = raw as { roles?: Record<string, unknown>; columns?: Record<string, unknown> };
  const mapping: Required<MappingOverrides> = { roles: {}, columns: {} };
  for (const role of roles) {
    const sheet = rawRoles?.[role];
    if (typeof sheet === 'string' && sheet !== '') mapping.roles[role] = sheet;
    const fields = rawColumns?.[role];
    if (typeof fields !== 'object' || fields === null) continue;
    const kept = Object.entries(fields).filter((e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) >= 0);
    if (kept.length > 0) mapping.columns[role] = Object.fromEntries(kept);
  }
  return mapping;
}

/**
 * The mapping saved in the workbook; an unreadable one is dropped with a warning, never thrown.
 * @example await loadMapping(context) → { mapping: { roles: { rota: '值班表' }, columns: {} }, problems: [] }
 */
export async function loadMapping(context: HostContext): Promise<{ mapping: MappingOverrides; problems: Problem[] }> {
  const item = context.workbook.settings.getItemOrNullObject(mappingSettingKey);
  item.load('value');
  await context.sync();
  if (item.isNullObject) return { mapping: {}, problems: [] };
  let raw: unknown = item.value;
  try {
    if (typeof raw === 'string') raw = JSON.parse(raw);
  } catch {
    raw = null;
  }
  const mapping = parseMapping(raw);
  return mapping ? { mapping, problems: [] } : { mapping: {}, problems: [problem('warning', 'office.mappingUnreadable')] };
}

export async function saveMapping(context: HostContext, mapping: MappingOverrides): Promise<void> {
  context.workbook.settings.add(mappingSettingKey, JSON.stringify(mapping));
  await context.sync();
}
