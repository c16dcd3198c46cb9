import { mergedRangesOf, parseAreaList } from '../../../src/io/office/merges';

describe('merged-area addresses (ExcelApi 1.13 RangeAreas.address → Grid.merges, catalogue C56)', () => {
  it("C56: a quoted sheet name and a name merged down A2:A28 → rows 1–27 of column 0", () => {
    expect(parseAreaList("'考勤'!A2:A28")).toEqual([{ sheet: '考勤', row: 1, col: 0, rows: 27, cols: 1 }]);
  });

  it('an unquoted name, several areas with and without spaces after the comma, $ marks ignored', () => {
    expect(parseAreaList('考勤!$A$2:$A$29, 考勤!C1:D1,考勤!AA3:AB4')).toEqual([
      { sheet: '考勤', row: 1, col: 0, rows: 28, cols: 1 },
      { sheet: '考勤', row: 0, col: 2, rows: 1, cols: 2 },
      { sheet: '考勤', row: 2, col: 26, rows: 2, cols: 2 },
    ]);
  });

  it("a quoted name holding a comma, a doubled quote and a '!' is one sheet name, not a list separator", () => {
    expect(parseAreaList("'10月, 小王''s!表'!C3:D5, '10月, 小王''s!表'!F1")).toEqual([
      { sheet: "10月, 小王's!表", row: 2, col: 2, rows: 3, cols: 2 },
      { sheet: "10月, 小王's!表", row: 0, col: 5, rows: 1, cols: 1 },
    ]);
  });

  it('no sheet, lower-case letters and corners given the wrong way round still make the same rectangle', () => {
    expect(parseAreaList('b5:a2')).toEqual([{ sheet: null, row: 1, col: 0, rows: 4, cols: 2 }]);
  });

  it('whole rows or columns, a row 0 and text that is no address are left out; an empty list is no areas', () => {
    expect(parseAreaList('Sheet1!A:A, Sheet1!2:5, Sheet1!A0:B2, Sheet1!A1:B2:C3, #REF!')).toEqual([]);
    expect(parseAreaList('')).toEqual([]);
  });

  it('mergedRangesOf keeps the blocks in sheet coordinates and drops a single cell (not a merge)', () => {
    expect(mergedRangesOf("'考勤 (打卡)'!C4:C6, '考勤 (打卡)'!E9, '考勤 (打卡)'!A1:F1")).toEqual([
      { row: 3, col: 2, rows: 3, cols: 1 },
      { row: 0, col: 0, rows: 1, cols: 6 },
    ]);
  });
});
