import { ecommercePreset } from '../../src/engine/policy';
import { detectSheets, readTeam, type SheetDetection } from '../../src/sheets';
import { grid, seen, seenExceptMissingRoles } from './fixtures';

const byRole = (detections: SheetDetection[], role: string, layout?: string): SheetDetection | undefined =>
  detections.find((d) => d.role === role && (layout === undefined || d.layout === layout));

const dingTalk = grid('每日统计', [
  ['每日统计', null, null, null],
  ['报表生成时间：2026-11-02 10:00', null, null, null],
  ['姓名', '考勤组', '部门', '工号', '日期', '班次', '上班1打卡时间', '上班1打卡结果', '下班1打卡时间', '下班1打卡结果', '关联的审批单'],
  ['张三', '客服组', '客服部', '001', '2026-10-01 星期四', '早班', '08:05', '迟到', '17:31', '正常', null],
]);

describe('detectSheets: header row and layout (POLICY.md §1)', () => {
  it('§1: a DingTalk 每日统计 header under a title and a 报表生成时间 row is found on row 3', () => {
    const { detections } = detectSheets([dingTalk]);
    expect(byRole(detections, 'attendance')).toEqual({
      role: 'attendance', sheet: '每日统计', headerRow: 2, layout: 'dingtalk', confidence: expect.any(Number),
      columns: { name: 0, date: 4, shift: 5, in: 6, inResult: 7, out: 8, outResult: 9, approvalForm: 10 },
    });
    // The same sheet has 姓名/日期/班次 but is not also taken as the rota.
    expect(byRole(detections, 'rota')).toBeUndefined();
  });

  it('§1: traditional headers with full-width unit suffixes are read', () => {
    const { detections } = detectSheets([grid('考勤紀錄', [['姓名', '日期', '上班時間（打卡）', '下班時間', '請假類型', '是否批准']])]);
    expect(byRole(detections, 'attendance')?.columns).toEqual({ name: 0, date: 1, in: 2, out: 3, leave: 4, approved: 5 });
  });

  it('§1: English headers are read', () => {
    const { detections } = detectSheets([grid('Sheet1', [['Name', 'Date', 'Clock In', 'Clock Out']])]);
    expect(byRole(detections, 'attendance')).toMatchObject({ sheet: 'Sheet1', layout: 'table', columns: { name: 0, date: 1, in: 2, out: 3 } });
  });

  it('§1: a Qianniu performance export is sales by period; an order list is sales by order; both are kept', () => {
    const qianniu = grid('客服绩效', [['旺旺昵称', '询单人数', '询单->最终付款人数', '询单最终付款金额(元)', '询单最终付款转化率']]);
    const orders = grid('订单', [['订单号', '下单时间', '客服', '金额', '备注', '订单状态']]);
    const { detections } = detectSheets([qianniu, orders]);
    expect(byRole(detections, 'sales', 'period')?.columns).toEqual({ name: 0, inquiries: 1, buyers: 2, amount: 3 });
    expect(byRole(detections, 'sales', 'orders')?.columns).toEqual({ order: 0, date: 1, name: 2, amount: 3, remarked: 4, status: 5 });
  });

  it('§1: a daily sales sheet with a date column is layout daily', () => {
    const { detections } = detectSheets([grid('销售', [['日期', '客服', '咨询人数', '成交人数', '销售额']])]);
    expect(byRole(detections, 'sales')).toMatchObject({ layout: 'daily', columns: { date: 0, name: 1, inquiries: 2, buyers: 3, amount: 4 } });
  });

  it('§1: wide and long rotas are told apart', () => {
    const wide = grid('排班', [['2026年10月排班表'], ['姓名', '10/1', '10/2', '10/3', '10/4', '10/5', '10/6']]);
    const long = grid('值班表', [['姓名', '日期', '班次']]);
    expect(byRole(detectSheets([wide]).detections, 'rota')).toMatchObject({ layout: 'wide', headerRow: 1, columns: { name: 0 } });
    expect(byRole(detectSheets([long]).detections, 'rota')).toMatchObject({ layout: 'long', columns: { name: 0, date: 1, shift: 2 } });
  });

  it('§1: the incident log wins its sheet over a sales reading of 姓名 + 金额', () => {
    const { detections } = detectSheets([grid('记录', [['日期', '姓名', '类型', '扣分', '金额', '原因']])]);
    expect(detections.map((d) => d.role)).toEqual(['incidents']);
  });

  it('§1: a staff sheet needs a name and one staff column', () => {
    const { detections } = detectSheets([grid('花名册', [['姓名', '旺旺', '工号', '岗位', '级别', '底薪', '班组']])]);
    expect(byRole(detections, 'staff')?.columns).toEqual({ name: 0, alias: 1, id: 2, role: 3, level: 4, base: 5, group: 6 });
    expect(byRole(detections, 'staff')?.confidence).toBe(1);
  });

  it('§1: of two sheets with the same headers, the one whose name says 考勤 is the attendance', () => {
    const header = ['姓名', '日期', '上班', '下班'];
    const { detections } = detectSheets([grid('Sheet2', [header]), grid('10月考勤', [header])]);
    expect(detections.map((d) => [d.role, d.sheet])).toEqual([['attendance', '10月考勤']]);
  });

  it('§1: every confidence is within 0..1', () => {
    const { detections } = detectSheets([dingTalk, grid('排班', [['姓名', 1, 2, 3, 4, 5]])]);
    for (const d of detections) expect(d.confidence).toBeGreaterThan(0);
    for (const d of detections) expect(d.confidence).toBeLessThanOrEqual(1);
  });
});

