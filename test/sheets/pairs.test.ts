/**
 * Issue 5: an attendance sheet with a clock-in column and no clock-out (or the reverse) is not read
 * (every day would be a missing punch, A6, and points would be invented); the supervisor is asked to
 * map the missing column. A leave-only list, with neither, is still attendance.
 */
import { detectSheets } from '../../src/sheets';

const attendance = (header: string[]) => detectSheets([{ name: '考勤', rows: [header, ['张三', '2026-10-05', '8:00', '17:30']] }]);

describe('clock-in and clock-out come together', () => {
  it.each([
    [['姓名', '日期', '下班'], 'in'],
    [['姓名', '日期', '上班'], 'out'],
  ])('A6: %j asks for %s', (header, field) => {
    const { detections, problems } = attendance(header);
    expect(detections.find((d) => d.role === 'attendance')?.missing).toEqual([field]);
    expect(problems.filter((p) => p.code === 'sheets.missingColumns.attendance').map((p) => p.severity)).toEqual(['error']);
  });

  it('both, or a leave list with neither, need nothing more', () => {
    for (const header of [['姓名', '日期', '上班', '下班'], ['姓名', '日期', '请假类型']]) {
      const { detections, problems } = attendance(header);
      expect(detections.find((d) => d.role === 'attendance')?.missing).toBeUndefined();
      expect(problems.filter((p) => p.code.startsWith('sheets.missingColumns'))).toEqual([]);
    }
  });
});
