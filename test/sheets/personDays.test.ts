import { PersonDays } from '../../src/sheets/personDays';

describe('PersonDays: the (person, day) pairs a reader has taken', () => {
  it('knows a pair once added, and only that pair', () => {
    const seen = new PersonDays();
    expect(seen.has('张三', 46296)).toBe(false);
    seen.add('张三', 46296);
    expect(seen.has('张三', 46296)).toBe(true);
    expect(seen.has('张三', 46297)).toBe(false);
    expect(seen.has('李四', 46296)).toBe(false);
  });

  it('keeps names that look like a pair apart (a name with | in it)', () => {
    const seen = new PersonDays();
    seen.add('a|1', 2);
    expect(seen.has('a', 1)).toBe(false);
    expect(seen.has('a|1', 2)).toBe(true);
  });
});
