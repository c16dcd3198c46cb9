import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { assessAttendance } from '../../../src/engine/attendance';
import { ecommercePreset } from '../../../src/engine/policy';
import { attendanceMessages } from '../../../src/messages/attendance';
import { fill } from '../../../src/messages/catalog';
import { leaveRow, month, propertyLike, punch, rotaDay, rotaDays } from './fixtures';

const sourceDir = join(__dirname, '../../../src/engine/attendance');
const literalCodes = readdirSync(sourceDir)
  .flatMap((file) => readFileSync(join(sourceDir, file), 'utf8').match(/'attendance\.[\w.]+'/g) ?? [])
  .map((quoted) => quoted.slice(1, -1));

/** Filled in both languages, with no {param} left unfilled. */
function expectWorded(code: string, params: Readonly<Record<string, string | number>>): void {
  const template = attendanceMessages[code];
  expect(template).toBeDefined();
  for (const text of [template?.zh ?? '', template?.en ?? '']) expect(fill(text, params)).not.toMatch(/\{\w+\}/);
}

describe('attendance messages', () => {
  it('every attendance code written in the engine has a zh and en template', () => {
    expect(literalCodes.length).toBeGreaterThan(10);
    for (const code of new Set(literalCodes)) {
      expect([code, attendanceMessages[code]?.zh && attendanceMessages[code]?.en ? 'ok' : 'missing']).toEqual([code, 'ok']);
    }
  });

  it('A1–A7, R1, B4: every problem and note of a busy month is fully worded', () => {
    const flagged = { ...ecommercePreset, attendance: { ...ecommercePreset.attendance, missingPunchUsesLeave: false } };
    const rota = [...rotaDays('甲', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '早'), ...rotaDays('甲', [11, 12, 13, 14], '休'),
      rotaDay('甲', 15, '中班'), rotaDay('甲', 16, '早'), rotaDay('甲', 16, '晚')];
    const attendance = [punch('甲', 1, '08:10', '17:00'), punch('甲', 2, '09:00', null), punch('甲', 3, null, '17:30'),
      leaveRow('甲', 4, '事假', false), leaveRow('甲', 5, '事假'), leaveRow('甲', 6, '事假'), leaveRow('甲', 7, '事假'),
      leaveRow('甲', 8, '事假'), punch('甲', 9, '10:00', '09:00', { shiftCode: '晚班' }), punch('甲', 9, '10:00', '09:00'),
      punch('甲', 20, '08:00', '17:00'), punch('甲', 21, '08:00', '17:00', { shiftCode: '夜班' })];
    for (const policy of [ecommercePreset, propertyLike, flagged]) {
      const { ledger, problems } = assessAttendance({ month, names: ['甲'], rota, attendance, policy });
      expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(6);
      for (const p of problems) expectWorded(p.code, p.params);
      for (const e of ledger) expectWorded(e.note.code, e.note.params);
    }
  });

  it('notes and problems of random months are always worded', () => {
    const code = fc.constantFrom('早', '晚', '休', '中班');
    const clock = fc.option(fc.integer({ min: 0, max: 1700 }), { nil: null });
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 31 }), code, clock, clock), { maxLength: 40 }), (days) => {
      const rota = days.map(([day, c]) => rotaDay('甲', day, c));
      const attendance = days.map(([day, , inMinute, outMinute]) => ({ ...punch('甲', day, null, null), inMinute, outMinute }));
      const { ledger, problems } = assessAttendance({ month, names: ['甲'], rota, attendance, policy: propertyLike });
      for (const p of problems) expectWorded(p.code, p.params);
      for (const e of ledger) expectWorded(e.note.code, e.note.params);
    }), { numRuns: 60 });
  });
});
