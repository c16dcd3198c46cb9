import { assessIncidents } from '../../../src/engine/incidents';
import type { Incident } from '../../../src/engine/model';
import { ecommercePreset } from '../../../src/engine/policy';
import { propertyPreset } from '../../../src/engine/policy/property';
import type { Policy } from '../../../src/engine/policy/types';
import { incident } from './helpers';

/**
 * Every kind of rule, two people, repeated types; Q4 rows with and without their own 扣分, and 张三's
 * B8 rows on days 3 and 4 (the steps with a range of points) with their own 扣分.
 */
function mixedLog(): Incident[] {
  const log: Incident[] = [];
  for (let day = 1; day <= 12; day += 1) {
    for (const name of ['张三', '李四']) {
      log.push(incident(name, day, '交接未录入'), incident(name, day, '服务态度投诉'), incident(name, day, '千牛未登录'));
      log.push(incident(name, day, '未完成当日工作', { points: day % 3 === 0 ? 0.8 : null }));
      log.push(incident(name, day, '擅离岗位'));
      log.push(incident(name, day, '上班闲聊', { points: name === '张三' && (day === 3 || day === 4) ? 2 : null }));
    }
  }
  return log;
}

const assess = (incidents: Incident[], policy: Policy) => assessIncidents({ month: '2026-10', names: ['张三', '李四'], incidents, policy });

/** A deep copy of the policy: nothing remembered for the original (its types' notes) is found for it. */
const freshCopy = (policy: Policy): Policy => structuredClone(policy);

describe('shared incident notes (notes.ts)', () => {
  for (const [label, policy] of [['电商', ecommercePreset], ['物业', propertyPreset]] as const) {
    it(`${label}: closing again under a policy that remembers the notes gives the ledger a first close gives`, () => {
      const log = mixedLog();
      const first = assess(log, freshCopy(policy)).ledger;
      const remembering = freshCopy(policy);
      assess(mixedLog(), remembering);
      const again = assess(log, remembering).ledger;
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
      // A note shared with a row it does not fit would name other points than the row's.
      for (const entry of again) if ('points' in entry.note.params) expect(entry.note.params['points']).toBe(entry.points);
    });
  }

  it('rows of one type and nth share one note; B8 rows whose own 扣分 set the points get their own', () => {
    const { ledger } = assess(mixedLog(), freshCopy(propertyPreset));
    const notesOf = (name: string) => ledger.filter((e) => e.name === name && e.rule === 'B8').map((e) => e.note);
    const zhang = notesOf('张三');
    const li = notesOf('李四');
    expect(zhang.length).toBe(12);
    expect(zhang.map((note, i) => note === li[i])).toEqual([true, true, false, false, true, true, true, true, true, true, true, true]);
    expect(zhang[2]?.params['points']).toBe(2);
    expect(li[2]?.params['points']).toBe(1);
  });
});
