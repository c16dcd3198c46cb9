/**
 * A per-order sales list kept by column (typed arrays for the numbers) instead of one object per
 * order. At 1,000 people a month has 300,000 orders: as objects they were ~26 MB that lived through
 * the whole close and that the garbage collector copied from one generation to the next.
 */
import type { CellRef } from './result';
import type { Fen } from './money';
import type { SalesOrder } from './model';

const noRemark = -1;

/**
 * The per-order number columns, to be read (never written) by a pass over every order: at 1,000
 * people the commission tally reads 300,000 orders, and a method call per field was a third of it.
 * Valid for indices below the list's length; remarks are 1, 0, or -1 for a sheet without remarks.
 */
export interface OrderColumns {
  readonly days: Readonly<Float64Array>;
  readonly amounts: Readonly<Float64Array>;
  readonly nameIndexes: Readonly<Int32Array>;
  readonly statusIndexes: Readonly<Int32Array>;
  readonly remarks: Readonly<Int8Array>;
}
/** Bytes per order in the number columns: day and amount (8 each), name, status and row (4 each), remark (1). */
const bytesPerOrder = 8 + 8 + 4 + 4 + 4 + 1;

export class SalesOrders implements Iterable<SalesOrder> {
  private count = 0;
  private orderIds: string[];
  /** Each order's person is an index into nameTable (nameIndexes): a month's orders name a few hundred people. */
  private readonly nameTable: string[] = [];
  private readonly indexByName = new Map<string, number>();
  /**
   * Statuses as a small table (and sheets as runs, below) instead of an array as long as the orders:
   * a month's orders carry a handful of statuses from one or two sheets, and each array of 30,000
   * pointers was a fresh large-object allocation (~0.25 ms of system time at 100 people, per array, per close).
   */
  private readonly statusTable: (string | null)[] = [];
  private readonly statusIndexByText = new Map<string | null, number>();
  private lastStatus: string | null | undefined = undefined;
  private lastStatusIndex = -1;
  /**
   * Orders from one sheet come in a run, their cells in one column: where each run starts (an order
   * index), its sheet and column. The order being added is compared with the last run only.
   */
  private readonly runStarts: number[] = [];
  private readonly runSheets: string[] = [];
  private readonly runCols: number[] = [];
  private lastSheet: string | undefined = undefined;
  private lastCol = -1;
  private days!: Float64Array;
  private amounts!: Float64Array;
  private nameIndexes!: Int32Array;
  private statusIndexes!: Int32Array;
  private rows!: Int32Array;
  /** 1 remarked, 0 not, -1 when the sheet has no remark column. */
  private remarks!: Int8Array;
  /** The earliest and latest day added (NaN sticks: no span is then known), so a check of the month can skip the scan. */
  private firstDay = Number.POSITIVE_INFINITY;
  private lastDay = Number.NEGATIVE_INFINITY;

  /** @param capacity how many orders are expected (it grows past that if need be). */
  constructor(capacity = 0) {
    const size = Math.max(0, Math.floor(capacity));
    this.orderIds = new Array<string>(size);
    this.allocate(size);
  }

  /**
   * The number columns as views of one buffer (8-byte columns first, for alignment): each typed array
   * of more than a few dozen bytes is its own allocation outside the heap, six per close.
   */
  private allocate(size: number): void {
    const buffer = new ArrayBuffer(size * bytesPerOrder);
    let offset = 0;
    const take = (bytesEach: number): number => {
      const at = offset;
      offset += size * bytesEach;
      return at;
    };
    this.days = new Float64Array(buffer, take(8), size);
    this.amounts = new Float64Array(buffer, take(8), size);
    this.nameIndexes = new Int32Array(buffer, take(4), size);
    this.statusIndexes = new Int32Array(buffer, take(4), size);
    this.rows = new Int32Array(buffer, take(4), size);
    this.remarks = new Int8Array(buffer, take(1), size);
  }

  /** The list of these orders, in their order (tests, and adapters that hold objects). */
  static of(orders: Iterable<SalesOrder>): SalesOrders {
    const all = [...orders];
    const list = new SalesOrders(all.length);
    for (const o of all) list.add(o.orderId, list.nameIndex(o.name), o.daySerial, o.amountFen, o.remarked, o.status, o.sheet, o.row, o.col);
    return list;
  }

  get length(): number {
    return this.count;
  }

  /** The index of a person's name in this list (added the first time): give it to add. */
  nameIndex(name: string): number {
    let index = this.indexByName.get(name);
    if (index === undefined) {
      index = this.nameTable.length;
      this.nameTable.push(name);
      this.indexByName.set(name, index);
    }
    return index;
  }

  /** How many different people the orders name; nameAt(n) for n below it. */
  get nameCount(): number {
    return this.nameTable.length;
  }

  nameAt(index: number): string {
    return this.nameTable[index] as string;
  }

  /** The index of the i-th order's person (nameIndex, nameAt). */
  nameIndexOf(i: number): number {
    return this.nameIndexes[i] as number;
  }

