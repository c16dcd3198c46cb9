/**
 * The `_CsClose_<kind>` markers from our reader's output give the sheets ExcelJS's ownSheetsOf gave,
 * on a close's real output (the bundled sample closed here) and on hand-made names.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthClose } from '../../../../src/app/monthClose';
import { markedSheets, readGridsFromBytes, sheetOfReference } from '../../../../src/io/package/read';
import { markerPrefix, ownSheetsOf, readWorkbookFile, writeCloseWorkbook } from '../../../../src/io/xlsx';
import { packageOf } from './parts';

describe('markedSheets', () => {
  it('finds the output sheets of a close as ExcelJS\'s ownSheetsOf did', async () => {
    // Closed here, not the quick start's output file: a fresh checkout does not have that.
    const sample = join(__dirname, '../../../../samples/客服部-2026-10.xlsx');
    const out = join(tmpdir(), `cs-marked-${process.pid}.xlsx`);
    await writeCloseWorkbook(sample, monthClose((await readWorkbookFile(sample)).grids, {}).tables, out, { adopt: ['history'] });
    const bytes = readFileSync(out);
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
