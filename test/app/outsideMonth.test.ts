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

describe('an attendance export that stops early', () => {
  it('A4: the rostered days after the last record are said once, at the last record’s date', () => {
    const early = grids([]).map((g) => (g.name === '考勤' ? { ...g, rows: g.rows.filter((r, i) => i === 0 || Number(String(r[1]).slice(8)) <= 20) } : g));
    const closed = monthClose(early, { month: '2026-10' });
    const p = closed.problems.find((x) => x.code === 'report.attendanceEndsEarly');
    // Rostered after the 20th: 21–27 (not 21 or 28, rest days) and 29–31: 9 days.
    expect(p && [p.severity, p.cell && cellAddress(p.cell), p.params]).toEqual(['warning', '考勤!B19', { last: '2026-10-20', days: 9, people: 1 }]);
    expect(closed.result?.ledger.filter((e) => e.rule === 'A4').length).toBe(9);
  });

  it('no warning when the records run to the end', () => {
    expect(monthClose(grids([]), { month: '2026-10' }).problems.filter((x) => x.code === 'report.attendanceEndsEarly')).toEqual([]);
  });
});
