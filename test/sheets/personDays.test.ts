import { PersonDays } from '../../src/sheets/personDays';

describe('PersonDays: the (person, day) pairs a reader has taken', () => {
  it('takes a pair once, and only that pair', () => {
    const seen = new PersonDays();
    expect(seen.take('张三', 46296)).toBe(true);
    expect(seen.take('张三', 46296)).toBe(false);
    expect(seen.take('张三', 46297)).toBe(true);
    expect(seen.take('李四', 46296)).toBe(true);
    expect(seen.take('李四', 46296)).toBe(false);
  });

  it('keeps names that look like a pair apart (a name with | in it)', () => {
    const seen = new PersonDays();
    expect(seen.take('a|1', 2)).toBe(true);
    expect(seen.take('a', 1)).toBe(true);
    expect(seen.take('a|1', 2)).toBe(false);
  });

  it('keeps days far from a person\'s first day, and people asked about in turn, apart', () => {
    const seen = new PersonDays();
    expect(seen.take('张三', 46296)).toBe(true);
    expect(seen.take('李四', 46296)).toBe(true);
    expect(seen.take('张三', 46296 + 400)).toBe(true);
    expect(seen.take('张三', 46296 - 400)).toBe(true);
    expect(seen.take('张三', 46296 + 127)).toBe(true);
    expect(seen.take('张三', 46296 - 128)).toBe(true);
    expect(seen.take('李四', 46296 + 400)).toBe(true);
    expect(seen.take('张三', 46296 + 400)).toBe(false);
    expect(seen.take('张三', 46296 - 400)).toBe(false);
    expect(seen.take('张三', 46296 + 127)).toBe(false);
    expect(seen.take('张三', 46296 - 128)).toBe(false);
    expect(seen.take('李四', 46296)).toBe(false);
    expect(seen.take('李四', 46297)).toBe(true);
  });
});
