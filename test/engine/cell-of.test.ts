import { cellOf } from '../../src/engine/model';

describe('cellOf: a row keeps column numbers, results get the cell', () => {
  const source = { sheet: '考勤', row: 4, col: 0 };
  it('gives the cell of the column on the row of source', () => {
    expect(cellOf(source, 2)).toEqual({ sheet: '考勤', row: 4, col: 2 });
  });
  it('gives the row itself when the reader had no such column', () => {
    expect(cellOf(source, null)).toBe(source);
    expect(cellOf(source, undefined)).toBe(source);
  });
  it('column 0 is a column, not a missing one', () => {
    expect(cellOf({ sheet: '事件', row: 2, col: 1 }, 0)).toEqual({ sheet: '事件', row: 2, col: 0 });
  });
});
