/**
 * Sheets the add-in writes itself. A workbook closed last month contains them, and they must never
 * be read back as input (a 计分表 has names and numbers that would look like a staff or sales sheet).
 */
export const ownSheetNames = {
  scorecard: '计分表',
  commission: '提成表',
  fines: '罚款表',
  ledger: '明细',
  policy: '制度参数',
  history: '月结历史',
  dashboard: '看板',
  personalReport: '个人月度报告',
} as const;

const ownNames: readonly string[] = Object.values(ownSheetNames);

/**
 * Whether a sheet is one of ours: its exact name, a copy written beside a user's sheet of that name
 * (`计分表(2)`), or a per-person report (`个人月度报告-张三`).
 * @example isOwnSheet('计分表') === true; isOwnSheet('月结历史(2)') === true; isOwnSheet('考勤') === false
 */
export function isOwnSheet(name: string): boolean {
  const trimmed = name.trim().replace(/\s*[(（]\d+[)）]$/u, '');
  return ownNames.includes(trimmed) || trimmed.startsWith(ownSheetNames.personalReport);
}
