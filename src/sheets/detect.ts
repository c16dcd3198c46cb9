/**
 * detectSheets: which sheet plays which role (POLICY.md §1). Every sheet × layout × header row in the
 * first 10 rows is scored; complete fits are taken best first, one sheet per role (sales may have
 * one figures sheet and one orders sheet). The supervisor's overrides win.
 */
import type { CellValue } from '../engine/cells';
import { problem, type Problem } from '../engine/result';
import { gridWidth, refIn } from './grid';
import { headerKey } from './fold';
import { fitLayout, headerSearchRows, matchColumnKeys, nameHints, twoRowHeader, type LayoutFit } from './headers';
import { isOwnSheet } from './ownSheets';
import { layoutSpecs, type LayoutSpec } from './synonyms';
import { applyColumnOverrides, missingColumnsProblem } from './overrides';
import type { Grid, MappingOverrides, Role, SheetDetection } from './types';

interface Candidate {
  readonly grid: Grid;
  readonly spec: LayoutSpec;
  readonly headerRow: number;
  readonly columns: Record<string, number>;
  readonly fit: LayoutFit;
}

/** A row that may be the header, with its cells' header keys worked out once for every layout tried on it. */
interface HeaderRow {
  readonly headerRow: number;
  readonly cells: readonly CellValue[];
  readonly keys: readonly string[];
}

/**
 * The rows of a grid that may be its header, in the order tried. A two-row header (DingTalk's merged
 * 上班1 over 打卡时间 | 打卡结果) is tried as one, its lower row counting as the header row.
 */
function headerRowsOf(grid: Grid): HeaderRow[] {
  const found: HeaderRow[] = [];
  const add = (headerRow: number, cells: readonly CellValue[]): void => {
    found.push({ headerRow, cells, keys: cells.map((value) => headerKey(value)) });
  };
  const rows = Math.max(1, Math.min(headerSearchRows, grid.rows.length));
  for (let headerRow = 0; headerRow < rows; headerRow += 1) {
    add(headerRow, grid.rows[headerRow] ?? []);
    const below = grid.rows[headerRow + 1];
    if (below !== undefined && headerRow + 1 < rows) add(headerRow + 1, twoRowHeader(grid.rows[headerRow] ?? [], below));
  }
  return found;
}

/**
 * The best header row of a grid for a layout (the earliest among equals); a two-row header wins
 * only when it fits strictly better.
 */
function bestCandidate(grid: Grid, spec: LayoutSpec, headerRows: readonly HeaderRow[]): Candidate {
  let best: Candidate | null = null;
  const hinted = nameHints(spec.role, grid.name);
  // A row that matches no column fits a table layout the same whatever its cells (a wide rota still
  // counts its day columns): that fit is worked out once, not once per title and data row.
  let unmatchedFit: LayoutFit | null = null;
  for (const { headerRow, cells, keys } of headerRows) {
    const columns = matchColumnKeys(spec.role, keys);
    const unmatched = spec.layout !== 'wide' && Object.keys(columns).length === 0;
    const fit = unmatched ? (unmatchedFit ??= fitLayout(spec, columns, cells, hinted)) : fitLayout(spec, columns, cells, hinted);
    if (!best || fit.score > best.fit.score) best = { grid, spec, headerRow, columns, fit };
  }
  return best ?? { grid, spec, headerRow: 0, columns: {}, fit: fitLayout(spec, {}, [], hinted) };
}

/** The layout name, refined by what the header holds (a DingTalk export, a sales sheet without dates). */
function layoutOf(c: Candidate): string {
  const has = (field: string): boolean => c.columns[field] !== undefined;
  if (c.spec.role === 'attendance' && (has('approvalForm') || has('inResult') || has('outResult'))) return 'dingtalk';
  if (c.spec.layout === 'daily' && !has('date')) return 'period';
  return c.spec.layout;
}

function toDetection(c: Candidate): SheetDetection {
  return { role: c.spec.role, sheet: c.grid.name, headerRow: c.headerRow, columns: { ...c.columns }, confidence: Math.min(1, c.fit.score), layout: layoutOf(c) };
}

/**
 * Finds each role's sheet, its header row and columns.
 * @example detectSheets([{ name: '考勤', rows: [['姓名', '日期', '上班', '下班']] }]).detections[0]
 *   → { role: 'attendance', sheet: '考勤', headerRow: 0, columns: { name: 0, date: 1, in: 2, out: 3 }, … }
 */
