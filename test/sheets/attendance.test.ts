import { ecommercePreset } from '../../src/engine/policy';
import { readTeam, type Grid } from '../../src/sheets';
import { clock, day, grid, minute, seenExceptMissingRoles } from './fixtures';

const read = (grids: Grid[], month?: string) => readTeam(grids, { policy: ecommercePreset, ...(month ? { month } : {}) });
const rota = grid('排班', [['2026年10月排班表'], ['姓名', 1, 2, 3, 4, 5], ['张三', '早', '早', '早', '晚', '早'], ['王小美', '晚', '晚', '晚', '休', '晚']]);

describe('attendance, plain table (POLICY.md §1, A1–A6)', () => {
  it('A1: name, date, in, out, leave and approval become AttendanceDays with their cells', () => {
    const attendance = grid('考勤', [
      ['姓名', '日期', '上班', '下班', '请假类型', '是否批准'],
      ['张三', day(2026, 10, 1), clock(8, 5, 40), clock(17, 31), null, null],
      ['王小美', '2026/10/2', '16:00', '2026-10-03 01:02', null, null],
      ['王小美', '2026-10-3', null, null, '事假', '是'],
    ]);
    const team = read([rota, attendance]);
    expect(team.attendance).toEqual([
      { name: '张三', daySerial: day(2026, 10, 1), inMinute: minute(8, 5), outMinute: minute(17, 31), leave: null, leaveApproved: null, shiftCode: null,
        source: { sheet: '考勤', row: 1, col: 0 }, inCol: 2, outCol: 3, leaveCol: null },
      { name: '王小美', daySerial: day(2026, 10, 2), inMinute: minute(16, 0), outMinute: 1440 + minute(1, 2), leave: null, leaveApproved: null, shiftCode: null,
        source: { sheet: '考勤', row: 2, col: 0 }, inCol: 2, outCol: 3, leaveCol: null },
      { name: '王小美', daySerial: day(2026, 10, 3), inMinute: null, outMinute: null, leave: '事假', leaveApproved: true, shiftCode: null,
        source: { sheet: '考勤', row: 3, col: 0 }, inCol: 2, outCol: 3, leaveCol: 4 },
    ]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('A4: a leave with a blank approval cell is not approved; without an approval column it is unknown', () => {
    const withColumn = grid('考勤', [['姓名', '日期', '上班', '下班', '请假', '审批'], ['张三', '2026-10-01', null, null, '病假', null]]);
    const without = grid('考勤', [['姓名', '日期', '上班', '下班', '请假'], ['张三', '2026-10-01', null, null, '病假']]);
    expect(read([rota, withColumn]).attendance[0]?.leaveApproved).toBe(false);
    expect(read([rota, without]).attendance[0]?.leaveApproved).toBeNull();
  });

  it('A1: a time that cannot be read is an error with the value, and the row is not counted as a missing punch', () => {
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', '2026-10-01', '八点半', '17:30'], ['张三', '2026-10-02', '08:00', '17:30']]);
    const team = read([rota, attendance]);
    expect(team.attendance.map((a) => a.daySerial)).toEqual([day(2026, 10, 2)]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'error', code: 'sheets.badTime', at: '考勤!C2' }]);
    expect(team.problems.find((p) => p.code === 'sheets.badTime')?.params).toMatchObject({ value: '八点半' });
  });

  it('§1: a name not on the rota (no staff sheet) is a warning and not counted', () => {
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['赵六', '2026-10-01', '08:00', '17:30']]);
    const team = read([rota, attendance]);
    expect(team.attendance).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.unknownNameNotOnRota', at: '考勤!A2' }]);
  });

  it('§1: a row with a name but no date is a warning; a row with no name is skipped silently', () => {
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', null, '08:00', '17:30'], [null, '2026-10-01', '08:00', '17:30']]);
    const team = read([rota, attendance]);
    expect(team.attendance).toEqual([]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.missingDate', at: '考勤!B2' }]);
  });

  it('A1: two rows for one person and day: a warning, the first row stands (no double lateness)', () => {
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', '2026-10-01', '08:10', '17:30'], ['张三', '2026-10-01', '08:40', '17:30']]);
    const team = read([rota, attendance]);
    expect(team.attendance.map((a) => a.inMinute)).toEqual([minute(8, 10)]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([{ severity: 'warning', code: 'sheets.duplicateAttendanceDay', at: '考勤!A3' }]);
  });

  it('§1: monthsSeen are the attendance months, sorted; month is the option, else the latest', () => {
    const attendance = grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', '2026-10-01', '08:00', '17:30'], ['张三', '2026-09-30', '08:00', '17:30']]);
    expect(read([rota, attendance])).toMatchObject({ monthsSeen: ['2026-09', '2026-10'], month: '2026-10' });
    expect(read([rota, attendance], '2026-09')).toMatchObject({ monthsSeen: ['2026-09', '2026-10'], month: '2026-09' });
    expect(read([rota])).toMatchObject({ monthsSeen: [], month: null });
  });
});

describe('attendance, DingTalk 每日统计 as exported (POLICY.md §1)', () => {
  const header = ['姓名', '考勤组', '部门', '工号', '日期', '班次', '上班1打卡时间', '上班1打卡结果', '下班1打卡时间', '下班1打卡结果', '上班2打卡时间', '下班2打卡时间', '关联的审批单', '迟到时长（分钟）'];
  const sheet = grid('每日统计', [
    ['每日统计 2026-10-01 至 2026-10-31'],
    ['报表生成时间：2026-11-02 09:30'],
    header,
    ['张三', '客服', '客服部', '001', '26-10-01 星期四', '早班', '08:05', '迟到', '12:00', '正常', '13:00', '17:31', null, 5],
    ['王小美', '客服', '客服部', '002', '2026-10-02 星期五', '晚班', '16:00', '正常', '次日 01:00', '正常', null, null, null, 0],
    ['王小美', '客服', '客服部', '002', '2026-10-03 星期六', '晚班', '--', '请假', '--', '请假', null, null, '事假 10-03 16:00到10-04 01:00 9小时', 0],
    ['张三', '客服', '客服部', '001', '2026-10-04 星期日', '晚班', null, '缺卡', '01:01', '正常', null, null, null, 0],
  ]);

  it('§1: split shifts end with the last punch; 次日 gives minutes past 1440; the 班次 is kept', () => {
    const team = read([rota, sheet]);
    expect(team.detections.find((d) => d.role === 'attendance')?.layout).toBe('dingtalk');
    expect(team.attendance.map((a) => [a.name, a.daySerial, a.inMinute, a.outMinute, a.shiftCode])).toEqual([
      ['张三', day(2026, 10, 1), minute(8, 5), minute(17, 31), '早班'],
      ['王小美', day(2026, 10, 2), minute(16, 0), 1500, '晚班'],
      ['王小美', day(2026, 10, 3), null, null, '晚班'],
      ['张三', day(2026, 10, 4), null, minute(1, 1), '晚班'],
    ]);
    expect([team.attendance[0]?.source.sheet, team.attendance[0]?.source.row, team.attendance[0]?.outCol]).toEqual(['每日统计', 3, 11]);
    expect(seenExceptMissingRoles(team.problems)).toEqual([]);
  });

  it('A5: 关联的审批单 gives the leave type, approved (DingTalk links approved forms only)', () => {
    const team = read([rota, sheet]);
    expect(team.attendance[2]).toMatchObject({ leave: '事假', leaveApproved: true, source: { sheet: '每日统计', row: 5 }, leaveCol: 12 });
    expect(team.attendance[3]).toMatchObject({ leave: null, leaveApproved: null });
  });

  it('§1: a two-row header (上班1 merged over 打卡时间 | 打卡结果) is read as one', () => {
    const twoRows = grid('打卡记录', [
      ['姓名', '日期', '班次', '上班1', null, '下班1', null],
      [null, null, null, '打卡时间', '打卡结果', '打卡时间', '打卡结果'],
      ['张三', '2026-10-01', '早班', '08:05', '迟到', '17:31', '正常'],
    ]);
    const team = read([rota, twoRows]);
    expect(team.detections.find((d) => d.role === 'attendance')).toMatchObject({ headerRow: 1, layout: 'dingtalk', columns: { name: 0, date: 1, shift: 2, in: 3, inResult: 4, out: 5, outResult: 6 } });
    expect(team.attendance.map((a) => [a.name, a.inMinute, a.outMinute])).toEqual([['张三', minute(8, 5), minute(17, 31)]]);
  });
});
