/**
 * Header matching: which column of a row holds which field of a role, and how well a row fits a
 * layout. A header row may sit anywhere in the first 10 rows (titles and 报表生成时间 rows above it).
 */
import type { CellValue } from '../engine/cells';
import { dayColumns } from './days';
import { cellText, headerKey, nameKey } from './fold';
import { fieldSynonyms, sheetNameHints, type LayoutSpec } from './synonyms';
import type { Role } from './types';

export const headerSearchRows = 10;
/** A wide rota needs at least this many day columns to be told from any sheet with a number row. */
export const minDayColumns = 5;

const synonymKeys = new Map<Role, ReadonlyMap<string, string>>();

/** Folded synonym → field, per role, built once. The first field listing a synonym keeps it. */
function keysOf(role: Role): ReadonlyMap<string, string> {
  let keys = synonymKeys.get(role);
  if (!keys) {
    const built = new Map<string, string>();
    for (const [field, synonyms] of Object.entries(fieldSynonyms[role])) {
      for (const synonym of synonyms) if (!built.has(headerKey(synonym))) built.set(headerKey(synonym), field);
    }
    synonymKeys.set(role, built);
    keys = built;
  }
  return keys;
}

/**
 * Field → column for one header row; the leftmost column wins when two name the same field.
 * @example matchColumns('attendance', ['姓名', '日期', '上班1打卡时间']) → { name: 0, date: 1, in: 2 }
 */
export function matchColumns(role: Role, cells: readonly CellValue[]): Record<string, number> {
  return matchColumnKeys(role, cells.map((value) => headerKey(value)));
}

/**
 * matchColumns for a row whose header keys are already worked out (detection tries seven layouts
 * on each candidate row: the keys are folded once per row, not once per layout).
 */
export function matchColumnKeys(role: Role, cellKeys: readonly string[]): Record<string, number> {
  const keys = keysOf(role);
  const columns: Record<string, number> = {};
  cellKeys.forEach((key, col) => {
    const field = keys.get(key);
    if (field !== undefined && columns[field] === undefined) columns[field] = col;
  });
  return columns;
}

export interface LayoutFit {
  readonly score: number;
  readonly complete: boolean;
  readonly groupsMatched: number;
  /** Required groups not matched, each as its first field (what the supervisor should map). */
  readonly missing: readonly string[];
}

/**
 * How well a header row fits a layout: 0.6 for the required groups, 0.2 for optional fields (a wide
 * rota: for its day columns), 0.2 when the sheet's name hints at the role.
 */
export function fitLayout(spec: LayoutSpec, columns: Readonly<Record<string, number>>, cells: readonly CellValue[], hinted: boolean): LayoutFit {
  const mapped = spec.layout === 'wide' ? new Set(Object.values(columns)) : null;
  const days = mapped === null ? 0 : dayColumns(cells).filter((d) => !mapped.has(d.col)).length;
  const has = (field: string): boolean =>
    field === 'days' ? days >= minDayColumns : field === 'hint' ? hinted : columns[field] !== undefined;
  const unmatched = spec.required.filter((group) => !group.some(has)).map((group) => group[0] ?? '');
  // A field whose partner is missing leaves the fit incomplete but still close (a near miss to map).
  const unpaired = (spec.together ?? []).filter(([a, b]) => has(a) !== has(b)).map(([a, b]) => (has(a) ? b : a));
  const missing = [...unmatched, ...unpaired];
  if ((spec.excludes ?? []).some(has)) return { score: 0, complete: false, groupsMatched: 0, missing };
  const groupsMatched = spec.required.length - unmatched.length;
  const optionalShare = spec.layout === 'wide'
    ? Math.min(1, days / 28)
    : spec.optional.length === 0 ? 0 : spec.optional.filter(has).length / spec.optional.length;
  const score = 0.6 * (groupsMatched / spec.required.length) + 0.2 * optionalShare + (hinted ? 0.2 : 0);
  return { score: Math.round(score * 1000) / 1000, complete: missing.length === 0, groupsMatched, missing };
}

/**
 * A two-row header read as one: the upper row's text (carried right across its merged blanks) joined
 * with the lower row's; a column blank below keeps its upper text.
 * @example twoRowHeader(['姓名', '上班1', null], [null, '打卡时间', '打卡结果']) → ['姓名', '上班1打卡时间', '上班1打卡结果']
 */
export function twoRowHeader(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  const width = Math.max(upper.length, lower.length);
  const cells: CellValue[] = [];
  let carried = '';
  for (let col = 0; col < width; col += 1) {
    const top = cellText(upper[col]).trim();
    const bottom = cellText(lower[col]).trim();
    if (top !== '') carried = top;
    cells.push(bottom === '' ? (top === '' ? null : top) : `${carried}${bottom}`);
  }
  return cells;
}

/** Whether a sheet's name suggests the role (`10月考勤`, `Staff list`). */
export function nameHints(role: Role, sheetName: string): boolean {
  const key = nameKey(sheetName);
  return sheetNameHints[role].some((hint) => key.includes(nameKey(hint)));
}