export function detectSheets(grids: readonly Grid[], overrides: MappingOverrides = {}): { detections: SheetDetection[]; problems: Problem[] } {
  // Scoring every sheet × layout × header row is a fixed cost of each close (~1 ms): a workbook
  // closed again with the same header rows gets the answer it got before.
  const overridesKey = JSON.stringify(overrides, typedValue);
  let found = cachedDetections.find((entry) => entry.overridesKey === overridesKey && sameDetectionInput(entry.sheets, grids, overrides))?.found;
  if (found === undefined) {
    found = deepFreeze(detectUncached(grids, overrides));
    if (cachedDetections.length >= detectionCacheSize) cachedDetections.shift();
    cachedDetections.push({ overridesKey, sheets: grids.map((grid) => detectionInput(grid, overrides)), found });
  }
  // Fresh arrays and detections, so a caller that edits its copy cannot change the cached answer.
  return {
    detections: found.detections.map((d) => ({ ...d, columns: { ...d.columns }, ...(d.missing ? { missing: [...d.missing] } : {}) })),
    problems: [...found.problems],
  };
}

const detectionCacheSize = 16;

/**
 * Everything detection reads of a sheet: its name, its first rows (the header search, one more for a
 * two-row header), its row count, and its width where that is read: a moved column is checked against
 * the width; a problem's cell is column A of a row, which exists unless no row has a cell.
 */
interface DetectionInput {
  readonly name: string;
  readonly rowCount: number;
  readonly width: number | boolean;
  readonly top: readonly (readonly CellValue[])[];
}

const cachedDetections: { overridesKey: string; sheets: DetectionInput[]; found: { detections: SheetDetection[]; problems: Problem[] } }[] = [];

function columnsMoved(overrides: MappingOverrides): boolean {
  return Object.values(overrides.columns ?? {}).some((moved) => moved !== undefined && Object.keys(moved).length > 0);
}

/** The full width scans every row (350,000 at 1,000 people): only when a column is moved. */
function widthOf(grid: Grid, overrides: MappingOverrides): number | boolean {
  return columnsMoved(overrides) ? gridWidth(grid) : grid.rows.some((row) => row.length > 0);
}

function detectionInput(grid: Grid, overrides: MappingOverrides): DetectionInput {
  const top = grid.rows.slice(0, Math.min(grid.rows.length, headerSearchRows + 1)).map((row) => [...(row ?? [])]);
  return { name: grid.name, rowCount: grid.rows.length, width: widthOf(grid, overrides), top };
}

/**
 * Whether the grids are, for detection, the ones a cached answer was found for: compared cell by cell
 * (a key string built from every header cell was a few per cent of a 10-person close).
 */
function sameDetectionInput(sheets: readonly DetectionInput[], grids: readonly Grid[], overrides: MappingOverrides): boolean {
  if (sheets.length !== grids.length) return false;
  for (let g = 0; g < grids.length; g += 1) {
    const sheet = sheets[g] as DetectionInput;
    const grid = grids[g] as Grid;
    if (sheet.name !== grid.name || sheet.rowCount !== grid.rows.length) return false;
    for (let r = 0; r < sheet.top.length; r += 1) {
      const was = sheet.top[r] as readonly CellValue[];
      const now = grid.rows[r] ?? [];
      if (was.length !== now.length) return false;
      for (let c = 0; c < was.length; c += 1) if (!sameCell(was[c], now[c])) return false;
    }
    if (sheet.width !== widthOf(grid, overrides)) return false;
  }
  return true;
}

/** Cells read alike by detection: 1 and '1', NaN and blank, true and 'true' are different headers. */
function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  const blankA = a === null || a === undefined;
  const blankB = b === null || b === undefined;
  return blankA && blankB;
}

/** JSON keeps undefined, NaN and numbers apart from null and from text (each makes its own problem). */
function typedValue(_key: string, value: unknown): unknown {
  if (value === undefined) return 'u';
  if (typeof value === 'number') return `n${String(value)}`;
  if (typeof value === 'string') return `s${value}`;
  return value;
}

