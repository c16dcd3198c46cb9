/**
 * The month's leave allowance (A5) and missing punches (A6): each approved leave and each missing
 * punch uses one of `leaveAllowance`, in date order; each use beyond it costs one absence.
 */
import type { AttendanceParams } from '../policy/types';
import { hit, type Hit, type LeaveUse } from './hits';

/**
 * Hits for one person's leave uses: an A6 row (0 points) for every missing punch, and an A5 row
 * worth `absencePoints` for every use beyond the allowance. With the preset's allowance of 4, the
 * 4th leave costs nothing and the 5th costs 2. When `missingPunchUsesLeave` is off, a missing punch
 * is still flagged under A6 but uses nothing.
 * @example countLeaveUses([事假 d1, 病假 d2, 调休 d3, 事假 d4, 事假 d5], ecommercePreset.attendance)
 *   // [A5 on d5, 2 points, note { leave: '事假', nth: 5, allowance: 4 }]
 */
export function countLeaveUses(uses: readonly LeaveUse[], attendance: AttendanceParams): Hit[] {
  const hits: Hit[] = [];
  let used = 0;
  const inOrder = inDayOrder(uses);
  // Plain hit arguments, no spread of a shared day object: this runs for every person of the team.
  // An index loop: for-of made an iterator result per use.
  for (let u = 0; u < inOrder.length; u += 1) {
    const use = inOrder[u] as LeaveUse;
    const { name, daySerial, source } = use;
    const missingCode = use.kind === 'missingIn' ? 'attendance.note.missingClockIn' : 'attendance.note.missingClockOut';
    if (use.kind !== 'leave' && !attendance.missingPunchUsesLeave) {
      hits.push(hit({ name, daySerial, source, rule: attendance.missingPunchRule, points: 0, code: flaggedCodes[missingCode],
        params: { shift: use.shift } }));
      continue;
    }
    used += 1;
    const params = { nth: used, allowance: attendance.leaveAllowance, shift: use.shift };
    if (use.kind !== 'leave') {
      hits.push(hit({ name, daySerial, source, rule: attendance.missingPunchRule, points: 0, code: missingCode, params }));
    }
    if (used > attendance.leaveAllowance) {
      const code = use.kind === 'leave' ? 'attendance.note.leaveBeyond' : 'attendance.note.missingPunchBeyond';
      hits.push(hit({ name, daySerial, source, rule: attendance.leaveBeyondRule, points: attendance.absencePoints, code,
        params: { nth: used, allowance: attendance.leaveAllowance, shift: use.shift, leave: use.leave ?? '' }, absence: true }));
    }
  }
  return hits;
}

/**
 * The uses by date, as a stable sort gives them. The day loop finds them day after day, so they are
 * checked, not copied and sorted (a copy and a sort per person of the team).
 */
function inDayOrder(uses: readonly LeaveUse[]): readonly LeaveUse[] {
  for (let u = 1; u < uses.length; u += 1) {
    if (!((uses[u - 1] as LeaveUse).daySerial <= (uses[u] as LeaveUse).daySerial)) return [...uses].sort((a, b) => a.daySerial - b.daySerial);
  }
  return uses;
}

/** A missing punch flagged without using the allowance, by the code it would have had. */
const flaggedCodes = {
  'attendance.note.missingClockIn': 'attendance.note.missingClockIn.flagged',
  'attendance.note.missingClockOut': 'attendance.note.missingClockOut.flagged',
} as const;
