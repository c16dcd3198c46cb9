/** Time for 1,000 =CS.SCORE cells over the largest attendance range; null until the functions exist. */
import type { Grid } from '../sheets';

export function scoreCellsMs(_grids: readonly Grid[], _month: string): number | null {
  return null;
}
