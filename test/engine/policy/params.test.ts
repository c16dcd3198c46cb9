import fc from 'fast-check';
import type { CellValue } from '../../../src/engine/cells';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import { policyFromRows, policyToRows } from '../../../src/engine/policy/params';
import { presetFor, presets } from '../../../src/engine/policy/presets';
import type { Policy } from '../../../src/engine/policy/types';
import { message } from '../../../src/messages';
import { policyMessages } from '../../../src/messages/policy';
import { policyVariation } from './arbitraries';

const sheet = '制度参数';
const valueCol = 4;

/** The preset's sheet with one value changed; returns the rows and the changed row's index. */
function edited(key: string, value: CellValue, policy: Policy = ecommercePreset): { rows: CellValue[][]; row: number } {
  const rows = policyToRows(policy);
  const row = rows.findIndex((r) => r[0] === key);
  if (row < 0) throw new Error(`no row ${key}`);
  rows[row]![valueCol] = value;
  return { rows, row };
}

const read = (key: string, value: CellValue) => policyFromRows(edited(key, value).rows, sheet);

describe('制度参数 round trip', () => {
  it('the 电商客服 preset reads back exactly, with no problems', () => {
    const rows = policyToRows(ecommercePreset);
    expect(rows[0]).toEqual(['编号', '规则', '名称', 'Name', '值', '说明']);
    expect(rows[1]!.slice(0, 1).concat(rows[1]!.slice(4, 5))).toEqual(['preset', '电商客服']);
    expect(policyFromRows(rows, sheet)).toEqual({ policy: ecommercePreset, problems: [] });
  });

  it('writes the values as a supervisor reads them (ladders, tiers, bands, rates, yuan, 是/否)', () => {
    const value = (key: string): CellValue => policyToRows(ecommercePreset).find((r) => r[0] === key)![valueCol]!;
    expect(value('F2.ladder')).toBe('30, 50, 80, 扣发工资, 自动离职');
    expect(value('F1b.ladder')).toBe('20, 翻倍');
    expect(value('Q3.tiers')).toBe('3→5, 5→10');
    expect(value('late.bands')).toBe('1-30: 0.5 A1; 31+: 2 A2 缺勤');
    expect(value('types.Q1')).toBe('千牛未登录、旺旺未登录、未在线');
    expect(value('commission.highRate')).toBe('1.5%');
    expect(value('pay.meal')).toBe(300);
    expect(value('commission.requireRemark')).toBe('是');
    expect(value('rota.shifts')).toContain('晚班(晚、Late、L) 16:00-01:00');
  });

  it('property: any variation of the preset reads back deep-equal with no problems', () => {
    fc.assert(fc.property(policyVariation, (policy) => {
      expect(policyFromRows(policyToRows(policy), sheet)).toEqual({ policy, problems: [] });
    }), { numRuns: 150 });
  });
});

