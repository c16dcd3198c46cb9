/**
 * Hand-written parts in the shapes other writers use (Excel, LibreOffice, exporters): our reader
 * gives what ExcelJS gave; and where ExcelJS was wrong, what we give instead (README.md beside
 * src/io/package/read lists those differences).
 */
import { readGridsFromBytes } from '../../../../src/io/package/read';
import { compareReaders, exceljsGrids } from './both';
import { packageOf } from './parts';

const shared = [
  '<t>plain</t>',
  '<r><rPr><b/><sz val="11"/></rPr><t>bold</t></r><r><t xml:space="preserve"> and plain</t></r>',
  '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
  '<t>line_x000D_break_x000a_kept</t>',
  '<t xml:space="preserve">  spaced  </t>',
  '<t/>',
  '',
  '<t>&lt;a&gt; &amp; &quot;q&quot; &#x1F600; &#20013;</t>',
  '<r><t>run</t></r><rPh sb="0" eb="1"><t>ラン</t></rPh>',
];

const otherWriters = `<sheetData>
  <row r="1" spans="1:6" hidden="true">
    <c r="A1" t="s"><v>0</v></c>
    <c r="B1" t='s'><v> 1 </v></c>
    <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>
    <c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c><c r="I1" t="s"><v>8</v></c>
  </row>
  <row r="2"><c r="A2" t="inlineStr"><is><t>inline &amp; &#x4E2D;</t></is></c><c r="B2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>
    <c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#N/A</v></c>
    <c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H2" t="n"><v>1.5E3</v></c><c r="I2"><v>-0</v></c><c r="J2" s="0"/><c r="K2" s="1"/></row>
  <row r="3"><c r="A3"><f t="shared" ref="A3:A5" si="0">B3*2</f><v>4</v></c><c r="B3"><v>2</v></c><c r="C3" s="1"><v>46296</v></c><c r="D3" s="2"><v>0.3368055555555556</v></c>
    <c r="E3" s="3"><v>46296.75</v></c><c r="F3" s="4"><v>12.5</v></c><c r="G3" s="5"><v>1.25</v></c><c r="H3" s="6"><v>46296</v></c><c r="I3" s="7"><v>46296.5</v></c></row>
  <row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c><c r="B4"><v>3</v></c><c r="C4" s="1"><f>C3+1</f><v>46297</v></c></row>
  <row r="5"><c r="A5"><f t="shared" si="0"/><v>8</v></c><c r="B5"><v>4</v></c><c r="D5"><v></v></c><c r="E5" t="s"/></row>
  <row r="7" hidden="1"/>
  <row r="8" hidden="false"><c r="B8"><v>1</v></c><c r="C8"><v>2</v></c><c r="D8"><v>3</v></c></row>
</sheetData>`;

const otherMerges = '<mergeCells count="3"><mergeCell ref="B8:C8"/><mergeCell ref="E10:D9"/><mergeCell ref="H12:H12"/></mergeCells>';

// xf 1: built-in 14 (date); 2: 'hh:mm'; 3: 'yyyy\-mm\-dd h:mm'; 4: '0.00 "h"' (not a date);
// 5: '[Red]0.00' (not a date); 6: built-in 31 (a CJK date ExcelJS had no code for: stays a number); 7: [h]:mm:ss.
const styles = { xfs: [0, 14, 164, 165, 166, 167, 31, 46], numFmts: { 164: 'hh:mm', 165: 'yyyy\\-mm\\-dd h:mm', 166: '0.00 &quot;h&quot;', 167: '[Red]0.00' } };

