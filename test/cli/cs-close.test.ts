/**
 * cs-close end to end in-process on the committed sample (samples/README.md has the hand-worked
 * figures): exit codes, the written sheets read back with ExcelJS, and the --json summary.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { installInternalLinks } from '../../src/io/xlsx';

// Plain ExcelJS drops location-only links (how Excel stores in-workbook ones): read them as Excel does.
installInternalLinks();

const sample = join(__dirname, '../../samples/客服部-2026-10.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cs-close-'));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

describe('usage errors exit 2 and say which, in Chinese and English', () => {
  it.each([
    [['--bogus', 'x.xlsx'], '不认识的选项：--bogus', 'Unknown option: --bogus'],
    [['x.xlsx', '--month', '2026/13'], '月份「2026/13」写法不对', 'is not valid'],
    [[], '请给出要月结的 Excel 文件', 'Give the Excel file'],
    [[join(dir, '没有这个文件.xlsx')], '找不到文件', 'File not found'],
  ])('%j', async (argv, zh, en) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(zh);
    expect(err).toContain(en);
  });
  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('用法：cs-close');
  });
});

describe('files it cannot take', () => {
  it('a file that is not a workbook: exit 1, said in Chinese', async () => {
    const bad = join(dir, '坏文件.xlsx');
    writeFileSync(bad, 'not a zip');
    const { code, err } = await run([bad]);
    expect(code).toBe(1);
    expect(err).toContain('打不开这个文件');
  });
  it('an .xls file or --out onto the input: usage errors (exit 2)', async () => {
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, '');
    expect((await run([xls])).code).toBe(2);
    const input = join(dir, 'same.xlsx');
    copyFileSync(sample, input);
    const same = await run([input, '--out', input]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('输出文件和输入文件相同');
  });
});

describe('an input that cannot be closed exits 1 and writes nothing', () => {
  it('a missing required column (考勤记录 without 日期)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const sheet = wb.getWorksheet('考勤记录')!;
    sheet.eachRow((row) => row.eachCell((cell) => { if (cell.value === '日期') cell.value = '备用'; }));
    const input = join(dir, 'broken.xlsx');
    await wb.xlsx.writeFile(input);
    const before = readdirSync(dir).length;
    const { code, out, err } = await run([input, '--month', '2026-10']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('错误 考勤记录!A1');
    expect(err).toContain('本月未月结');
    expect(readdirSync(dir)).toHaveLength(before);
  });
});

describe('a closed month exits 0', () => {
  const input = join(dir, '客服部-2026-10.xlsx');
  const output = join(dir, '客服部-月结-2026-10.xlsx');
  let result: { code: number; out: string; err: string };
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    copyFileSync(sample, input);
    result = await run([input]);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
  }, 60000);

  it('writes <name>-月结-<month>.xlsx beside the input and prints the summary', () => {
    expect(result.code).toBe(0);
    expect(existsSync(output)).toBe(true);
    expect(result.err).toContain('正在月结 2026-10');
    // samples/README.md: fund 1120; 5 warnings (陈静 黄磊 吴昊 郑爽 孙悦); penalty 张伟 + severe 赵敏.
    expect(result.out).toContain('部门基金：1120.00 元');
    expect(result.out).toContain('口头警告 5 人，处罚 2 人');
    expect(result.out).toMatch(/王小美\s+9\s+正常/);
    expect(result.out).toContain(output);
  });

  it('lists each pay action once, where it first arose (F1 3rd → dismissal, F2 4th → withhold pay)', () => {
    const actions = result.out.split('\n').filter((line) => line.includes('需处理：'));
    expect(actions).toEqual([
      '  需处理：张伟 自动离职（F1 本月第 3 次，2026-10-16，见 事件记录!B17）',
      '  需处理：刘洋 扣发当月工资（F2 本月第 4 次，2026-10-23，见 事件记录!B24）',
      '  需处理：郑爽 自动离职（F1 本月第 3 次，2026-10-27，见 事件记录!B28）',
      '  需处理：刘洋 自动离职（F2 本月第 5 次，2026-10-28，见 事件记录!B31）',
    ]);
  });

  it('has the output sheets, the history hidden and replacing the one it read', () => {
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['员工', '排班', '考勤记录', '客服绩效', '事件记录', '计分表', '提成表', '罚款表', '明细', '制度参数', '月结历史']));
    expect(names).not.toContain('月结历史(2)');
    expect(wb.getWorksheet('月结历史')!.state).toBe('hidden');
    const history = wb.getWorksheet('月结历史')!.getSheetValues().flat().filter((v) => v === '2026-10');
    expect(history.length).toBe(12);
  });

  it('V1: highlights 赵敏 (severe) red and 陈静 (warning) amber on the 计分表', () => {
    const sheet = wb.getWorksheet('计分表')!;
    const fillOf = (name: string): unknown => {
      let color: unknown;
      sheet.eachRow((row) => { if (row.getCell(1).value === name) color = (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb; });
      return color;
    };
    expect(fillOf('赵敏')).toBe('FFFF9999');
    expect(fillOf('陈静')).toBe('FFFFE699');
    expect(fillOf('王小美')).toBeUndefined();
  });

  it('F2: the 罚款表 links each fine back to its 事件记录 cell and ends with the fund', () => {
    const sheet = wb.getWorksheet('罚款表')!;
    const link = sheet.getCell('G2').value as { text: string; hyperlink: string };
    expect(link.hyperlink).toMatch(/^#'事件记录'!B\d+$/);
    expect(link.text).toBe(link.hyperlink.replace(/^#'事件记录'/, '事件记录'));
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(5).value).toBe(1120);
    expect(last.getCell(5).numFmt).toBe('#,##0.00');
  });

  it('keeps every input sheet cell for cell', async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(sample);
    for (const sheet of original.worksheets.filter((s) => s.name !== '月结历史')) {
      const copy = wb.getWorksheet(sheet.name)!;
      sheet.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect([sheet.name, cell.address, copy.getRow(r).getCell(c).value]).toEqual([sheet.name, cell.address, cell.value]);
      }));
    }
  });
});

describe('--json', () => {
  it('prints exactly the §5 summary on stdout', async () => {
    const input = join(dir, 'json.xlsx');
    copyFileSync(sample, input);
    const { code, out } = await run([input, '--json', '--out', join(dir, 'json-out.xlsx')]);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['month', 'preset', 'people', 'fines', 'fund', 'problems']);
    expect(summary).toMatchObject({ month: '2026-10', preset: '电商客服', fund: 1120 });
    const people = summary['people'] as Record<string, unknown>[];
    // samples/README.md: 王小美 A1 ×2 → 9, first in 一组 two months running → award 100.
    expect(people.find((p) => p['name'] === '王小美')).toMatchObject({ score: 9, points: { A1: 1 }, award: 100, firstStreak: 2, rate: 0.015 });
    expect(existsSync(join(dir, 'json-out.xlsx'))).toBe(true);
  }, 60000);
});

describe('re-closing a closed workbook', () => {
  it('replaces its own sheets, reads none of them as input, and never writes over the file it reads', async () => {
    const input = join(dir, '再次.xlsx');
    copyFileSync(sample, input);
    const first = await run([input, '--json']);
    const closedFile = join(dir, '再次-月结-2026-10.xlsx');
    const second = await run([closedFile, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toEqual(JSON.parse(first.out));
    const again = join(dir, '再次-月结-2026-10(2).xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((s) => s.name).filter((n) => n.includes('('))).toEqual([]);
    // 5 input sheets + 计分表, 提成表, 罚款表, 明细, 制度参数, 月结历史, 个人月度报告, 看板.
    expect(wb.worksheets).toHaveLength(13);
  }, 60000);
});