describe('制度参数 edits', () => {
  it('K2: rates read as 1.5%, 0.015 or a bare 1.5 (percent)', () => {
    for (const cell of ['1.5%', 0.015, 1.5, '1.5％']) expect(read('commission.highRate', cell).policy.commission.highRateBp).toBe(150);
    expect(read('commission.threshold', 70).policy.commission.thresholdBp).toBe(7000);
  });

  it('F2/F1b: ladders with actions, points and doubling', () => {
    const f2 = read('F2.ladder', '40，60、扣发当月工资; 2分+100+警告').policy.incidentRules.F2;
    expect(f2).toEqual({ kind: 'ladder', ladder: { beyond: 'repeat-last', steps: [
      { points: 0, fineFen: 4000, action: null }, { points: 0, fineFen: 6000, action: null },
      { points: 0, fineFen: 0, action: 'withhold-pay' }, { points: 2, fineFen: 10000, action: 'warning' },
    ] } });
    const f1b = read('F1b.ladder', '25元, 翻倍').policy.incidentRules.F1b;
    expect(f1b).toEqual({ kind: 'ladder', ladder: { steps: [{ points: 0, fineFen: 2500, action: null }], beyond: 'double' } });
  });

  it('A1/A2: late bands in any separator, with a money fine and an absence', () => {
    const bands = read('late.bands', '1-5: 1 B1；6-10: 5 B2\n11以上: 10 B3 40元 缺勤').policy.attendance.lateBands;
    expect(bands).toEqual([
      { fromMinutes: 1, toMinutes: 5, rule: 'B1', points: 1, fineFen: 0, countsAsAbsence: false },
      { fromMinutes: 6, toMinutes: 10, rule: 'B2', points: 5, fineFen: 0, countsAsAbsence: false },
      { fromMinutes: 11, toMinutes: null, rule: 'B3', points: 10, fineFen: 4000, countsAsAbsence: true },
    ]);
  });

  it('R1: shifts with a night shift ending the next morning', () => {
    const shifts = read('rota.shifts', '早班 8:00—17:30；夜班（夜,N） 22:00-06:00').policy.rota.shifts;
    expect(shifts).toEqual([
      { code: '早班', aliases: [], startMinute: 480, endMinute: 1050 },
      { code: '夜班', aliases: ['夜', 'N'], startMinute: 1320, endMinute: 1800 },
    ]);
  });

  it('Q1–F8: word lists accept 、 , ， ; and a new type row adds a mapping', () => {
    expect(read('Q2.tiers', '3次→5分，5次->10').policy.incidentRules.Q2).toMatchObject({ tiers: [{ atLeast: 3, points: 5 }, { atLeast: 5, points: 10 }] });
    expect(read('types.F4', '玩游戏, 看视频；刷抖音').policy.incidentTypes.find((m) => m.rules.join() === 'F4')!.words).toEqual(['玩游戏', '看视频', '刷抖音']);
    const rows = [...policyToRows(ecommercePreset), ['types.Q2F1', '', '', '', '态度差且回复慢', '']];
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([]);
    expect(out.policy.incidentTypes.at(-1)).toEqual({ words: ['态度差且回复慢'], rules: ['Q2', 'F1'] });
  });

  it('P4–P6: business figures in yuan; blank is none', () => {
    expect(read('business.productCost', 12345.6).policy.business?.productCostFen).toBe(1234560);
    expect(read('business.promotion', '').policy.business?.promotionFen).toBeNull();
  });

  it('a short sheet with moved columns: only the header, the preset and one override', () => {
    const rows: CellValue[][] = [['说明文字'], [], ['值', '编号'], ['电商客服', 'preset'], ['否', 'pay.deductFines']];
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([]);
    expect(out.policy).toEqual({ ...ecommercePreset, pay: { ...ecommercePreset.pay, deductFines: false } });
  });
});

