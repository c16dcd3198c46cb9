import fc from 'fast-check';
import { isPlainAscii } from '../../src/sheets/fold';

// isPlainAscii replaced a regex on the readers' hot path: it must answer as the regex did.
const asRegex = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

describe('isPlainAscii', () => {
  it('answers as /^[\\x21-\\x7e]+(?: [\\x21-\\x7e]+)*$/ for any text of ASCII, spaces, controls and Chinese', () => {
    const char = fc.constantFrom('a', 'Z', '0', '!', '~', ':', ' ', ' ', '\t', '\n', '\u007f', '\u3000', '张', '\u00a0', '\ud83d\ude00');
    fc.assert(fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
      const text = chars.join('');
      expect(isPlainAscii(text)).toBe(asRegex.test(text));
    }), { numRuns: 2000 });
  });

  it('order ids and single-spaced words are plain; blanks, edge and double spaces, Chinese are not', () => {
    expect(['E000000001', 'Clock In', 'a b c', '~'].map(isPlainAscii)).toEqual([true, true, true, true]);
    expect(['', ' ', ' a', 'a ', 'a  b', '张三', 'a\tb'].map(isPlainAscii)).toEqual([false, false, false, false, false, false, false]);
  });
});
