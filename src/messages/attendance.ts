import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'attendance.'. */
export const attendanceMessages: Catalog = {
  // Problems: what is wrong, then what the supervisor can do.
  'attendance.rota.unknownShift': {
    zh: '{name} {date} 的班次「{code}」不在制度参数的班次表里，这一天没有计算考勤。请改成已有的班次（如 早班、晚班、休），或在制度参数里添加这个班次。',
    en: '{name} on {date}: shift "{code}" is not in the policy\'s shift list, so this day was not assessed. Use a listed shift (e.g. 早班, 晚班, 休) or add this shift to the policy sheet.',
  },
  'attendance.rota.duplicateDay': {
    zh: '{name} {date} 在排班表里出现了两次，按第一次的班次计算。请删掉多余的一格。',
    en: '{name} on {date} appears twice in the rota; the first shift was used. Delete the extra entry.',
  },
  'attendance.duplicateDay': {
    zh: '{name} {date} 在考勤表里有两行，已合并（取最早的上班打卡和最晚的下班打卡）。请确认是否重复录入。',
    en: '{name} on {date} has two attendance rows; they were merged (earliest clock-in, latest clock-out). Check whether the day was entered twice.',
  },
  'attendance.shift.mismatch': {
    zh: '{name} {date}：考勤上的班次是「{attendanceShift}」，排班表是「{rotaShift}」，按排班表计算。如果排班改过，请先更新排班表。',
    en: '{name} on {date}: the attendance says shift "{attendanceShift}" but the rota says "{rotaShift}"; the rota was used. If the rota changed, update it first.',
  },
  'attendance.shift.unknownInAttendance': {
    zh: '{name} {date} 考勤上的班次「{code}」不在制度参数的班次表里，排班表里也没有这一天，这一天没有计算考勤。请在排班表里补上，或在制度参数里添加这个班次。',
    en: '{name} on {date}: the attendance names shift "{code}", which is not in the policy\'s shift list, and the rota has no entry for the day, so it was not assessed. Add the day to the rota or the shift to the policy sheet.',
  },
  'attendance.shift.none': {
    zh: '{name} 有 {days} 天有打卡，但排班表里没有这些天的班次，无法判断迟到和早退。请在排班表里补上 {name} 的班次。',
    en: '{name} clocked in on {days} day(s) with no shift in the rota, so lateness and early leave could not be checked. Add {name}\'s shifts to the rota.',
  },
  'attendance.clockOutBeforeIn': {
    zh: '{name} {date}（{shift}）下班打卡 {clockOut} 早于上班打卡 {clockIn}，这一天没有计算迟到和早退。请核对打卡时间。',
    en: '{name} on {date} ({shift}): clock-out {clockOut} is before clock-in {clockIn}, so lateness and early leave were not checked for the day. Check the clock times.',
  },
  // Ledger notes: why a row of 明细 is there.
  'attendance.note.late': {
    zh: '迟到 {minutes} 分钟（{shift}，{clockIn} 打卡）',
    en: 'Late {minutes} min ({shift}, clocked in {clockIn})',
  },
  'attendance.note.earlyArrival': {
    zh: '上班前 {minutesBefore} 分钟才到岗（{shift}，{clockIn} 上班打卡），交接班要提前 {wanted} 分钟',
    en: 'Arrived only {minutesBefore} min before the shift ({shift}, clocked in {clockIn}); handover needs {wanted} min',
  },
  'attendance.note.earlyLeave': {
    zh: '早退 {minutes} 分钟（{shift}，{clockOut} 下班打卡）',
    en: 'Left {minutes} min early ({shift}, clocked out {clockOut})',
  },
  'attendance.note.absentNoRecord': {
    zh: '旷工：排了{shift}，考勤表没有这一天的记录，也没有请假',
    en: 'Absent without leave: rostered on {shift}, no attendance record and no leave',
  },
  'attendance.note.absentNoPunch': {
    zh: '旷工：排了{shift}，没有打卡，也没有请假',
    en: 'Absent without leave: rostered on {shift}, no clock-in or clock-out and no leave',
  },
  'attendance.note.unapprovedLeave': {
    zh: '旷工：{leave}未事先批准',
    en: 'Absent without leave: {leave} was not approved beforehand',
  },
  'attendance.note.missingClockIn': {
    zh: '缺上班打卡，记作调休（本月第 {nth} 次，共可 {allowance} 次）',
    en: 'Missing clock-in, recorded as leave (use {nth} of {allowance} this month)',
  },
  'attendance.note.missingClockOut': {
    zh: '缺下班打卡，记作调休（本月第 {nth} 次，共可 {allowance} 次）',
    en: 'Missing clock-out, recorded as leave (use {nth} of {allowance} this month)',
  },
  'attendance.note.missingClockIn.flagged': {
    zh: '缺上班打卡（不占调休）',
    en: 'Missing clock-in (does not use the leave allowance)',
  },
  'attendance.note.missingClockOut.flagged': {
    zh: '缺下班打卡（不占调休）',
    en: 'Missing clock-out (does not use the leave allowance)',
  },
  'attendance.note.leaveBeyond': {
    zh: '{leave}：本月第 {nth} 次请假/调休，超过 {allowance} 次，记缺勤一次',
    en: '{leave}: leave number {nth} this month, beyond the {allowance} allowed, counts as one absence',
  },
  'attendance.note.missingPunchBeyond': {
    zh: '缺卡：本月第 {nth} 次调休，超过 {allowance} 次，记缺勤一次',
    en: 'Missing punch: leave use {nth} this month, beyond the {allowance} allowed, counts as one absence',
  },
  'attendance.note.restDays': {
    zh: '排班给了 {count} 天休息，超过每月 {max} 天，请核对排班（不扣分）',
    en: 'The rota gives {count} rest days, more than {max} a month; check the rota (no points)',
  },
  'attendance.note.absenceLimit': {
    zh: '本月缺勤已达 {limit} 次（共 {count} 次），请按制度处理',
    en: 'Absences this month reached {limit} ({count} in all); act as the policy requires',
  },
};
