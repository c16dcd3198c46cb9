import { defaultMonth, initialState, paneReducer, roleRows, withColumn, withSheet } from '../../src/taskpane/state';
import { langFromDisplayLanguage, translator } from '../../src/taskpane/lang';
import { sampleSurvey } from './fakeApi';

describe('task pane state', () => {
  test('§1: the default month is the latest month in the attendance', () => {
    expect(defaultMonth(['2026-10', '2026-08', '2026-09'])).toBe('2026-10');
    expect(defaultMonth([])).toBeNull();
  });

  test('§1: the best detection per role is shown with its confidence in percent', () => {
    const rows = roleRows(sampleSurvey, {});
    const attendance = rows.find((r) => r.role === 'attendance');
    expect(attendance).toMatchObject({ sheet: '考勤', confidencePercent: 75, chosenByUser: false });
    expect(rows.find((r) => r.role === 'incidents')).toMatchObject({ sheet: null, confidencePercent: 0 });
    expect(rows.map((r) => r.role)).toEqual(['staff', 'rota', 'attendance', 'sales', 'incidents']);
  });

  test('§1: a sheet the user picks wins over the detection, and its own columns are used', () => {
    const overrides = withSheet({}, 'attendance', '备忘');
    const row = roleRows(sampleSurvey, overrides).find((r) => r.role === 'attendance');
    expect(row).toMatchObject({ sheet: '备忘', confidencePercent: 100, chosenByUser: true, columns: { name: 0, date: 1 } });
  });

  test('§1: a column the user maps overrides the detected one; clearing it restores the detection', () => {
    const mapped = withColumn({}, 'attendance', 'in', 4);
    expect(roleRows(sampleSurvey, mapped).find((r) => r.role === 'attendance')?.columns['in']).toBe(4);
    const cleared = withColumn(mapped, 'attendance', 'in', null);
    expect(roleRows(sampleSurvey, cleared).find((r) => r.role === 'attendance')?.columns['in']).toBe(2);
  });

  test('§1: choosing another sheet for a role forgets that role’s column overrides', () => {
    const mapped = withColumn(withSheet({}, 'attendance', '考勤'), 'attendance', 'in', 4);
    expect(withSheet(mapped, 'attendance', '考勤').columns?.attendance).toEqual({ in: 4 });
    expect(withSheet(mapped, 'attendance', '备忘').columns?.attendance).toBeUndefined();
    expect(withSheet(mapped, 'attendance', null).roles?.attendance).toBeUndefined();
  });

  test('a month the user picked survives a re-detection; otherwise the latest is taken', () => {
    let s = paneReducer(initialState, { type: 'surveyed', survey: sampleSurvey, overrides: {} });
    expect(s.month).toBe('2026-10');
    s = paneReducer(s, { type: 'pickMonth', month: '2026-09' });
    s = paneReducer(s, { type: 'surveyed', survey: sampleSurvey, overrides: {} });
    expect(s.month).toBe('2026-09');
    s = paneReducer(s, { type: 'surveyed', survey: { ...sampleSurvey, months: ['2026-11'] }, overrides: {} });
    expect(s.month).toBe('2026-11');
  });

  test('progress records each step once, in the order reached; a new close starts empty', () => {
    let s = paneReducer(initialState, { type: 'closeStarted' });
    s = paneReducer(s, { type: 'stepDone', step: 'read' });
    s = paneReducer(s, { type: 'stepDone', step: 'read' });
    s = paneReducer(s, { type: 'stepDone', step: 'detect' });
    expect(s.stepsDone).toEqual(['read', 'detect']);
    expect(s.phase).toBe('closing');
    expect(paneReducer(s, { type: 'closeStarted' }).stepsDone).toEqual([]);
  });

  test('Chinese unless Office speaks English', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh');
    expect(langFromDisplayLanguage('de-DE')).toBe('zh');
    expect(langFromDisplayLanguage(undefined)).toBe('zh');
    expect(translator('zh')('close')).toBe('月结');
    expect(translator('en')('close')).toBe('Close month');
  });
});