  /** Adds an order (the fields of SalesOrder, in its order, the name as nameIndex gives it), without an object for it. */
  add(orderId: string, nameIndex: number, daySerial: number, amountFen: Fen, remarked: boolean | null, status: string | null, sheet: string, row: number, col: number): void {
    if (this.count === this.days.length) this.grow();
    const i = this.count;
    this.orderIds[i] = orderId;
    this.nameIndexes[i] = nameIndex;
    this.statusIndexes[i] = this.statusIndex(status);
    if (sheet !== this.lastSheet || col !== this.lastCol) this.startRun(i, sheet, col);
    this.days[i] = daySerial;
    if (!(daySerial >= this.firstDay)) this.firstDay = Number.isNaN(this.firstDay) ? this.firstDay : daySerial;
    if (!(daySerial <= this.lastDay)) this.lastDay = Number.isNaN(this.lastDay) ? this.lastDay : daySerial;
    this.amounts[i] = amountFen;
    this.remarks[i] = remarked === null ? noRemark : remarked ? 1 : 0;
    this.rows[i] = row;
    this.count += 1;
  }

  private startRun(i: number, sheet: string, col: number): void {
    this.runStarts.push(i);
    this.runSheets.push(sheet);
    this.runCols.push(col);
    this.lastSheet = sheet;
    this.lastCol = col;
  }

  /** A status's place in the table; the same status as the order before is not looked up again. */
  private statusIndex(status: string | null): number {
    return status === this.lastStatus ? this.lastStatusIndex : this.newStatusIndex(status);
  }

  private newStatusIndex(status: string | null): number {
    let index = this.statusIndexByText.get(status);
    if (index === undefined) {
      index = this.statusTable.push(status) - 1;
      this.statusIndexByText.set(status, index);
    }
    this.lastStatus = status;
    this.lastStatusIndex = index;
    return index;
  }

  /** The run the i-th order is in: the last one starting at or before it (binary search; a close has one or two runs). */
  private runOf(i: number): number {
    let low = 0;
    let high = this.runStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.runStarts[middle] as number) <= i) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** How many different statuses the orders carry (null, no status, among them); statusAt(k) for k below it. */
  get statusCount(): number {
    return this.statusTable.length;
  }

  statusAt(index: number): string | null {
    return this.statusTable[index] ?? null;
  }

  /** The index of the i-th order's status (statusCount, statusAt). */
  statusIndexOf(i: number): number {
    return this.statusIndexes[i] as number;
  }

  /** Whether every order's day is in [first, end): true for no orders, false when a day is not a number. */
  allDaysWithin(first: number, end: number): boolean {
    return this.count === 0 || (this.firstDay >= first && this.lastDay < end);
  }

  /** Whether every order's day is in [first, last]: the inclusive form, for a month's first and last day serial. */
  allDaysBetween(first: number, last: number): boolean {
    return this.count === 0 || (this.firstDay >= first && this.lastDay <= last);
  }

  /** The number columns, for a pass over every order (see OrderColumns). */
  columns(): OrderColumns {
    return { days: this.days, amounts: this.amounts, nameIndexes: this.nameIndexes, statusIndexes: this.statusIndexes, remarks: this.remarks };
  }

  /** Every order id, in order (a copy). */
  orderIdList(): string[] {
    return this.orderIds.slice(0, this.count);
  }

  orderId(i: number): string {
    return this.orderIds[i] as string;
  }

  name(i: number): string {
    return this.nameTable[this.nameIndexes[i] as number] as string;
  }

  daySerial(i: number): number {
    return this.days[i] as number;
  }

  amountFen(i: number): Fen {
    return this.amounts[i] as Fen;
  }

  remarked(i: number): boolean | null {
    const remark = this.remarks[i];
    return remark === noRemark ? null : remark === 1;
  }

  status(i: number): string | null {
    return this.statusTable[this.statusIndexes[i] as number] ?? null;
  }

  /** The cell the order was read from (its name cell), made when a ledger row or a problem points at it. */
  cell(i: number): CellRef {
    const run = this.runOf(i);
    return { sheet: this.runSheets[run] as string, row: this.rows[i] as number, col: this.runCols[run] as number };
  }

  /** One order as an object: for the few that need one, not for a pass over all of them. */
  at(i: number): SalesOrder | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const { sheet, row, col } = this.cell(i);
    return {
      orderId: this.orderId(i), name: this.name(i), daySerial: this.daySerial(i), amountFen: this.amountFen(i),
      remarked: this.remarked(i), status: this.status(i), sheet, row, col,
    };
  }

  *[Symbol.iterator](): Iterator<SalesOrder> {
    for (let i = 0; i < this.count; i += 1) yield this.at(i) as SalesOrder;
  }

  private grow(): void {
    const size = Math.max(16, this.days.length * 2);
    const { days, amounts, nameIndexes, statusIndexes, rows, remarks } = this;
    this.allocate(size);
    this.days.set(days);
    this.amounts.set(amounts);
    this.nameIndexes.set(nameIndexes);
    this.statusIndexes.set(statusIndexes);
    this.rows.set(rows);
    this.remarks.set(remarks);
    this.orderIds.length = size;
  }
}
