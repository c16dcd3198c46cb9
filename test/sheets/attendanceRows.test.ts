import type { Problem } from '../../src/engine/result';
import { ecommercePreset } from '../../src/engine/policy';
import { readTeam } from '../../src/sheets';
import { attendanceMonths, attendanceRows, readAttendance } from '../../src/sheets/attendance';
import { detectSheets } from '../../src/sheets/detect';
import { NameBook } from '../../src/sheets/names';
import { grid, seenExceptMissingRoles } from './fixtures';

// readTeam finds the attendance sheet's data rows once and reads both the months and the days from them.
describe('attendance rows found once for months and days', () => {
  const attendance = grid('考勤', [
    ['姓名', '日期', '上班', '下班'],
    ['张三', '2026-10-01', '08:00', '17:30'],
    ['张三', '2026-09-30', '08:00', '17:30'],
    ['合计', null, null, null],
    ['张三', '2026-08-15', '08:00', '17:30'],
  ], [4]);
  const detection = detectSheets([attendance]).detections.find((d) => d.role === 'attendance');

  it('a hidden attendance row is reported once, not once per pass', () => {
    const team = readTeam([attendance], { policy: ecommercePreset });
    expect(team.monthsSeen).toEqual(['2026-09', '2026-10']);
    expect(seenExceptMissingRoles(team.problems).filter((p) => p.code === 'sheets.hiddenRowSkipped')).toEqual([{ severity: 'info', code: 'sheets.hiddenRowSkipped', at: '考勤!A5' }]);
  });

  it('months and days read only the rows handed over, and the hidden-row notes are passed on', () => {
    if (detection === undefined) throw new Error('attendance not detected');
    const found = attendanceRows(attendance, detection);
    expect(found.rows).toEqual([1, 2]);
    expect(found.skipped.map((p) => p.code)).toEqual(['sheets.hiddenRowSkipped']);
    expect(attendanceMonths(attendance, detection, 2026, { rows: [2], skipped: [] })).toEqual(['2026-09']);
    const problems: Problem[] = [];
    const days = readAttendance(attendance, detection, new NameBook(false), false, 2026, problems, found);
    expect(days.map((d) => d.source.row)).toEqual([1, 2]);
    expect(problems.map((p) => p.code)).toEqual(['sheets.hiddenRowSkipped']);
  });

  it('lists each month once, sorted, whatever order the days come in (month ends, leap days, odd years)', () => {
    const days = grid('考勤', [
      ['姓名', '日期'], ['甲', '0999-10-01'], ['甲', '0999-10-31'], ['甲', 46296], ['乙', 46327], ['乙', '2026-10-15'],
      ['丙', '2024-02-29'], ['丙', 46000.5], ['丙', 46326], ['丁', 'bad'], ['戊', null],
    ]);
    const daysDetection = { role: 'attendance' as const, sheet: '考勤', headerRow: 0, columns: { name: 0, date: 1 }, confidence: 1, layout: 'table' };
    expect(attendanceMonths(days, daysDetection, 2026)).toEqual(['2024-02', '2025-12', '2026-10', '2026-11', '999-10']);
  });
});