describe('readGridsFromBytes on other writers\' parts', () => {
  it('reads inline strings, shared formulas, phonetic runs, escapes, dates and merges as ExcelJS did', async () => {
    const bytes = await packageOf({
      sheets: [{ name: '考勤', data: otherWriters, after: otherMerges }, { name: '月结历史', state: 'hidden', data: '<sheetData/>' }, { name: 'v', state: 'veryHidden', data: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
      sharedStrings: shared, ...styles,
    });
    const { difference, ours } = await compareReaders(bytes);
    expect(difference).toBeNull();
    const sheet = ours[0]!;
    expect(sheet.rows[0]).toEqual(['plain', 'bold and plain', '東京', 'line\rbreak_x000a_kept', '  spaced  ', '', null, '<a> & "q" 😀 中', 'run']);
    expect(sheet.rows[1]).toEqual(['inline & 中', 'rich', 'ab', true, false, '#N/A', '#DIV/0!', 1500, -0]);
    expect(sheet.rows[2]!.slice(0, 3)).toEqual([4, 2, 46296]);
    expect(sheet.rows[2]![5]).toBe(12.5);
    expect(sheet.rows[2]![7]).toBe(46296);
    expect(sheet.rows[3]).toEqual([6, 3, 46297]);
    expect(sheet.rows[4]).toEqual([8, 4]);
    expect(sheet.rows[7]).toEqual([null, 1, null, 3]);
    expect(sheet.rows.length).toBe(12);
    expect(sheet.hiddenRows).toEqual([0, 6]);
    expect(sheet.merges).toEqual([{ row: 7, col: 1, rows: 1, cols: 2 }, { row: 8, col: 3, rows: 2, cols: 2 }, { row: 11, col: 7, rows: 1, cols: 1 }]);
    expect((await readGridsFromBytes(bytes)).sheetStates).toEqual({ 考勤: 'visible', 月结历史: 'hidden', v: 'veryHidden' });
  });

  it('moves date-formatted numbers of a 1904 workbook by 1462 days, as ExcelJS did, and leaves other numbers alone', async () => {
    const data = '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1"><v>0</v></c><c r="C1" s="2"><v>0.5</v></c></row></sheetData>';
    const bytes = await packageOf({ sheets: [{ name: 'S', data }], date1904: '1', ...styles });
    const { difference, ours } = await compareReaders(bytes);
    expect(difference).toBeNull();
    expect(ours[0]!.rows[0]).toEqual([1462, 0, 1462.5]);
  });

  it('gives the defined names as stored, with their sheet scope', async () => {
    const bytes = await packageOf({
      sheets: [{ name: '计分表', data: '<sheetData/>' }],
      definedNames: `<definedName name="_CsClose_scorecard">'计分表'!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'计分表'!$1:$2</definedName>`,
    });
    expect((await readGridsFromBytes(bytes)).definedNames).toEqual([
      { name: '_CsClose_scorecard', range: "'计分表'!$A$1" },
      { name: '_xlnm.Print_Titles', range: "'计分表'!$1:$2", localSheetId: 0 },
    ]);
  });
});

describe('where ExcelJS was wrong, readGridsFromBytes is not', () => {
  const read = async (data: string, extra: Partial<Parameters<typeof packageOf>[0]> = {}) =>
    (await readGridsFromBytes(await packageOf({ sheets: [{ name: 'S', data }], ...styles, ...extra }))).grids[0]!;

  it('reads a formula whose cached value is 0 or FALSE as 0 / false (ExcelJS: blank), as Excel itself shows it', async () => {
    const data = '<sheetData><row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1"><f>2-1</f><v>1</v></c></row></sheetData>';
    expect((await read(data)).rows).toEqual([[0, false, 1]]);
    const theirs = (await exceljsGrids(await packageOf({ sheets: [{ name: 'S', data }], ...styles }))).grids[0]!;
    expect(theirs.rows).toEqual([[null, null, 1]]);
  });

  it('puts rows and cells without r after the previous one (ExcelJS threw on such rows)', async () => {
    const data = '<sheetData><row><c><v>1</v></c><c s="1"/><c t="inlineStr"><is><t>c</t></is></c></row><row><c r="B2"><v>2</v></c><c/><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c r="C6"><v>6</v></c></row></sheetData>';
    expect((await read(data)).rows).toEqual([[1, null, 'c'], [null, 2, null, 4], [], [], [5], [null, null, 6]]);
  });

  it('reads t="d" ISO dates as serials (ExcelJS: parseFloat, 2026)', async () => {
    const data = '<sheetData><row r="1"><c r="A1" t="d"><v>2026-10-01T08:30:00</v></c><c r="B1" t="d"><v>2026-10-01</v></c></row></sheetData>';
    expect((await read(data)).rows).toEqual([[46296 + 510 / 1440, 46296]]);
  });

  it('decodes t="str" text once (ExcelJS decoded &amp;lt; twice, to <)', async () => {
    const data = '<sheetData><row r="1"><c r="A1" t="str"><f>A2</f><v>&amp;lt;b&amp;gt; R&amp;amp;D</v></c></row></sheetData>';
    expect((await read(data)).rows).toEqual([['&lt;b&gt; R&amp;D']]);
  });

  it('keeps a text or TRUE formula result in a date-formatted cell (ExcelJS: NaN, or the serial 1)', async () => {
    const data = '<sheetData><row r="1"><c r="A1" s="1" t="str"><f>IF(B1,"",B1)</f><v>未打卡</v></c><c r="B1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1" t="e"><f>NA()</f><v>#N/A</v></c></row></sheetData>';
    expect((await read(data)).rows).toEqual([['未打卡', true, '#N/A']]);
    const unreadable = '<sheetData><row r="1"><c r="A1" s="1"><f>A2</f><v>n/a</v></c><c r="B1"><f>A2</f><v>n/a</v></c><c r="C1" t="str" s="1"><f>A2</f><v>5</v></c></row></sheetData>';
    expect((await read(unreadable)).rows).toEqual([[null, null, '5']]);
  });

  it('reads sheet names as written: a raw ">" kept, entities decoded once (ExcelJS: twice)', async () => {
    const bytes = await packageOf({ sheets: [{ name: 'a>b', data: '<sheetData/>' }, { name: 'R&amp;amp;D', data: '<sheetData/>' }] });
    expect((await readGridsFromBytes(bytes)).grids.map((g) => g.name)).toEqual(['a>b', 'R&amp;D']);
    expect((await exceljsGrids(bytes)).grids.map((g) => g.name)).toEqual(['a>b', 'R&D']);
  });

  it('reads sheets whose parts use a namespace prefix, and date1904="true"', async () => {
    const data = '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData>';
    const grid = (await readGridsFromBytes(await packageOf({ sheets: [{ name: 'S', data, root: 'x:worksheet' }], date1904: 'true', ...styles }))).grids[0]!;
    expect(grid.rows).toEqual([['前缀', 1462]]);
  });
});
