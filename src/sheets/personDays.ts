/**
 * Which (person, day) pairs a reader has already taken: one set of days per person, rather than a
 * "name|day" string built and hashed for every row of a 31,000-row attendance sheet or rota.
 */
export class PersonDays {
  private readonly daysByName = new Map<string, Set<number>>();

  /** Takes the pair: true the first time, false when it was taken before (one lookup, not has then add). */
  take(name: string, daySerial: number): boolean {
    const days = this.daysByName.get(name);
    if (days === undefined) {
      this.daysByName.set(name, new Set([daySerial]));
      return true;
    }
    const before = days.size;
    days.add(daySerial);
    return days.size !== before;
  }
}
