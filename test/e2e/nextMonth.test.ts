/**
 * The month after: October's close writes 月结历史, November reads it (V1 across months, K4
 * streaks). Expectations worked by hand in test/fixtures/shop-2026-11.expected.md.
 */
import ExcelJS from 'exceljs';
import { gridOfWorksheet } from '../../src/io/xlsx';
import { ownSheetNames } from '../../src/sheets';
import { buildNovemberWorkbook } from '../fixtures/shop-2026-11';
import { copySample, runClose, writeTemp } from './harness';

const firsts: Record<string, [number, number]> = { 王小美: [3, 200], 周婷: [4, 200] };
const ranks: Record<string, number | null> = {
  王小美: 1, 李娜: 2, 张伟: 3, 刘洋: 4, 陈静: 5, 杨帆: null, 周婷: 1, 赵敏: 2, 孙悦: 3, 黄磊: 4, 吴昊: 5, 郑爽: 6,
};

it('V1, K4: November continues the October close (赵敏 severe again; streaks 3 and 4 → 200)', async () => {
  const october = await runClose(copySample('samples/客服部-2026-10.xlsx'));
  expect(october.code).toBe(0);
  const closedBook = new ExcelJS.Workbook();
  await closedBook.xlsx.readFile(october.out);
  const history = closedBook.getWorksheet(ownSheetNames.history);
  expect(history).toBeDefined();
  const november = await runClose(await writeTemp(buildNovemberWorkbook(gridOfWorksheet(history!).rows), '客服部-2026-11.xlsx'), ['--month', '2026-11']);
  expect(november.code).toBe(0);
  const got = Object.fromEntries((november.summary?.people ?? []).map((p) => [p.name, [p.score, p.verdict, p.rank, p.firstStreak, p.award]]));
  const want = Object.fromEntries(Object.entries(ranks).map(([name, rank]) => {
    const [streak, award] = firsts[name] ?? [0, 0];
    return [name, name === '赵敏' ? [5, 'severe', rank, 0, 0] : [10, 'ok', rank, streak, award]];
  }));
  expect(got).toEqual(want);

  // 看板: October's fines come from the history October's close wrote (the fund, 1120); August and
  // September were closed before the history kept fines, so they are blank and the note names them.
  const novemberBook = new ExcelJS.Workbook();
  await novemberBook.xlsx.readFile(november.out);
  const board: unknown[][] = [];
  novemberBook.getWorksheet(ownSheetNames.dashboard)!.eachRow((row, r) => { board[r - 1] = (row.values as unknown[]).slice(1); });
  const trend = board.filter((row) => /^2026-\d\d$/.test(String(row?.[0]))).map((row) => [row[0], row[2] ?? null]);
  expect(trend.slice(0, 3)).toEqual([['2026-08', null], ['2026-09', null], ['2026-10', 1120]]);
  expect(board.some((row) => String(row?.[0]).startsWith('2026-08、2026-09 的罚款合计是空的'))).toBe(true);
}, 120000);
