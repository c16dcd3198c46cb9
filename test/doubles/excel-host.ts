/**
 * An in-memory Excel for tests: the subset of the Excel JS API that src/io/office uses, with the
 * proxy semantics that matter — commands queue until context.sync(), a property must be loaded and
 * synced before it is read, errors surface at sync — and it COUNTS: every sync is a round trip,
 * whose request size is the JSON of the commands queued since the previous sync.
 */
import type { HostContext, HostValue } from '../../src/io/office/host';
import type { Command } from './excel-proxies';
import { WorkbookProxy } from './excel-sheets';
import { cellKey, newSheet, sheetGrid, type MergeModel, type SheetModel, type WorkbookModel } from './excel-model';
import { parseA1 } from './excel-proxies';

/**
 * Office.js sends each command as an action record plus object-path records (ids, types, names,
 * argument info): about 150 bytes before the command's own arguments.
 */
export const actionEnvelopeBytes = 150;

const utf8 = new TextEncoder();

export interface RequestStats {
  /** Commands queued in this round trip. */
  readonly ops: number;
  /** UTF-8 bytes of the JSON of those commands plus each one's envelope: the request Office.js would send. */
  readonly bytes: number;
  readonly kinds: readonly string[];
}

export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly HostValue[])[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly (MergeModel | string)[];
}

function mergeOf(merge: MergeModel | string): MergeModel {
  if (typeof merge !== 'string') return { row: merge.row, col: merge.col, rows: merge.rows, cols: merge.cols };
  const [from, to] = merge.split(':');
  const start = parseA1(from ?? '');
  const end = to === undefined ? start : parseA1(to);
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

export class ExcelHostDouble {
  readonly model: WorkbookModel = {
    sheets: [], settings: new Map(), names: new Map(), activeSheet: null, selection: null, missingApis: new Set(),
  };
  readonly requests: RequestStats[] = [];

  /**
   * A workbook holding these sheets, values from A1 (null is a blank cell); merged blocks as a
   * Grid's merges ({row, col, rows, cols}, 0-based) or A1 ranges ('A2:A29').
   */
  static withSheets(sheets: readonly SheetInput[]): ExcelHostDouble {
    const host = new ExcelHostDouble();
    for (const input of sheets) {
      const sheet = newSheet(input.name);
      input.rows.forEach((row, r) => row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.cells.set(cellKey(r, c), { value, numberFormat: 'General' });
      }));
      for (const r of input.hiddenRows ?? []) sheet.hiddenRows.add(r);
      sheet.merges = (input.merges ?? []).map(mergeOf);
      host.model.sheets.push(sheet);
    }
    host.model.activeSheet = sheets[0]?.name ?? null;
    return host;
  }

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  resetCounts(): void {
    this.requests.length = 0;
  }

  /** Excel.run: a fresh context per batch; what is still queued at the end is synced, as Excel does. */
  readonly run = async <T>(batch: (context: HostContext) => Promise<T>): Promise<T> => {
    const context = this.context();
    const result = await batch(context);
    if (context.pending() > 0) await context.sync();
    return result;
  };

  context(): HostContext & { pending(): number } {
    const queue: Command[] = [];
    const workbook = new WorkbookProxy(this.model, (command) => queue.push(command));
    const sync = async (): Promise<void> => {
      const batch = queue.splice(0, queue.length);
      const json = JSON.stringify(batch.map((c) => c.json));
      // TextEncoder, not Buffer: the double also runs in the browser test, where a fake Buffer would fool libraries.
      const bytes = utf8.encode(json).length + actionEnvelopeBytes * batch.length;
      this.requests.push({ ops: batch.length, bytes, kinds: batch.map((c) => String(c.json[0])) });
      for (const command of batch) await command.apply();
    };
    return {
      sync, pending: () => queue.length,
      workbook, application: workbook.application,
    };
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Values from A1 to the used extent, blanks null. */
  values(name: string): HostValue[][] {
    return sheetGrid(this.sheet(name));
  }

  /** Every cell Excel holds as a formula: an injection test wants none from input text. */
  formulas(): { sheet: string; key: string; formula: string }[] {
    return this.model.sheets.flatMap((sheet) => [...sheet.cells].flatMap(([key, cell]) =>
      cell.formula === undefined ? [] : [{ sheet: sheet.name, key, formula: cell.formula }]));
  }

  /** A deep copy of the workbook, for before/after comparisons. */
  snapshot(): unknown {
    return this.model.sheets.map((s) => ({
      name: s.name, visibility: s.visibility, hiddenRows: [...s.hiddenRows].sort(),
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
      props: [...s.customProperties], widths: [...s.columnWidths], frozen: s.frozenRows, merges: s.merges.map((m) => ({ ...m })),
    }));
  }
}