/** Frozen, so that a test (or a bug) editing a cached detection or problem throws instead of leaking into the next close. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function detectUncached(grids: readonly Grid[], overrides: MappingOverrides): { detections: SheetDetection[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const inputs = grids.filter((g) => !isOwnSheet(g.name));
  const candidates = inputs.flatMap((grid) => {
    const headerRows = headerRowsOf(grid);
    return layoutSpecs.map((spec) => bestCandidate(grid, spec, headerRows));
  });
  const detections: SheetDetection[] = [];
  const chosen = choose(candidates, inputs, overrides, problems);
  for (const c of chosen) {
    const detection = toDetection(c);
    const fixed = applyColumnOverrides(c.grid, detection, c.spec, overrides, problems);
    if (fixed.missing.length > 0) problems.push(missingColumnsProblem(c.grid, detection, fixed.missing));
    detections.push(fixed.missing.length > 0 ? { ...fixed.detection, missing: [...fixed.missing] } : fixed.detection);
  }
  problems.push(...rolesNotFound(detections), ...lookalikesNotUsed(candidates, chosen));
  return { detections: sortDetections(detections), problems };
}

/**
 * Sheets that fit a role completely but were not taken (a second 考勤, a backup, last month's copy):
 * not read, so the supervisor is told which sheet was used instead, and nothing is left out unsaid.
 */
function lookalikesNotUsed(candidates: readonly Candidate[], chosen: readonly Candidate[]): Problem[] {
  const claimed = new Set(chosen.map((c) => c.grid));
  const problems: Problem[] = [];
  for (const c of [...candidates].sort((a, b) => b.fit.score - a.fit.score)) {
    const used = chosen.find((x) => x.spec.family === c.spec.family);
    if (!c.fit.complete || claimed.has(c.grid) || !used) continue;
    claimed.add(c.grid);
    problems.push(problem('warning', `sheets.sheetNotUsed.${c.spec.role}`, { sheet: c.grid.name, used: used.grid.name }, refIn(c.grid, c.headerRow, 0)));
  }
  return problems;
}

/** One candidate per family, one family per sheet: the mapping first, then complete fits, then near misses. */
function choose(candidates: readonly Candidate[], inputs: readonly Grid[], overrides: MappingOverrides, problems: Problem[]): Candidate[] {
  const chosen = new Map<string, Candidate>();
  const claimed = new Set<Grid>();
  const take = (c: Candidate): void => {
    chosen.set(c.spec.family, c);
    claimed.add(c.grid);
  };
  // The supervisor's role → sheet mapping first; the family that fits that sheet best is served.
  for (const [role, sheet] of Object.entries(overrides.roles ?? {})) {
    if (sheet === undefined) continue;
    const grid = inputs.find((g) => g.name === sheet);
    if (!grid) {
      problems.push(problem('error', isOwnSheet(sheet) ? 'sheets.overrideOwnSheet' : 'sheets.overrideSheetMissing', { sheet, role }));
      continue;
    }
    const best = candidates.filter((c) => c.grid === grid && c.spec.role === role).sort((a, b) => b.fit.score - a.fit.score)[0];
    // The supervisor said so: that is full confidence in the choice of sheet.
    if (best && !chosen.has(best.spec.family)) take({ ...best, fit: { ...best.fit, score: 1 } });
  }
  const free = (c: Candidate): boolean => !chosen.has(c.spec.family) && !claimed.has(c.grid) && !overridden(overrides, c.spec.role);
  const complete = candidates.filter((c) => c.fit.complete).sort((a, b) => b.fit.score - a.fit.score);
  for (const c of complete) if (free(c)) take(c);
  // A sheet that looks meant for a family (its name says so, or most of its columns are there) but
  // lacks a required column: the column overrides may complete it; otherwise the supervisor is
  // asked to map the column. Named sheets first, then the better fits.
  const hinted = (c: Candidate): number => Number(nameHints(c.spec.role, c.grid.name));
  const near = candidates
    .filter((c) => !c.fit.complete && (hinted(c) === 1 || c.fit.groupsMatched >= 3))
    .sort((a, b) => hinted(b) - hinted(a) || b.fit.score - a.fit.score);
  for (const c of near) if (free(c)) take(c);
  return [...chosen.values()];
}

function overridden(overrides: MappingOverrides, role: Role): boolean {
  return overrides.roles?.[role] !== undefined;
}

const roleOrder: readonly Role[] = ['staff', 'rota', 'attendance', 'sales', 'incidents'];

function sortDetections(detections: SheetDetection[]): SheetDetection[] {
  return detections.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.layout.localeCompare(b.layout));
}

/** A role with no sheet: staff is optional (info); any other is worth a warning. */
function rolesNotFound(detections: readonly SheetDetection[]): Problem[] {
  const found = (role: Role): boolean => detections.some((d) => d.role === role);
  return roleOrder.filter((role) => !found(role)).map((role) => {
    // A rota without any attendance would make every rostered day an absence (A4): stop and ask instead.
    if (role === 'attendance' && found('rota')) return problem('error', 'sheets.roleNotFound.attendanceWithRota');
    return problem(role === 'staff' ? 'info' : 'warning', `sheets.roleNotFound.${role}`);
  });
}
