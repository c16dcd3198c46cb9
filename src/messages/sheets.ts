import type { Catalog } from './catalog';

/**
 * Messages for problem codes that start with 'sheets.' (the sheet readers). The cell address
 * ("考勤!C14") is put in front by describeProblem; each message is the sentence after it, written
 * for the supervisor: what is wrong, and what to do.
 */
export const sheetsMessages: Catalog = {
  'sheets.roleNotFound.staff': {
    zh: '没有找到员工表（花名册）。没有它也能月结，但别名、底薪和分组无法使用；需要时请加一张"员工"表，含"姓名"列。',
    en: 'No staff sheet was found. The month can still be closed, but aliases, base pay and groups are not used; add a "员工" sheet with a 姓名 (name) column if you need them.',
  },
  'sheets.roleNotFound.rota': {
    zh: '没有找到排班表。没有排班就无法判断迟到和旷工；请加一张"排班"表，或在映射里指定哪张表是排班。',
    en: 'No rota sheet was found, so lateness and absenteeism cannot be checked. Add a "排班" sheet or map which sheet is the rota.',
  },
  'sheets.roleNotFound.attendance': {
    zh: '没有找到考勤表。请加一张"考勤"表（姓名、日期、上班、下班），或在映射里指定哪张表是考勤。',
    en: 'No attendance sheet was found. Add a "考勤" sheet (name, date, clock-in, clock-out) or map which sheet holds attendance.',
  },
  'sheets.roleNotFound.attendanceWithRota': {
    zh: '有排班表，但没有找到考勤表：这样排班里每个上班日都会算成旷工，所以本月没有月结。请加一张"考勤"表（姓名、日期、上班、下班），或在映射里指定哪张表是考勤。',
    en: 'There is a rota but no attendance sheet was found: every rostered day would count as an absence, so the month was not closed. Add a "考勤" sheet (name, date, clock-in, clock-out) or map which sheet holds attendance.',
  },
  'sheets.roleNotFound.sales': {
    zh: '没有找到销售表，本月提成将全部为 0。如有销售数据，请加一张"销售"表，或在映射里指定。',
    en: 'No sales sheet was found, so every commission will be 0. If you have sales figures, add a "销售" sheet or map it.',
  },
  'sheets.roleNotFound.incidents': {
    zh: '没有找到事件（违规/投诉）表，本月按没有违规和罚款计算。如有记录，请加一张"事件"表，或在映射里指定。',
    en: 'No incident sheet was found, so the month is closed with no incidents or fines. If you keep a log, add an "事件" sheet or map it.',
  },
  'sheets.missingColumns.staff': {
    zh: '员工表"{sheet}"第{row}行是表头，但找不到"{fieldZh}"列（可写作：{examples}）。请把该列表头改成其中之一，或在映射里指定哪一列是"{fieldZh}"。',
    en: 'The staff sheet "{sheet}" has its header on row {row}, but no {field} column. Rename that column or map it.',
  },
  'sheets.missingColumns.rota': {
    zh: '排班表"{sheet}"第{row}行是表头，但找不到"{fieldZh}"列（可写作：{examples}）。请把该列表头改成其中之一，或在映射里指定。',
    en: 'The rota "{sheet}" has its header on row {row}, but no {field} column(s). Rename the header or map the column.',
  },
  'sheets.missingColumns.attendance': {
    zh: '考勤表"{sheet}"第{row}行是表头，但找不到"{fieldZh}"列（可写作：{examples}）。请把该列表头改成其中之一，或在映射里指定哪一列是"{fieldZh}"。',
    en: 'The attendance sheet "{sheet}" has its header on row {row}, but no {field} column. Rename that column or map it.',
  },
  'sheets.missingColumns.sales': {
    zh: '销售表"{sheet}"第{row}行是表头，但找不到"{fieldZh}"列（可写作：{examples}）。请把该列表头改成其中之一，或在映射里指定哪一列是"{fieldZh}"。',
    en: 'The sales sheet "{sheet}" has its header on row {row}, but no {field} column. Rename that column or map it.',
  },
  'sheets.missingColumns.incidents': {
    zh: '事件表"{sheet}"第{row}行是表头，但找不到"{fieldZh}"列（可写作：{examples}）。请把该列表头改成其中之一，或在映射里指定哪一列是"{fieldZh}"。',
    en: 'The incident sheet "{sheet}" has its header on row {row}, but no {field} column. Rename that column or map it.',
  },
  'sheets.sheetNotUsed.staff': {
    zh: '工作表"{sheet}"看起来也是员工表，但本次用的是"{used}"，这张表没有计入。如果应该用这张表，请在映射里指定它；如果是备份或旧表，可以不管。',
    en: 'The sheet "{sheet}" also looks like a staff sheet, but "{used}" was used and this one was not counted. Map it if it is the right one; a backup or an old copy can be left as it is.',
  },
  'sheets.sheetNotUsed.rota': {
    zh: '工作表"{sheet}"看起来也是排班表，但本次用的是"{used}"，这张表没有计入。如果应该用这张表，请在映射里指定它；如果是备份或旧表，可以不管。',
    en: 'The sheet "{sheet}" also looks like a rota, but "{used}" was used and this one was not counted. Map it if it is the right one; a backup or an old copy can be left as it is.',
  },
  'sheets.sheetNotUsed.attendance': {
    zh: '工作表"{sheet}"看起来也是考勤表，但本次用的是"{used}"，这张表没有计入。如果应该用这张表，请在映射里指定它；如果是备份或旧表，可以不管。',
    en: 'The sheet "{sheet}" also looks like a attendance sheet, but "{used}" was used and this one was not counted. Map it if it is the right one; a backup or an old copy can be left as it is.',
  },
  'sheets.sheetNotUsed.sales': {
    zh: '工作表"{sheet}"看起来也是销售表，但本次用的是"{used}"，这张表没有计入。如果应该用这张表，请在映射里指定它；如果是备份或旧表，可以不管。',
    en: 'The sheet "{sheet}" also looks like a sales sheet, but "{used}" was used and this one was not counted. Map it if it is the right one; a backup or an old copy can be left as it is.',
  },
  'sheets.sheetNotUsed.incidents': {
    zh: '工作表"{sheet}"看起来也是事件表，但本次用的是"{used}"，这张表没有计入。如果应该用这张表，请在映射里指定它；如果是备份或旧表，可以不管。',
    en: 'The sheet "{sheet}" also looks like a incident log, but "{used}" was used and this one was not counted. Map it if it is the right one; a backup or an old copy can be left as it is.',
  },
  'sheets.overrideSheetMissing': {
    zh: '映射里指定的工作表"{sheet}"不存在，可能已改名或删除。请重新选择这张表。',
    en: 'The mapping names a sheet "{sheet}" that does not exist (renamed or deleted?). Choose the sheet again.',
  },
  'sheets.overrideOwnSheet': {
    zh: '映射里把"{sheet}"指定为输入表，但这是月结自己生成的表，不能作为输入。请选择团队自己的表。',
    en: 'The mapping names "{sheet}" as an input, but it is a sheet the month close writes itself. Choose the team\'s own sheet.',
  },
  'sheets.overrideColumnInvalid': {
    zh: '映射里"{sheet}"表的"{field}"指向第 {column} 列，但这张表没有这一列。请重新选择该列。',
    en: 'The mapping points {field} of "{sheet}" at column {column}, which the sheet does not have. Choose the column again.',
  },
  'sheets.hiddenRowSkipped': {
    zh: '第{row}行是隐藏行（{text}），没有计入。如果这一行应该算，请取消隐藏后重新月结。',
    en: 'Row {row} is hidden ({text}) and was not counted. Unhide it and close again if it should count.',
  },
  'sheets.badDate': {
    zh: '日期"{value}"无法识别，请写成 2026-10-03 这样的格式。',
    en: 'The date "{value}" cannot be read; write it like 2026-10-03.',
  },
  'sheets.dateNeedsYear': {
    zh: '日期"{value}"没有年份，也无法从表头标题推断是哪一年。请写完整日期，如 2026-10-03，或在月结时选择月份。',
    en: 'The date "{value}" has no year and none could be inferred; write the full date (2026-10-03) or choose the month to close.',
  },
  'sheets.badTime': {
    zh: '时间"{value}"无法识别，请写成 08:30 这样的格式。',
    en: 'The time "{value}" cannot be read; write it like 08:30.',
  },
  'sheets.timeOtherDay': {
    zh: '打卡时间"{value}"不是这一行的日期（也不是次日），请检查日期或时间是否填错。',
    en: 'The punch time "{value}" is neither on this row\'s date nor the next day; check the date or the time.',
  },
  'sheets.excelError': {
    zh: '这一格是公式错误"{value}"，没有计入。请修正公式或直接填入数值。',
    en: 'This cell shows the formula error "{value}" and was not counted. Fix the formula or type the value.',
  },
  'sheets.notYetCounted': {
    zh: '这一格写着"{value}"（平台尚未统计完），不能当作 0。请等数据统计完成后重新导出，再月结。',
    en: 'This cell reads "{value}" (not yet counted by the platform) and cannot be taken as 0. Export again once the figures are final.',
  },
  'sheets.badNumber': {
    zh: '"{value}"不是数字，没有计入。请只填数字，如 1234.50。',
    en: '"{value}" is not a number and was not counted. Type a number such as 1234.50.',
  },
  'sheets.negativeNotAllowed': {
    zh: '这里不能是负数（"{value}"）。请检查是否多打了负号。',
    en: 'This cannot be negative ("{value}"). Check for a stray minus sign.',
  },
  'sheets.countNotWhole': {
    zh: '人数"{value}"不是整数。请填写整数人数。',
    en: 'The count "{value}" is not a whole number.',
  },
  'sheets.moneyTooManyDecimals': {
    zh: '金额"{value}"超过两位小数（分）。请四舍五入到分后再填。',
    en: 'The amount "{value}" has more than two decimals; round it to the fen (0.01).',
  },
  'sheets.amountTooLarge': {
    zh: '金额"{value}"大得不合常理，可能多打了几位数字或粘贴错了列。请核对后重填。',
    en: 'The amount "{value}" is implausibly large (extra digits, or a column pasted wrongly?). Check and correct it.',
  },
  'sheets.badYesNo': {
    zh: '"{value}"无法判断是"是"还是"否"。请填写 是 / 否。',
    en: '"{value}" is neither yes nor no; write 是 or 否.',
  },
  'sheets.unknownName': {
    zh: '"{name}"不在员工表上，这一行没有计入。如果是同一个人，请在员工表的"别名"列加上"{name}"；如果是新人，请把他加到员工表。',
    en: '"{name}" is not on the staff sheet, so this row was not counted. Add "{name}" as an alias of the right person, or add the new person to the staff sheet.',
  },
  'sheets.unknownNameNotOnRota': {
    zh: '"{name}"不在排班表上，这一行没有计入。请检查姓名是否写错，或把此人加进排班表（也可以加一张员工表并写上别名）。',
    en: '"{name}" is not on the rota, so this row was not counted. Check the spelling, add the person to the rota, or add a staff sheet with aliases.',
  },
  'sheets.duplicatePerson': {
    zh: '"{name}"在员工表上出现了不止一次，只用了第一行。请删除重复的一行。',
    en: '"{name}" appears more than once on the staff sheet; only the first row is used. Delete the duplicate.',
  },
  'sheets.duplicateRotaDay': {
    zh: '排班里"{name}"在 {date} 出现了两次，只用了第一个班次。请删掉重复的一项。',
    en: '{name} is rostered twice on {date}; only the first shift is used. Remove the duplicate.',
  },
  'sheets.duplicateAttendanceDay': {
    zh: '考勤里"{name}"在 {date} 有两行，只用了第一行，以免重复计算迟到。请合并或删掉重复的一行。',
    en: '{name} has two attendance rows on {date}; only the first is used so lateness is not counted twice. Merge or delete the duplicate.',
  },
  'sheets.duplicateOrder': {
    zh: '订单号 {order} 出现了不止一次，只算一次（第一行）。请检查是否重复粘贴了导出数据。',
    en: 'Order {order} appears more than once and is counted once (the first row). Check for an export pasted twice.',
  },
  'sheets.aliasTaken': {
    zh: '别名"{alias}"已经属于"{other}"，不能同时给"{name}"。写着"{alias}"的行都算"{other}"的；请给"{name}"换一个别名。',
    en: 'The alias "{alias}" already belongs to {other}, so it cannot also be {name}\'s. Rows saying "{alias}" count for {other}; give {name} another alias.',
  },
  'sheets.unknownLevel': {
    zh: '级别"{value}"无法识别，请写"新员工"或"老员工"。',
    en: 'The level "{value}" is not known; write 新员工 (new) or 老员工 (senior).',
  },
  'sheets.unknownShiftCode': {
    zh: '班次"{value}"不在制度参数的班次表里，这一天无法判断迟到。请改成已有的班次（如 早班、晚班、休），或在制度参数里添加这个班次。',
    en: 'The shift "{value}" is not in the policy\'s shift list, so lateness cannot be judged that day. Use a known shift (早班, 晚班, 休) or add it to the policy sheet.',
  },
  'sheets.rotaMonthUnknown': {
    zh: '排班表"{sheet}"只写了几号，看不出是哪个月。请在表格上方写标题（如"2026年10月排班表"），或在月结时选择月份。',
    en: 'The rota "{sheet}" gives days of the month but not the month. Put a title above it (e.g. 2026年10月排班表) or choose the month to close.',
  },
  'sheets.missingDate': {
    zh: '这一行没有日期，没有计入。请补上日期。',
    en: 'This row has no date and was not counted. Fill in the date.',
  },
  'sheets.missingOrderId': {
    zh: '这一行没有订单号，没有计入。请补上订单号。',
    en: 'This row has no order number and was not counted. Fill it in.',
  },
  'sheets.missingAmount': {
    zh: '这一行没有金额，没有计入。请补上金额。',
    en: 'This row has no amount and was not counted. Fill it in.',
  },
  'sheets.missingType': {
    zh: '这一行没有写事件类型，无法对应到制度条款，没有计入。请补上类型（如 服务态度投诉、未催付）。',
    en: 'This row has no incident type, so no rule applies and it was not counted. Fill in the type.',
  },
  'sheets.buyersAboveInquiries': {
    zh: '成交人数 {buyers} 比询单人数 {inquiries} 还多，请核对这两列是否填反。',
    en: 'Buyers ({buyers}) exceed inquiries ({inquiries}); check whether the two columns are swapped.',
  },
  'sheets.badMonth': {
    zh: '月份"{value}"无法识别，请写成 2026-10 这样的格式。',
    en: 'The month "{value}" cannot be read; write it like 2026-10.',
  },
  'sheets.historyUnreadable': {
    zh: '月结历史表"{sheet}"的表头无法识别，以前各月的记录没有用上（影响连续警告和连续第一的判断）。请不要手动修改这张隐藏表。',
    en: 'The history sheet "{sheet}" has an unreadable header, so earlier months were not used (consecutive warnings and streaks). Do not edit this hidden sheet by hand.',
  },
  'sheets.historyRowUnreadable': {
    zh: '月结历史第{row}行无法读取（"{value}"），这一行被忽略。请不要手动修改这张隐藏表。',
    en: 'Row {row} of the history sheet cannot be read ("{value}") and was ignored. Do not edit this hidden sheet by hand.',
  },
};
