import { closeMonth } from '../../../src/engine/close';
import { assessIncidents } from '../../../src/engine/incidents';
import type { Incident } from '../../../src/engine/model';
import { fen } from '../../../src/engine/money';
import { ecommercePreset } from '../../../src/engine/policy';
import type { Policy } from '../../../src/engine/policy/types';
import { fill } from '../../../src/messages/catalog';
import { incidentsMessages } from '../../../src/messages/incidents';
import { incident, rows } from './helpers';
import { SalesOrders } from '../../../src/engine/orders';

/** A log that makes every incident interpreter, note and problem appear at least once. */
function everyCode(): { codes: Set<string>; params: Map<string, Readonly<Record<string, string | number>>> } {
  const policy: Policy = { ...ecommercePreset, incidentTypes: [...ecommercePreset.incidentTypes, { words: ['迟交'], rules: ['F9'] }],
    incidentRules: { ...ecommercePreset.incidentRules,
      B7: { kind: 'ladder', ladder: { steps: [{ points: 5, fineFen: fen(0), action: null }, { points: 5, fineFen: fen(0), action: 'warning' }, { points: 5, fineFen: fen(0), action: 'demerit' }], beyond: 'repeat-last' } } } };
  const withB7: Policy = { ...policy, incidentTypes: [...policy.incidentTypes, { words: ['私人电话'], rules: ['B7'] }] };
  const log: Incident[] = [
    ...rows('张三', '服务态度投诉', 3), ...rows('张三', '交接未录入', 5), ...rows('张三', '私人电话', 3),
    incident('张三', 1, '千牛未登录', { reason: '停电' }), incident('张三', 2, '未完成当日工作', { points: 3 }),
    incident('张三', 3, '擅离岗位'), incident('张三', 4, '无关'), incident('张三', 5, ''), incident('张三', 6, '迟交'),
    incident('张三', 7, '看视频', { amountFen: fen(1) }), incident('张三', 30, '服务态度投诉', { amountFen: fen(1) }),
  ];
  const result = assessIncidents({ month: '2026-10', names: ['张三'], incidents: log, policy: withB7 });
  const all = [...result.problems, ...result.ledger.map((e) => e.note),
    ...closeMonth({ month: '2026-10', people: [], rota: [], attendance: [], salesFigures: [], salesOrders: new SalesOrders(), incidents: [], history: [] }, policy).problems];
  return { codes: new Set(all.map((x) => x.code)), params: new Map(all.map((x) => [x.code, x.params])) };
}

describe('incident messages', () => {
  const { codes, params } = everyCode();
  it('the sample log reaches every code of the catalogue', () => {
    expect([...codes].filter((c) => c.startsWith('incidents.') || c.startsWith('close.')).sort()).toEqual(Object.keys(incidentsMessages).sort());
  });
  it.each([...codes].filter((c) => c.startsWith('incidents.') || c.startsWith('close.')))('%s has zh and en, every {param} filled', (code) => {
    const template = incidentsMessages[code];
    expect(template).toBeDefined();
    for (const text of [template!.zh, template!.en]) expect(fill(text, params.get(code) ?? {})).not.toMatch(/\{\w+\}/);
  });
});
