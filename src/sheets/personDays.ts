/**
 * Which (person, day) pairs a reader has already taken: one set of days per person, rather than a
 * "name|day" string built and hashed for every row of a 31,000-row attendance sheet or rota.
 */
export class PersonDays {
  private readonly daysByName = new Map<string, TakenDays>();
  /** The last person asked about: attendance and rota rows come person by person. */
  private lastName: string | null = null;
  private lastDays: TakenDays | null = null;

  /** Takes the pair: true the first time, false when it was taken before. */
  take(name: string, daySerial: number): boolean {
    let days = name === this.lastName ? this.lastDays : this.daysByName.get(name);
    if (days === undefined || days === null) {
      days = new TakenDays(daySerial);
      this.daysByName.set(name, days);
    }
    this.lastName = name;
    this.lastDays = days;
    return days.take(daySerial);
  }
}

/** Days on either side of a person's first day kept as bits: a month or two of attendance. */
const nearDays = 128;

/**
 * One person's taken days: a bit per day near the first day taken, a Set only for days further off
 * (a Set per person grew and rehashed through a month of days: a third of the readers' garbage).
 */
class TakenDays {
  private readonly nearBits = new Uint32Array((2 * nearDays) / 32);
  private farDays: Set<number> | null = null;
  private readonly firstNear: number;

  constructor(firstDay: number) {
    this.firstNear = firstDay - nearDays;
  }

  take(daySerial: number): boolean {
    const offset = daySerial - this.firstNear;
    if (offset >= 0 && offset < 2 * nearDays && Number.isInteger(offset)) {
      const word = offset >>> 5;
      const bit = 1 << (offset & 31);
      const bits = this.nearBits[word] as number;
      if ((bits & bit) !== 0) return false;
      this.nearBits[word] = bits | bit;
      return true;
    }
    this.farDays ??= new Set();
    const before = this.farDays.size;
    this.farDays.add(daySerial);
    return this.farDays.size !== before;
  }
}
