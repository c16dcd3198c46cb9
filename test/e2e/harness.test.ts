/** The input-unchanged check must be able to fail: it sees a changed value, format, state and merge. */
import ExcelJS from 'exceljs';
import { sheetDifferences } from './harness';

function sheet(edit?: (ws: ExcelJS.Worksheet) => void): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('考勤');
  ws.getCell('A1').value = '姓名';
  ws.getCell('B2').value = 46298;
  ws.getCell('B2').numFmt = 'yyyy-mm-dd';
  edit?.(ws);
  return ws;
}

describe('sheetDifferences (§4: the input sheets are never changed)', () => {
  it('finds nothing between equal sheets', () => {
    expect(sheetDifferences(sheet(), sheet())).toEqual([]);
  });

  it('reports a changed value, a changed format, a new cell, a hidden sheet, a merge and a missing sheet', () => {
    expect(sheetDifferences(sheet(), sheet((ws) => { ws.getCell('A1').value = '名字'; }))).toHaveLength(1);
    expect(sheetDifferences(sheet(), sheet((ws) => { ws.getCell('B2').numFmt = 'General'; }))).toHaveLength(1);
    expect(sheetDifferences(sheet(), sheet((ws) => { ws.getCell('C3').value = 1; }))).toHaveLength(1);
    expect(sheetDifferences(sheet(), sheet((ws) => { ws.state = 'hidden'; }))).toHaveLength(1);
    expect(sheetDifferences(sheet(), sheet((ws) => { ws.mergeCells('A1:B1'); })).length).toBeGreaterThan(0);
    expect(sheetDifferences(sheet(), undefined)).toEqual(['考勤: missing from the output']);
  });
});
