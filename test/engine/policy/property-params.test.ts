/** The 物业客服 preset on the 制度参数 sheet: written, read back, and edited by a supervisor. */
import type { CellValue } from '../../../src/engine/cells';
import { policyFromRows, policyToRows } from '../../../src/engine/policy/params';
import { ecommercePreset } from '../../../src/engine/policy/ecommerce';
import { propertyPreset } from '../../../src/engine/policy/property';

const sheet = '制度参数';
const valueCol = 4;
const rowsOf = () => policyToRows(propertyPreset);
const valueOf = (key: string): CellValue => rowsOf().find((r) => r[0] === key)?.[valueCol] ?? null;
function edited(key: string, value: CellValue) {
  const rows = rowsOf().map((r) => [...r]);
  const row = rows.findIndex((r) => r[0] === key);
  rows[row]![valueCol] = value;
  return { out: policyFromRows(rows, sheet), row };
}

describe('物业客服 on the 制度参数 sheet', () => {
  it('reads back exactly the preset, with no problems', () => {
    expect(policyFromRows(rowsOf(), sheet)).toEqual({ policy: propertyPreset, problems: [] });
  });
  it('B1–B3, B4, B7, B8, B10, B11 are written in words a supervisor can edit', () => {
    expect(valueOf('preset')).toBe('物业客服');
    expect(valueOf('late.bands')).toBe('1-5: 1 B1; 6-10: 5 B2; 11+: 10 B3 40元 缺勤');
    expect(valueOf('attendance.absenceLimit')).toBe('3, B4, 自动离职');
    expect(valueOf('B7.ladder')).toBe('5分, 5分, 10分+警告, 5分, 自动离职');
    expect(valueOf('B8.ladder')).toBe('1分, 1分, 1-3分+警告, 3-5分+记过, 自动离职');
    expect(valueOf('score.ceiling')).toBe('无');
    expect(valueOf('attendance.earlyArrival')).toBe('10, B11');
    expect(valueOf('types.B10')).toBe('业主表扬、表扬、好评');
  });
  it('has no F1/F1b complaint-ladder row (no such ladder on this preset)', () => {
    expect(rowsOf().some((r) => r[0] === 'fines.complaintRule')).toBe(false);
  });
  it('the 电商客服 sheet gets no ceiling or B11 row', () => {
    const keys = policyToRows(ecommercePreset).map((r) => r[0]);
    expect(keys).not.toContain('score.ceiling');
    expect(keys).not.toContain('attendance.earlyArrival');
  });
  it('B8: a range step can be edited (2~4分+警告) and an inverted range is refused at its cell', () => {
    const good = edited('B8.ladder', '1分, 1分, 2~4分+警告, 3-5分+记过, 自动离职').out;
    expect(good.problems).toEqual([]);
    expect(good.policy.incidentRules.B8).toEqual({ kind: 'ladder', ladder: { beyond: 'repeat-last', steps: [
      { points: 1, fineFen: 0, action: null }, { points: 1, fineFen: 0, action: null },
      { points: 2, fineFen: 0, action: 'warning', maxPoints: 4 }, { points: 3, fineFen: 0, action: 'demerit', maxPoints: 5 },
      { points: 0, fineFen: 0, action: 'dismissal' }] } });
    const { out, row } = edited('B8.ladder', '1分, 3-1分+警告');
    expect(out.problems).toEqual([expect.objectContaining({ code: 'policy.params.badLadder', cell: { sheet, row, col: valueCol } })]);
    expect(out.policy).toEqual(propertyPreset);
  });
  it('B10: a team may cap the score at 100 (score.ceiling)', () => {
    expect(edited('score.ceiling', 100).out.policy.score.ceiling).toBe(100);
  });
  it('B11: the check can be changed (15, B11), turned off (blank), and bad text is an error at its cell', () => {
    expect(edited('attendance.earlyArrival', '15, B11').out.policy.attendance.earlyArrival).toEqual({ minutesBefore: 15, rule: 'B11' });
    expect(edited('attendance.earlyArrival', null).out.policy.attendance.earlyArrival).toBeNull();
    const { out, row } = edited('attendance.earlyArrival', '提前一会');
    expect(out.problems.map((p) => [p.code, p.cell?.row])).toEqual([['policy.params.badEarlyArrival', row]]);
  });
});
