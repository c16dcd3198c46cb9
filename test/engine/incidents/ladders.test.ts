import fc from 'fast-check';
import { assessIncidents } from '../../../src/engine/incidents';
import type { FineEntry, Incident } from '../../../src/engine/model';
import { fen } from '../../../src/engine/money';
import { ecommercePreset, ladderStep } from '../../../src/engine/policy';
import type { Ladder, Policy } from '../../../src/engine/policy/types';
import { incident, rows } from './helpers';

const assess = (incidents: Incident[], policy: Policy = ecommercePreset, month = '2026-10') =>
  assessIncidents({ month, names: ['张三', '李四'], incidents, policy });
/** A fine as the fines sheet shows it: yuan or the action. */
const shown = (fines: FineEntry[]): (number | string)[] =>
  fines.map((f) => (f.amountFen === null ? String(f.action) : f.amountFen / 100));

describe('F2 handover not recorded: 30, 50, 80; 4th withhold pay; 5th dismissal', () => {
  it('F2: the 4th is a withhold-pay flag with no amount, the 5th a dismissal flag', () => {
    const { fines, ledger } = assess(rows('张三', '交接未录入', 5));
    expect(shown(fines)).toEqual([30, 50, 80, 'withhold-pay', 'dismissal']);
    expect(fines.map((f) => f.nth)).toEqual([1, 2, 3, 4, 5]);
    expect(ledger.map((e) => e.action)).toEqual([null, null, null, 'withhold-pay', 'dismissal']);
    expect(ledger[3]?.amountFen).toBeNull();
    expect(ledger[4]?.note.code).toBe('incidents.note.ladder.dismissal');
  });
  it('F2: a 6th stays at dismissal', () => {
    expect(shown(assess(rows('张三', '未交接', 6)).fines).slice(4)).toEqual(['dismissal', 'dismissal']);
  });
  it('F2: a fine keeps its date, person, rule and source cell', () => {
    const row = incident('李四', 9, '交接未录入');
    expect(assess([row]).fines).toEqual([{ name: '李四', daySerial: row.daySerial, rule: 'F2', nth: 1,
      amountFen: fen(3000), action: null, source: row.source }]);
  });
});

describe('F1 service complaints: 100, 200, 3rd → dismissal; F1b 20, 40, 80 …', () => {
  it('F1: the 3rd complaint is a dismissal flag', () => {
    expect(shown(assess(rows('张三', '服务态度投诉', 3)).fines)).toEqual([100, 200, 'dismissal']);
  });
  it('F1b: a team on the doubling ladder pays 20, 40, 80, 160', () => {
    const policy: Policy = { ...ecommercePreset, complaintFineRule: 'F1b' };
    const { fines } = assess(rows('张三', '客户投诉', 4), policy);
    expect(shown(fines)).toEqual([20, 40, 80, 160]);
    expect(fines.every((f) => f.rule === 'F1b')).toBe(true);
  });
});

describe('F3 weekly summary not sent: 50, 100, 200; 4th withhold pay; 5th dismissal', () => {
  it('F3', () => {
    expect(shown(assess(rows('张三', '周报未交', 5)).fines)).toEqual([50, 100, 200, 'withhold-pay', 'dismissal']);
  });
});

describe('F4–F8 fixed amounts each time', () => {
  it.each([
    ['F4', '看视频', 50], ['F5', '卫生未值日', 50], ['F6', '泄露客户信息', 150], ['F7', '未催付', 5], ['F8', '投诉处理超时', 50],
  ])('%s: %s costs %d yuan every time', (rule, type, yuanEach) => {
    const { fines } = assess(rows('张三', type, 3));
    expect(fines.map((f) => f.rule)).toEqual([rule, rule, rule]);
    expect(shown(fines)).toEqual([yuanEach, yuanEach, yuanEach]);
  });
});

describe('counts restart every natural month, rows outside the month or team are skipped', () => {
  it('F2: two in September and one in October → October\'s is the 1st (30)', () => {
    const log = [incident('张三', 10, '交接未录入', { month: 9 }), incident('张三', 20, '交接未录入', { month: 9 }), incident('张三', 2, '交接未录入')];
    expect(shown(assess(log).fines)).toEqual([30]);
    expect(shown(assess(log, ecommercePreset, '2026-09').fines)).toEqual([30, 50]);
  });
  it('Q3: complaints of another month do not count towards this month\'s tier', () => {
    const log = [incident('张三', 29, '服务态度投诉', { month: 9 }), incident('张三', 30, '服务态度投诉', { month: 9 }), incident('张三', 1, '服务态度投诉')];
    expect(assess(log).ledger.filter((e) => e.rule === 'Q3').map((e) => e.points)).toEqual([1]);
  });
  it('a name not in the team is skipped without a problem (the readers report it)', () => {
    const result = assess([incident('王五', 1, '交接未录入')]);
    expect(result).toEqual({ ledger: [], fines: [], problems: [] });
  });
  it('F2: rows are taken in date order, and by row for the same date', () => {
    const late = incident('张三', 20, '交接未录入');
    const sameDayFirst = incident('张三', 5, '交接未录入');
    const sameDaySecond = incident('张三', 5, '交接未录入');
    const { fines } = assess([late, sameDayFirst, sameDaySecond]);
    expect(fines.map((f) => [f.source, f.nth])).toEqual([[sameDayFirst.source, 1], [sameDaySecond.source, 2], [late.source, 3]]);
  });
});

