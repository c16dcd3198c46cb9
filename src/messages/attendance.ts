import type { Catalog } from './catalog';

/** Messages for problem and note codes that start with 'attendance.'. */
export const attendanceMessages: Catalog = {};
