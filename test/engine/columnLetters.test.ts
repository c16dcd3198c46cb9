import { cellAddress, columnLetters } from '../../src/engine/result';

// The first 256 columns' letters are remembered: asked twice, and past the remembered range, they
// must read as Excel names them.
describe('columnLetters', () => {
  it('names columns as Excel does, the first time and again', () => {
    const expected: [number, string][] = [[0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [255, 'IV'], [256, 'IW'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']];
    for (let round = 0; round < 2; round += 1) {
      expect(expected.map(([col]) => columnLetters(col))).toEqual(expected.map(([, letters]) => letters));
    }
  });

  it('every column up to 800 is the one after the column before it', () => {
    const next = (letters: string): string => {
      const chars = letters.split('');
      let i = chars.length - 1;
      while (i >= 0 && chars[i] === 'Z') chars[i--] = 'A';
      if (i < 0) return `A${chars.join('')}`;
      chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
      return chars.join('');
    };
    for (let col = 1; col <= 800; col += 1) expect(columnLetters(col)).toBe(next(columnLetters(col - 1)));
  });

  it('a cell address uses them', () => {
    expect(cellAddress({ sheet: '考勤', row: 13, col: 2 })).toBe('考勤!C14');
  });
});
