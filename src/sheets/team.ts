/**
 * readTeam: all of a team's sheets → the engine's typed rows. Order matters: staff (the roster),
 * the attendance's months (a wide rota may need them), the rota (the roster when there is no
 * staff sheet), then attendance, sales and incidents resolved against that roster.
 */
import type { Person } from '../engine/model';
import { SalesOrders } from '../engine/orders';
import type { Policy } from '../engine/policy/types';
import { problem, type Problem } from '../engine/result';
import { monthKeyOf, parseMonthKey, type MonthKey } from '../engine/time';
import { attendanceMonths, attendanceRows, readAttendance } from './attendance';
import { detectSheets } from './detect';
import { cellAt } from './grid';
import { readIncidents } from './incidents';
import { NameBook } from './names';
import { readRota, titleMonth } from './rota';
import { dataRows } from './rows';
import { readSalesOrders } from './orderSheet';
import { readSalesFigures } from './sales';
import { readStaff } from './staff';
import type { Grid, MappingOverrides, Role, SheetDetection, TeamRead } from './types';
import { parseDate } from './values';

export interface ReadTeamOptions {
  readonly month?: MonthKey;
  readonly policy: Policy;
  readonly overrides?: MappingOverrides;
}

/**
 * The year for dates written without one (`10月3日`): the month being closed, else a title
 * (`2026年10月排班表`), else the latest full date in any detected date column.
 */
function yearHintOf(grids: readonly Grid[], detections: readonly SheetDetection[], month: MonthKey | null): number | null {
  const given = month === null ? null : parseMonthKey(month);
  if (given) return given.year;
  let latest: number | null = null;
  for (const d of detections) {
    const grid = grids.find((g) => g.name === d.sheet);
    if (!grid) continue;
    const title = parseMonthKey(titleMonth(grid, d.headerRow) ?? '');
    if (title) return title.year;
    const col = d.columns.date;
    if (col === undefined) continue;
    for (const row of dataRows(grid, d, [])) {
      const day = parseDate(cellAt(grid, row, col), null);
      if (day.kind === 'ok') latest = Math.max(latest ?? day.value, day.value);
    }
  }
  return latest === null ? null : Number(monthKeyOf(latest).slice(0, 4));
}

/**
 * Reads the team's sheets for a month close.
 * @example readTeam(grids, { policy: ecommercePreset }) → { month: '2026-10', monthsSeen: ['2026-10'], people: […], rota: […], … }
 */
export function readTeam(grids: readonly Grid[], options: ReadTeamOptions): TeamRead {
  const detected = detectSheets(grids, options.overrides);
  const problems: Problem[] = [...detected.problems];
  const { detections } = detected;
  const givenMonth = options.month === undefined ? null : options.month;
  if (givenMonth !== null && parseMonthKey(givenMonth) === null) problems.push(problem('error', 'sheets.badMonth', { value: givenMonth }));
  const validMonth = givenMonth !== null && parseMonthKey(givenMonth) !== null ? givenMonth : null;
  const yearHint = yearHintOf(grids, detections, validMonth);
  const sheet = (role: Role, layouts?: readonly string[]): { grid: Grid; d: SheetDetection } | null => {
    // A sheet still missing a required column is not read: the error already asks for the mapping,
    // and reading it would invent results (every day a missing punch without a clock-in column).
    const d = detections.find((x) => x.role === role && (!layouts || layouts.includes(x.layout)) && x.missing === undefined);
    const grid = d && grids.find((g) => g.name === d.sheet);
    return d && grid ? { grid, d } : null;
  };

  const staff = sheet('staff');
  let people: Person[] = [];
  let book = new NameBook(false);
  if (staff) ({ people, book } = readStaff(staff.grid, staff.d, problems));
  const bookFromStaff = staff !== null && book.size > 0;
  if (!bookFromStaff) book = new NameBook(false);

  const att = sheet('attendance');
  const attRows = att ? attendanceRows(att.grid, att.d) : null;
  const monthsSeen = att && attRows ? attendanceMonths(att.grid, att.d, yearHint, attRows) : [];
  const month = validMonth ?? monthsSeen[monthsSeen.length - 1] ?? null;

  const rotaSheet = sheet('rota');
  const rota = rotaSheet ? readRota(rotaSheet.grid, rotaSheet.d, { book, bookFromStaff, fallbackMonth: month, yearHint, policy: options.policy }, problems) : [];
  // Without a staff sheet the rota is the roster; without either, every name is taken.
  if (!bookFromStaff && book.size > 0) book.closed = true;
  const unknownCode = bookFromStaff ? 'sheets.unknownName' : 'sheets.unknownNameNotOnRota';

  const attendance = att && attRows ? readAttendance(att.grid, att.d, book, bookFromStaff, yearHint, problems, attRows) : [];
  const figures = sheet('sales', ['daily', 'period']);
  const orders = sheet('sales', ['orders']);
  const salesCtx = { book, unknownCode, yearHint };
  const salesFigures = figures ? readSalesFigures(figures.grid, figures.d, salesCtx, problems) : [];
  const salesOrders = orders ? readSalesOrders(orders.grid, orders.d, salesCtx, problems) : new SalesOrders();
  const inc = sheet('incidents');
  const incidents = inc ? readIncidents(inc.grid, inc.d, book, unknownCode, yearHint, problems) : [];
  return { month, monthsSeen, detections, people, rota, attendance, salesFigures, salesOrders, incidents, problems };
}
