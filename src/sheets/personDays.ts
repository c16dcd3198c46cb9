/**
 * Which (person, day) pairs a reader has already taken: one set of days per person, rather than a
 * "name|day" string built and hashed for every row of a 31,000-row attendance sheet or rota.
 */
export class PersonDays {
  private readonly daysByName = new Map<string, Set<number>>();

  /** Whether the pair was taken before. */
  has(name: string, daySerial: number): boolean {
    return this.daysByName.get(name)?.has(daySerial) ?? false;
  }

  add(name: string, daySerial: number): void {
    const days = this.daysByName.get(name);
    if (days === undefined) this.daysByName.set(name, new Set([daySerial]));
    else days.add(daySerial);
  }
}
