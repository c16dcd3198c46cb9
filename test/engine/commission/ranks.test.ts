import fc from 'fast-check';
import { rankWithinGroups } from '../../../src/engine/commission/award';
import { fen } from '../../../src/engine/money';

describe('K4 ranks within groups', () => {
  it('ties share a rank and the next rank skips (1, 1, 3); nobody without sales is ranked', () => {
    const ranks = rankWithinGroups([
      { name: 'a', group: '1组', salesFen: fen(500) }, { name: 'b', group: '1组', salesFen: fen(500) },
      { name: 'c', group: '1组', salesFen: fen(100) }, { name: 'd', group: '2组', salesFen: fen(100) },
      { name: 'e', group: '1组', salesFen: fen(0) }, { name: 'f', group: null, salesFen: fen(7) },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 1, c: 3, d: 1, e: null, f: 1 });
  });

  it('is, for any team, 1 + how many in the same group sold more', () => {
    const contender = fc.record({
      name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      group: fc.constantFrom(null, '1组', '2组'),
      salesFen: fc.integer({ min: -5, max: 20 }).map(fen),
    });
    fc.assert(fc.property(fc.array(contender, { maxLength: 25 }), (team) => {
      const expected = new Map<string, number | null>();
      for (const c of team) {
        expected.set(c.name, c.salesFen <= 0 ? null : team.filter((o) => o.group === c.group && o.salesFen > c.salesFen).length + 1);
      }
      expect(rankWithinGroups(team)).toEqual(expected);
    }));
  });
});
