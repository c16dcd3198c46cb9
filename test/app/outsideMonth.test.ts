/**
 * Rows outside the month being closed are told once per sheet (report.outsideMonth), and a slip the
 * reader and the engine both see is shown once, in the engine's words (twins.ts).
 */
import { monthClose } from '../../src/app/monthClose';
import { withoutTwins } from '../../src/app/twins';
import { cellAddress, problem } from '../../src/engine/result';
import type { Grid } from '../../src/sheets';

const days = Array.from({ length: 31 }, (_, i) => i + 1);
const grids = (extra: (string | number)[][]): Grid[] => [
  { name: '排班', rows: [['2026年10月排班'], ['姓名', ...days], ['张三', ...days.map((d) => (d % 7 === 0 ? '休' : '早'))]] },
  {
    name: '考勤',
    rows: [['姓名', '日期', '上班', '下班'], ...days.filter((d) => d % 7 !== 0).map((d) => ['张三', `2026-10-${d}`, '7:55', '17:35']), ...extra],
  },
];

describe('rows outside the month (issue 5)', () => {
  it('one warning per sheet, at the first such date cell, with how many rows were left out', () => {
    const closed = monthClose(grids([['张三', '2026-09-29', '9:30', '17:35'], ['张三', '2026-11-02', '9:30', '17:35']]), { month: '2026-10' });
    const outside = closed.problems.filter((p) => p.code === 'report.outsideMonth');
    expect(outside.map((p) => [p.severity, p.cell && cellAddress(p.cell), p.params])).toEqual([
      ['warning', '考勤!B29', { sheet: '考勤', count: 2, first: '2026-09-29', month: '2026-10' }],
    ]);
    // A1: neither 09:30 counts against October.
    expect(closed.ok).toBe(true);
    expect(closed.result?.ledger.filter((e) => e.rule === 'A1')).toEqual([]);
  });

  it('no warning when every row is in the month', () => {
    expect(monthClose(grids([]), { month: '2026-10' }).problems.filter((p) => p.code === 'report.outsideMonth')).toEqual([]);
  });
});

describe('reader and engine twins', () => {
  const at = { sheet: '排班', row: 1, col: 8 };
  it('drops the reader’s unknown shift when the engine reports the same row, keeps it otherwise', () => {
    const reader = problem('warning', 'sheets.unknownShiftCode', { value: '中班' }, at);
    const engine = problem('warning', 'attendance.rota.unknownShift', { code: '中班' }, { ...at, col: 9 });
    expect(withoutTwins([reader, engine])).toEqual([engine]);
    expect(withoutTwins([reader])).toEqual([reader]);
    expect(withoutTwins([reader, { ...engine, cell: { ...at, row: 2 } }])).toHaveLength(2);
  });
});
