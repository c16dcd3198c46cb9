/**
 * Sales (POLICY.md §1): daily figures per agent, Qianniu/赤兔 period figures (no date column →
 * daySerial null). A per-order list (K3, K5) is read by orderSheet.ts.
 */
import type { CellValue } from '../engine/cells';
import type { SalesFigures } from '../engine/model';
import type { Fen } from '../engine/money';
import type { Problem } from '../engine/result';
import { RowReader } from './fields';
import type { NameBook } from './names';
import { parseCount, parseMoney } from './numbers';
import { dataRows } from './rows';
import type { Grid, SheetDetection } from './types';
import { parseDate, type Parsed } from './values';

export interface SalesContext {
  readonly book: NameBook;
  readonly unknownCode: string;
  readonly yearHint: number | null;
}

/**
 * Figures rows. A figure that cannot be read (延迟统计, #N/A, garbage) is an error on its cell and
 * the row is left out: a zero would silently cut someone's commission.
 * @example readSalesFigures(grid, detection, ctx, problems)[0] → { name: '王小美', daySerial: null, inquiries: 120, buyers: 90, amountFen: 1523050, … }
 */
export function readSalesFigures(grid: Grid, detection: SheetDetection, ctx: SalesContext, problems: Problem[]): SalesFigures[] {
  const figures: SalesFigures[] = [];
  const parseDay = (v: CellValue): Parsed<number> => parseDate(v, ctx.yearHint);
  const parseAmount = (v: CellValue): Parsed<Fen> => parseMoney(v, false);
  const r = new RowReader(grid, detection, 0, problems);
  for (const row of dataRows(grid, detection, problems)) {
    r.moveTo(row);
    if (r.nameText() === null) continue;
    const daySerial = r.get('date', parseDay);
    const inquiries = r.get('inquiries', parseCount);
    const buyers = r.get('buyers', parseCount);
    const amountFen = r.get('amount', parseAmount);
    const name = r.person(ctx.book, ctx.unknownCode);
    if (name === null || daySerial === undefined || inquiries === undefined || buyers === undefined || amountFen === undefined) continue;
    if (inquiries === null && buyers === null && amountFen === null) continue;
    if (inquiries !== null && buyers !== null && buyers > inquiries) {
      r.report('warning', 'sheets.buyersAboveInquiries', { buyers, inquiries }, r.ref('buyers') ?? undefined);
    }
    figures.push({ name, daySerial, inquiries, buyers, amountFen, source: r.rowRef() });
  }
  return figures;
}
