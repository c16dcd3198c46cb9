/// <reference types="office-js" />
import type { HostContext, HostRange, HostRangeAreas, HostWorksheet } from '../../../src/io/office/host';

// Compile-time contract: the real Office.js context satisfies the adapter's structural HostContext,
// so the adapter typed against HostContext runs unchanged inside Excel.run.
type RealIsHost = Excel.RequestContext extends HostContext ? true : false;
const realIsHost: RealIsHost = true;
// The pieces the merged-cell read uses (ExcelApi 1.13), checked one by one so a mismatch names itself.
type RealRangeIsHost = Excel.Range extends HostRange ? true : false;
const realRangeIsHost: RealRangeIsHost = true;
type RealAreasIsHost = Excel.RangeAreas extends HostRangeAreas ? true : false;
const realAreasIsHost: RealAreasIsHost = true;
type RealSheetIsHost = Excel.Worksheet extends HostWorksheet ? true : false;
const realSheetIsHost: RealSheetIsHost = true;

describe('Office.js typings', () => {
  it('Excel.RequestContext is assignable to HostContext (checked by the compiler)', () => {
    expect(realIsHost).toBe(true);
  });

  it('Excel.Range, Excel.RangeAreas and Excel.Worksheet match HostRange, HostRangeAreas and HostWorksheet (checked by the compiler)', () => {
    expect([realRangeIsHost, realAreasIsHost, realSheetIsHost]).toEqual([true, true, true]);
  });
});