describe('制度参数 problems', () => {
  it.each([
    ['score.base', '十', 'policy.params.badNumber'],
    ['score.severeMonths', 2.5, 'policy.params.badCount'],
    ['pay.meal', 300.125, 'policy.params.badYuan'],
    ['commission.lowRate', '1.555%', 'policy.params.badRate'],
    ['commission.highRate', '150%', 'policy.params.badRate'],
    ['commission.requireRemark', '也许', 'policy.params.badYesNo'],
    ['commission.awards', '50, 一百', 'policy.params.badYuanList'],
    ['Q3.tiers', '3→5, 2→10', 'policy.tiers.notRising'],
    ['Q2.tiers', '三次5分', 'policy.params.badTiers'],
    ['F2.ladder', '30, 五十', 'policy.params.badLadder'],
    ['F2.ladder', '', 'policy.ladder.empty'],
    ['late.bands', '1-30: 0.5 A1; 35+: 2 A2', 'policy.lateBands.gapOrOverlap'],
    ['late.bands', '0-30: 0.5 A1; 31+: 2 A2', 'policy.lateBands.startsBelowOne'],
    ['late.bands', '1-30: A1', 'policy.params.badLateBands'],
    ['rota.shifts', '早班 8点-17点', 'policy.params.badShifts'],
    ['attendance.absenceLimit', '3, B4, 罚站', 'policy.params.badAbsenceLimit'],
    ['attendance.absenteeismRule', '旷工', 'policy.params.badRule'],
    ['fines.complaintRule', 'Q3', 'policy.params.badComplaintRule'],
  ])('%s = %j is an error at its 值 cell and the preset value stays (%s)', (key, value, code) => {
    const { rows, row } = edited(key, value);
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([expect.objectContaining({ severity: 'error', code, cell: { sheet, row, col: valueCol } })]);
    expect(out.problems[0]!.params).toMatchObject({ key, value: String(value) });
    for (const lang of ['zh', 'en'] as const) expect(message(code, out.problems[0]!.params, lang)).not.toMatch(/\{\w+\}/);
    expect(out.policy).toEqual(ecommercePreset);
  });

  it('Q4: a default outside [least, most] is an error at the last Q4 row and Q4 stays as in the preset', () => {
    const rows = policyToRows(ecommercePreset);
    const maxRow = rows.findIndex((r) => r[0] === 'Q4.maxPoints');
    rows[maxRow]![valueCol] = 0.4;
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([{ severity: 'error', code: 'policy.rowPoints.outOfRange', params: { key: 'Q4.defaultPoints', rule: 'Q4' }, cell: { sheet, row: maxRow, col: valueCol } }]);
    expect(out.policy).toEqual(ecommercePreset);
  });

  it('an unknown key is a warning at its 编号 cell and changes nothing', () => {
    const rows = [...policyToRows(ecommercePreset), ['score.bonus', '', '', '', 3, ''], ['types.Z9', '', '', '', '随便', '']];
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([
      { severity: 'warning', code: 'policy.params.unknownKey', params: { key: 'score.bonus' }, cell: { sheet, row: rows.length - 2, col: 0 } },
      { severity: 'warning', code: 'policy.params.unknownKey', params: { key: 'types.Z9' }, cell: { sheet, row: rows.length - 1, col: 0 } },
    ]);
    expect(out.policy).toEqual(ecommercePreset);
  });

  it('an unknown preset is an error at its cell and the default preset is used; a missing one is a warning', () => {
    const { rows, row } = edited('preset', '物业管家');
    const out = policyFromRows(rows, sheet);
    expect(out.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'policy.params.badPreset', cell: { sheet, row, col: valueCol } })]);
    expect(out.policy).toEqual(ecommercePreset);
    const missing = policyFromRows([['编号', '值'], ['score.base', 12]], sheet);
    expect(missing.problems.map((p) => p.code)).toEqual(['policy.params.noPreset']);
    expect(missing.policy.score.base).toBe(12);
  });

  it('a repeated key is a warning and the last row wins', () => {
    const rows = [...policyToRows(ecommercePreset), ['score.base', '', '', '', 8, '']];
    const out = policyFromRows(rows, sheet);
    expect(out.problems.map((p) => [p.code, p.cell?.row])).toEqual([['policy.params.duplicateKey', rows.length - 1]]);
    expect(out.policy.score.base).toBe(8);
  });

  it('every policy problem code has a zh and en message', () => {
    const codes = ['policy.params.badNumber', 'policy.params.badCount', 'policy.params.badYuan', 'policy.params.badYuanList', 'policy.params.badRate',
      'policy.params.badYesNo', 'policy.params.badRule', 'policy.params.badComplaintRule', 'policy.params.badTiers', 'policy.params.badLadder',
      'policy.params.badLateBands', 'policy.params.badShifts', 'policy.params.badAbsenceLimit', 'policy.params.badPreset', 'policy.params.noPreset',
      'policy.params.noHeader', 'policy.params.unknownKey', 'policy.params.duplicateKey', 'policy.lateBands.empty', 'policy.lateBands.startsBelowOne',
      'policy.lateBands.inverted', 'policy.lateBands.openBeforeLast', 'policy.lateBands.gapOrOverlap', 'policy.tiers.belowOne', 'policy.tiers.notRising',
      'policy.ladder.empty', 'policy.ladder.negative', 'policy.rowPoints.outOfRange'];
    for (const code of codes) expect(policyMessages[code]).toEqual({ zh: expect.any(String), en: expect.any(String) });
  });
});

describe('presets', () => {
  it('registers 电商客服 and finds it by its trimmed name', () => {
    expect(presets['电商客服']).toBe(ecommercePreset);
    expect(presetFor(' 电商客服 ')).toBe(ecommercePreset);
    expect(presetFor('不存在')).toBeNull();
  });
});