describe('problems', () => {
  it('an unknown type is a warning at the type cell and is not counted', () => {
    const row = incident('张三', 4, '迟交发票');
    const { ledger, problems } = assess([row]);
    expect(ledger).toEqual([]);
    expect(problems).toEqual([{ severity: 'warning', code: 'incidents.typeUnknown', params: { name: '张三', type: '迟交发票' }, cell: { sheet: '事件', row: row.source.row, col: 2 } }]);
  });
  it('without a type cell, the warning points at the row', () => {
    const row = { ...incident('张三', 4, ''), typeCol: null };
    expect(assess([row]).problems).toEqual([{ severity: 'warning', code: 'incidents.typeBlank', params: { name: '张三', type: '' }, cell: row.source }]);
  });
  it('F2: an amount written in the row does not override the ladder; a disagreement is an info', () => {
    const log = [incident('张三', 1, '交接未录入', { amountFen: fen(3000) }), incident('张三', 2, '交接未录入', { amountFen: fen(3000), amountCol: 4 })];
    const amountCell = { sheet: '事件', row: log[1]!.source.row, col: 4 };
    const { fines, problems } = assess(log);
    expect(shown(fines)).toEqual([30, 50]);
    expect(problems).toEqual([{ severity: 'info', code: 'incidents.amountDiffers', params: { rule: 'F2', nth: 2, written: 30, ladder: 50 }, cell: amountCell }]);
  });
  it('F1: an amount written on the dismissal step is an info and is not a fine', () => {
    const log = rows('张三', '服务态度投诉', 3);
    log[2] = { ...log[2]!, amountFen: fen(40000) };
    const { fines, problems } = assess(log);
    expect(fines[2]?.amountFen).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['incidents.amountOnAction']);
  });
  it('a mapping to a rule the policy does not define is a warning', () => {
    const policy: Policy = { ...ecommercePreset, incidentTypes: [{ words: ['迟交'], rules: ['F9'] }] };
    expect(assess([incident('张三', 1, '迟交')], policy).problems.map((p) => [p.code, p.params.rule])).toEqual([['incidents.ruleUndefined', 'F9']]);
  });
});

describe('B7 (物业客服) personal calls: 5 points; 3rd → warning + 10; 5th → dismissal', () => {
  const pts = (points: number, action: 'warning' | 'dismissal' | null = null) => ({ points, fineFen: fen(0), action });
  const policy: Policy = {
    ...ecommercePreset,
    incidentRules: { B7: { kind: 'ladder', ladder: { steps: [pts(5), pts(5), pts(10, 'warning'), pts(10, 'warning'), pts(0, 'dismissal')], beyond: 'repeat-last' } } },
    incidentTypes: [{ words: ['私人电话'], rules: ['B7'] }],
  };
  it('B7: points follow the ladder; only the action steps reach the fines sheet', () => {
    const { ledger, fines } = assess(rows('张三', '接打私人电话', 5), policy);
    expect(ledger.map((e) => e.points)).toEqual([5, 5, 10, 10, 0]);
    expect(fines.map((f) => [f.nth, f.amountFen, f.action])).toEqual([[3, null, 'warning'], [4, null, 'warning'], [5, null, 'dismissal']]);
  });
});

describe('properties', () => {
  const rank = (ladder: Ladder, nth: number): number => {
    const step = ladderStep(ladder, nth);
    return step.action === 'dismissal' ? 3e9 : step.action === 'withhold-pay' ? 2e9 : step.fineFen;
  };
  it('F1–F8, F1b: a ladder never goes down as the count rises (money, then withhold pay, then dismissal)', () => {
    const ladders = Object.values(ecommercePreset.incidentRules).flatMap((r) => (r.kind === 'ladder' ? [r.ladder] : []));
    fc.assert(fc.property(fc.constantFrom(...ladders), fc.integer({ min: 1, max: 30 }), (ladder, nth) =>
      rank(ladder, nth + 1) >= rank(ladder, nth)));
  });
  it('Q1–Q3: each row adds ≥ 0 points and a person\'s rows sum to the tier value, for any count', () => {
    const tierRules = [['Q1', '千牛未登录'], ['Q2', '未及时响应'], ['Q3', '服务态度']] as const;
    fc.assert(fc.property(fc.constantFrom(...tierRules), fc.integer({ min: 0, max: 12 }), ([rule, type], count) => {
      const { ledger } = assess(rows('张三', type, count));
      const points = ledger.filter((e) => e.rule === rule).map((e) => e.points);
      const expected = { Q1: count >= 3 ? 5 : 0, Q2: count >= 5 ? 10 : count >= 3 ? 5 : 0, Q3: Math.max(count, count >= 5 ? 10 : count >= 3 ? 5 : 0) }[rule];
      return points.every((p) => p >= 0) && points.reduce((a, b) => a + b, 0) === expected;
    }));
  });
});
