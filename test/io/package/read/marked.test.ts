/**
 * The `_CsClose_<kind>` markers from our reader's output give the sheets ExcelJS's ownSheetsOf gave,
 * on a close's real output (samples/客服部-月结-2026-10.xlsx) and on hand-made names.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markedSheets, readGridsFromBytes, sheetOfReference } from '../../../../src/io/package/read';
import { markerPrefix, ownSheetsOf } from '../../../../src/io/xlsx';
import { packageOf } from './parts';

describe('markedSheets', () => {
  it('finds the output sheets of a close as ExcelJS\'s ownSheetsOf did', async () => {
    const bytes = readFileSync(join(__dirname, '../../../../samples/客服部-月结-2026-10.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ours = markedSheets(await readGridsFromBytes(bytes), markerPrefix);
    expect(Object.keys(ours).length).toBeGreaterThan(3);
    expect(ours).toEqual(ownSheetsOf(workbook));
  });

  it('keeps only workbook-level names of the family whose sheet exists', async () => {
    const bytes = await packageOf({
      sheets: [{ name: "O'Neil", data: '<sheetData/>' }, { name: '计分表', data: '<sheetData/>' }],
      definedNames: `<definedName name="_CsClose_scorecard">'计分表'!$A$1</definedName><definedName name="_CsClose_fines">'O''Neil'!$A$1</definedName>`
        + `<definedName name="_CsClose_ledger">'明细'!$A$1</definedName><definedName name="_CsClose_policy" localSheetId="0">'计分表'!$A$1</definedName>`
        + `<definedName name="Other">'计分表'!$A$1</definedName>`,
    });
    expect(markedSheets(await readGridsFromBytes(bytes), '_CsClose_')).toEqual({ scorecard: '计分表', fines: "O'Neil" });
    expect(sheetOfReference('计分表!$A$1')).toBe('计分表');
  });
});
