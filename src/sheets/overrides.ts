/**
 * The supervisor's column mapping (remembered in the workbook) applied to a detection, and the
 * problem that asks for a mapping when a required column cannot be found.
 */
import { problem, type Problem } from '../engine/result';
import { gridWidth, refIn } from './grid';
import { fitLayout, nameHints } from './headers';
import { fieldSynonyms, type LayoutSpec } from './synonyms';
import type { Grid, MappingOverrides, SheetDetection } from './types';

/**
 * Field → column overrides win over the headers. A column outside the sheet is reported and
 * ignored. Returns the detection with the overrides and the required fields still missing.
 */
export function applyColumnOverrides(
  grid: Grid, detection: SheetDetection, spec: LayoutSpec, overrides: MappingOverrides, problems: Problem[],
): { detection: SheetDetection; missing: readonly string[] } {
  const columns = { ...detection.columns };
  const moved = Object.entries(overrides.columns?.[detection.role] ?? {});
  // The width scans every row: only worth it when a column is actually overridden.
  const width = moved.length === 0 ? 0 : gridWidth(grid);
  for (const [field, col] of moved) {
    if (!Number.isInteger(col) || col < 0 || col >= width) {
      problems.push(problem('error', 'sheets.overrideColumnInvalid', { sheet: grid.name, field, column: String(col) }));
      continue;
    }
    // A column moved to another field no longer holds the field it was detected as.
    for (const [other, otherCol] of Object.entries(columns)) if (otherCol === col && other !== field) delete columns[other];
    columns[field] = col;
  }
  const cells = grid.rows[detection.headerRow] ?? [];
  const fit = fitLayout(spec, columns, cells, nameHints(detection.role, grid.name));
  return { detection: { ...detection, columns }, missing: fit.missing };
}

const daysLabel = '1、2…31';

/**
 * An error naming the sheet, its header row and the columns to map, with the header words we accept.
 * @example → 考勤!A3 sheets.missingColumns.attendance { sheet: '考勤', row: 3, fieldZh: '上班', … }
 */
export function missingColumnsProblem(grid: Grid, detection: SheetDetection, missing: readonly string[]): Problem {
  const synonyms = (field: string): readonly string[] => fieldSynonyms[detection.role][field] ?? [];
  const label = (field: string): string => (field === 'days' ? daysLabel : synonyms(field)[0] ?? field);
  const first = missing[0] ?? '';
  const examples = first === 'days' ? daysLabel : synonyms(first).filter((s) => !/^[a-z]/.test(s)).slice(0, 4).join('、');
  return problem('error', `sheets.missingColumns.${detection.role}`, {
    sheet: grid.name,
    row: detection.headerRow + 1,
    fieldZh: missing.map(label).join('、'),
    field: missing.join(', '),
    examples,
  }, refIn(grid, detection.headerRow, 0));
}