describe('detectSheets: what is not input, and what is missing', () => {
  it('§4: the add-in\'s own sheets are never read as input', () => {
    const own = [
      grid('计分表', [['姓名', '底薪', '得分', '组']]),
      grid('提成表', [['姓名', '询单人数', '成交人数', '销售额']]),
      grid('明细', [['日期', '姓名', '类型', '扣分', '金额', '原因']]),
      grid('个人月度报告-张三', [['姓名', '日期', '上班', '下班']]),
      grid('事件记录', [['说明']]),
      grid('月结历史(2)', [['日期', '姓名', '类型']]),
    ];
    expect(detectSheets(own).detections.map((d) => d.sheet)).toEqual(['事件记录']);
  });

  it('§1: a sheet named 考勤 without a clock-in column is an error on its header row naming what to map', () => {
    const { problems } = detectSheets([grid('考勤', [['10月考勤'], ['姓名', '日期', '备注']])]);
    expect(seenExceptMissingRoles(problems)).toEqual([{ severity: 'error', code: 'sheets.missingColumns.attendance', at: '考勤!A2' }]);
    expect(problems.find((p) => p.severity === 'error')?.params).toMatchObject({ sheet: '考勤', row: 2, fieldZh: '上班', field: 'in' });
  });

  it('§1: that sheet\'s detection says what is missing, and readTeam does not read it', () => {
    const sheets = [grid('考勤', [['姓名', '日期', '备注'], ['张三', '2026-10-01', '']])];
    expect(byRole(detectSheets(sheets).detections, 'attendance')).toMatchObject({ headerRow: 0, missing: ['in'] });
    const team = readTeam(sheets, { policy: ecommercePreset, month: '2026-10' });
    expect(team.attendance).toEqual([]);
  });

  it('§1: roles with no sheet at all are reported: staff as info, the others as warnings', () => {
    expect(seen(detectSheets([]).problems)).toEqual([
      { severity: 'info', code: 'sheets.roleNotFound.staff', at: null },
      { severity: 'warning', code: 'sheets.roleNotFound.rota', at: null },
      { severity: 'warning', code: 'sheets.roleNotFound.attendance', at: null },
      { severity: 'warning', code: 'sheets.roleNotFound.sales', at: null },
      { severity: 'warning', code: 'sheets.roleNotFound.incidents', at: null },
    ]);
  });
});

describe('detectSheets: the supervisor\'s mapping wins (POLICY.md §1)', () => {
  const odd = grid('Sheet1', [['人名', '哪天', '到岗', '离岗']]);

  it('§1: role → sheet and field → column complete a sheet whose headers we do not know', () => {
    const { detections, problems } = detectSheets([odd], {
      roles: { attendance: 'Sheet1' },
      columns: { attendance: { name: 0, date: 1, in: 2, out: 3 } },
    });
    expect(byRole(detections, 'attendance')).toMatchObject({ sheet: 'Sheet1', headerRow: 0, columns: { name: 0, date: 1, in: 2, out: 3 } });
    expect(seenExceptMissingRoles(problems)).toEqual([]);
  });

  it('§1: a column override moves a field off a detected column', () => {
    const sheet = grid('考勤', [['姓名', '日期', '上班', '下班', '实际上班']]);
    const { detections } = detectSheets([sheet], { columns: { attendance: { in: 4 } } });
    expect(byRole(detections, 'attendance')?.columns).toEqual({ name: 0, date: 1, in: 4, out: 3 });
  });

  it('§1: a mapped sheet is chosen with full confidence; mapping one of our own sheets is an error', () => {
    const { detections } = detectSheets([odd], { roles: { attendance: 'Sheet1' } });
    expect(byRole(detections, 'attendance')?.confidence).toBe(1);
    const own = detectSheets([odd, grid('计分表', [['姓名']])], { roles: { staff: '计分表' } });
    expect(seenExceptMissingRoles(own.problems)).toEqual([{ severity: 'error', code: 'sheets.overrideOwnSheet', at: null }]);
  });

  it('§1: a mapping to a sheet or column that does not exist is an error', () => {
    const { problems } = detectSheets([odd], { roles: { rota: '排班' }, columns: { attendance: { in: 9 } } });
    const codes = seenExceptMissingRoles(problems).map((p) => p.code);
    expect(codes).toContain('sheets.overrideSheetMissing');
  });

  it('§1: an override to a column outside the sheet is reported and ignored', () => {
    const { problems, detections } = detectSheets([odd], { roles: { attendance: 'Sheet1' }, columns: { attendance: { name: 0, date: 1, in: 2, out: 9 } } });
    // With 下班 ignored the sheet has 上班 alone: every day would be a missing clock-out, so 下班 is asked for (issue 5).
    expect(seenExceptMissingRoles(problems).map((p) => p.code)).toEqual(['sheets.overrideColumnInvalid', 'sheets.missingColumns.attendance']);
    expect(byRole(detections, 'attendance')?.columns.out).toBeUndefined();
  });
});
