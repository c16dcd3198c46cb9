import fc from 'fast-check';
import { SeenIds } from '../../src/sheets/seenIds';

// SeenIds skips the Set while ids arrive in order: these fail if an in-order run hides a repeat,
// or if the move to a Set loses an id seen before it.
describe('SeenIds: the duplicate-order check', () => {
  const answers = (ids: readonly string[]): boolean[] => {
    const seen = new SeenIds();
    return ids.map((id) => seen.firstTime(id));
  };
  // The order reader's way: the ids answered "first time" are kept by the caller and listed on demand.
  const answersKeptOutside = (ids: readonly string[]): boolean[] => {
    const kept: string[] = [];
    const seen = new SeenIds(() => kept);
    return ids.map((id) => {
      const first = seen.firstTime(id);
      if (first) kept.push(id);
      return first;
    });
  };

  it('says first time exactly as a Set would, for any ids in any order', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (ids) => {
      const set = new Set<string>();
      const expected = ids.map((id) => !set.has(id) && set.add(id) !== null);
      expect(answers(ids)).toEqual(expected);
      expect(answersKeptOutside(ids)).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('ids in order are all new; the same id twice in a row is a repeat', () => {
    expect(answers(['A1', 'A2', 'A3'])).toEqual([true, true, true]);
    expect(answers(['A1', 'A2', 'A2'])).toEqual([true, true, false]);
  });

  it('an id from before the first one out of order is still known', () => {
    expect(answers(['A1', 'A2', 'A3', 'A0', 'A2', 'A4', 'A1'])).toEqual([true, true, true, true, false, true, false]);
    expect(answersKeptOutside(['A1', 'A2', 'A3', 'A0', 'A2', 'A4', 'A1'])).toEqual([true, true, true, true, false, true, false]);
  });
});
