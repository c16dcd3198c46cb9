/**
 * The reader's public shapes (docs/ARCHITECTURE.md, src/sheets): a Grid is one sheet as an adapter
 * hands it over; a SheetDetection says which sheet plays which role and where its columns are.
 */
import type { CellValue } from '../engine/cells';
import type {
  AttendanceDay, Incident, Person, RotaDay, SalesFigures,
} from '../engine/model';
import type { SalesOrders } from '../engine/orders';
import type { Problem } from '../engine/result';
import type { MonthKey } from '../engine/time';

/** A merged block of cells, 0-based: its top-left cell holds the value, the rest read blank. */
export interface MergedRange { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number }

/**
 * One sheet: rows of cells (rows may differ in width), which rows Excel hides, and its merged cells
 * (optional: a name merged down over a person's days then counts on every one of those rows).
 */
export interface Grid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly MergedRange[];
}

export type Role = 'staff' | 'rota' | 'attendance' | 'sales' | 'incidents';

/**
 * A sheet found for a role. `columns` maps canonical fields (name, date, in …) to 0-based columns;
 * a wide rota maps `day:<serial-or-spec>` keys too. `layout` names the shape: staff 'table', rota
 * 'long' | 'wide', attendance 'table' | 'dingtalk', sales 'daily' | 'period' | 'orders',
 * incidents 'log'.
 */
export interface SheetDetection {
  role: Role;
  sheet: string;
  headerRow: number;
  columns: Record<string, number>;
  confidence: number;
  layout: string;
  /**
   * Required fields still unmapped (absent when none): the sheet was taken for the role by its name
   * or most of its columns, an error asks the supervisor to map these, and readTeam does not read it.
   */
  missing?: string[];
}

/** What the supervisor told us (remembered in the workbook): role → sheet, field → column. */
export interface MappingOverrides {
  roles?: Partial<Record<Role, string>>;
  columns?: Partial<Record<Role, Record<string, number>>>;
}

export interface TeamRead {
  readonly month: MonthKey | null;
  readonly monthsSeen: MonthKey[];
  readonly detections: SheetDetection[];
  readonly people: Person[];
  readonly rota: RotaDay[];
  readonly attendance: AttendanceDay[];
  readonly salesFigures: SalesFigures[];
  readonly salesOrders: SalesOrders;
  readonly incidents: Incident[];
  readonly problems: Problem[];
}
