/**
 * =CS.SCORE over the largest attendance range. `scoreCellsMs`: 1,000 cells handed the same range
 * arrays (one close, then cache hits by array identity). `freshCallMs`: one call whose ranges are
 * fresh arrays with the same content (the cache must fingerprint the content again): the cost per
 * cell when the host marshals a range anew for every cell.
 */
import { score } from '../functions/functions';
import { clearCloseCache } from '../functions/team';
import type { Grid } from '../sheets';

const cells = 1000;
const freshCalls = 10;

function rangesOf(grids: readonly Grid[]): { names: string[]; ranges: unknown[][][] } {
  const range = (name: string): unknown[][] => (grids.find((g) => g.name === name)?.rows ?? []) as unknown[][];
  const staff = range('员工');
  return { names: staff.slice(1).map((row) => String(row[0])), ranges: [range('考勤'), range('事件'), range('排班'), staff] };
}

const elapsedMs = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

export function scoreCells(grids: readonly Grid[], month: string): { scoreCellsMs: number; freshCallMs: number } {
  const { names, ranges } = rangesOf(grids);
  const [attendance, incidents, rota, staff] = ranges as [unknown[][], unknown[][], unknown[][], unknown[][]];
  clearCloseCache();
  let started = process.hrtime.bigint();
  for (let i = 0; i < cells; i += 1) score(names[i % names.length] as string, attendance, incidents, rota, staff, month);
  const scoreCellsMs = elapsedMs(started);
  started = process.hrtime.bigint();
  for (let i = 0; i < freshCalls; i += 1) {
    score(names[i % names.length] as string, [...attendance], [...incidents], [...rota], [...staff], month);
  }
  return { scoreCellsMs: Math.round(scoreCellsMs * 10) / 10, freshCallMs: Math.round((elapsedMs(started) / freshCalls) * 10) / 10 };
}
