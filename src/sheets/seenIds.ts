/**
 * Which ids (order numbers) came before, for the duplicate-order check. Exports usually list orders
 * sorted by number: while each id sorts after the one before, none can repeat and no set is needed.
 * At 1,000 people a Set of 300,000 ids cost ~100 ms of the close, mostly its growth; the first id out
 * of order moves the ids seen so far into a Set, and from then on the Set answers.
 */
export class SeenIds {
  private last: string | null = null;
  private inOrder: string[] | null = [];
  private set: Set<string> | null = null;

  /**
   * @param seenSoFar where the ids answered "first time" so far can be listed again, if the caller
   *   keeps them anyway (the order list does): then they are not kept twice.
   */
  constructor(private readonly seenSoFar?: () => Iterable<string>) {
    if (seenSoFar) this.inOrder = null;
  }

  /** True the first time an id is offered, false for a repeat. */
  firstTime(id: string): boolean {
    // The common case (ids in order) kept small, so a reader's hot loop can inline it.
    if (this.set === null && (this.last === null || id > this.last)) {
      this.inOrder?.push(id);
      this.last = id;
      return true;
    }
    return this.firstTimeBySet(id);
  }

  private firstTimeBySet(id: string): boolean {
    if (this.set === null) {
      this.set = new Set(this.inOrder ?? this.seenSoFar?.() ?? []);
      this.inOrder = null;
    }
    const set = this.set;
    const before = set.size;
    set.add(id);
    return set.size !== before;
  }
}
