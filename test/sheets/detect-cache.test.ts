import { detectSheets } from '../../src/sheets';
import { grid } from './fixtures';

// detectSheets remembers its answer per content (sheet names, first rows, row count, the mapping):
// a workbook closed again skips the scoring. These tests fail if the cache answers for different
// content, or if a caller can change the answer it keeps.
describe('detectSheets: the answer remembered per content', () => {
  const header = ['姓名', '日期', '上班', '下班'];

  it('a detection edited by its caller does not change the next answer', () => {
    const sheets = [grid('考勤', [header, ['张三', '2026-10-01', '08:00', '17:30']])];
    const first = detectSheets(sheets);
    const attendance = first.detections.find((d) => d.role === 'attendance');
    expect(attendance?.columns).toEqual({ name: 0, date: 1, in: 2, out: 3 });
    (attendance as { columns: Record<string, number> }).columns['in'] = 9;
    first.detections.length = 0;
    first.problems.length = 0;
    const again = detectSheets(sheets);
    expect(again.detections.find((d) => d.role === 'attendance')?.columns).toEqual({ name: 0, date: 1, in: 2, out: 3 });
    expect(again.problems.length).toBeGreaterThan(0);
  });

  it('the problems it keeps are frozen: editing one throws instead of reaching the next close', () => {
    const { problems } = detectSheets([grid('考勤', [header])]);
    const notFound = problems.find((p) => p.code === 'sheets.roleNotFound.sales');
    expect(notFound).toBeDefined();
    expect(() => { (notFound as { code: string }).code = 'changed'; }).toThrow(TypeError);
  });

  it('a sheet renamed is detected again (the name hints a role)', () => {
    const rows = [['姓名', '日期', '班次']];
    expect(detectSheets([grid('Sheet1', rows)]).detections.map((d) => d.sheet)).toEqual(['Sheet1']);
    expect(detectSheets([grid('排班', rows)]).detections.map((d) => d.sheet)).toEqual(['排班']);
  });

  it('a header cell changed is detected again', () => {
    const full = detectSheets([grid('考勤', [['姓名', '日期', '上班', '下班']])]);
    const noClockIn = detectSheets([grid('考勤', [['姓名', '日期', null, '下班']])]);
    expect(full.detections.find((d) => d.role === 'attendance')?.missing).toBeUndefined();
    expect(noClockIn.detections.find((d) => d.role === 'attendance')?.missing).toEqual(['in']);
  });

  it('a moved column is checked against the width of the whole sheet, not only its first rows', () => {
    const top = [header, ['张三', '2026-10-01', '08:00', '17:30']];
    const overrides = { columns: { attendance: { leave: 5 } } };
    const narrow = detectSheets([grid('考勤', [...top, ...Array.from({ length: 12 }, () => ['张三', '2026-10-02', '08:00', '17:30'])])], overrides);
    const wide = detectSheets([grid('考勤', [...top, ...Array.from({ length: 11 }, () => ['张三', '2026-10-02', '08:00', '17:30']), ['张三', '2026-10-03', '08:00', '17:30', null, '事假']])], overrides);
    expect(narrow.problems.map((p) => p.code)).toContain('sheets.overrideColumnInvalid');
    expect(wide.problems.map((p) => p.code)).not.toContain('sheets.overrideColumnInvalid');
    expect(wide.detections.find((d) => d.role === 'attendance')?.columns['leave']).toBe(5);
  });

  it('a mapping with a column left undefined is not taken for no mapping', () => {
    const sheets = [grid('考勤', [header])];
    const none = detectSheets(sheets, { columns: { attendance: {} } });
    const undefinedColumn = detectSheets(sheets, { columns: { attendance: { leave: undefined as unknown as number } } });
    expect(none.problems.map((p) => p.code)).not.toContain('sheets.overrideColumnInvalid');
    expect(undefinedColumn.problems.map((p) => p.code)).toContain('sheets.overrideColumnInvalid');
  });
});
