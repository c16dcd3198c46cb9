/**
 * The empty input sheets 插入模板 adds, and the mapping as kept in the workbook's settings. Pure:
 * officeApi.ts does the writing.
 */
import { roles, type MappingOverrides, type Role } from './api';

/** Header rows of the template sheets, in words the readers recognise (POLICY.md §1 synonyms). */
export const templateSheets: Readonly<Record<Role, { readonly name: string; readonly headers: readonly string[] }>> = {
  staff: { name: '员工', headers: ['姓名', '别名', '工号', '岗位', '级别', '底薪', '组'] },
  // The wide rota is the common layout: one column per day of the month.
  rota: { name: '排班', headers: ['姓名', ...Array.from({ length: 31 }, (_, i) => String(i + 1))] },
  attendance: { name: '考勤', headers: ['姓名', '日期', '上班', '下班', '请假类型', '审批'] },
  sales: { name: '销售', headers: ['日期', '姓名', '询单人数', '成交人数', '销售额'] },
  incidents: { name: '事件', headers: ['日期', '姓名', '类型', '扣分', '金额', '原因'] },
};

/** The workbook setting that remembers the mapping (Office settings travel with the file). */
export const mappingSettingKey = 'CsMonthClose.mapping';

/**
 * The remembered mapping, keeping only what still makes sense: known roles, sheet names as text,
 * columns as whole numbers ≥ 0. Anything else (a hand-edited or older setting) is dropped, not thrown.
 * @example parseMapping('{"roles":{"rota":"值班表","x":"y"}}') → { roles: { rota: '值班表' }, columns: {} }
 */
export function parseMapping(value: unknown): MappingOverrides {
  let raw: unknown = value;
  if (typeof value === 'string') {
    try { raw = JSON.parse(value); } catch { return {}; }
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const { roles: rawRoles, columns: rawColumns } = raw as { roles?: unknown; columns?: unknown };
  const mapped: Partial<Record<Role, string>> = {};
  const columns: Partial<Record<Role, Record<string, number>>> = {};
  for (const role of roles) {
    const sheet = field(rawRoles, role);
    if (typeof sheet === 'string' && sheet !== '') mapped[role] = sheet;
    const fields = field(rawColumns, role);
    if (typeof fields !== 'object' || fields === null) continue;
    const kept = Object.entries(fields).filter((e): e is [string, number] => Number.isInteger(e[1]) && e[1] >= 0);
    if (kept.length > 0) columns[role] = Object.fromEntries(kept);
  }
  return { roles: mapped, columns };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
