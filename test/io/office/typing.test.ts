/// <reference types="office-js" />
import type { HostContext } from '../../../src/io/office/host';

// Compile-time contract: the real Office.js context satisfies the adapter's structural HostContext,
// so the adapter typed against HostContext runs unchanged inside Excel.run.
type RealIsHost = Excel.RequestContext extends HostContext ? true : false;
const realIsHost: RealIsHost = true;

describe('Office.js typings', () => {
  it('Excel.RequestContext is assignable to HostContext (checked by the compiler)', () => {
    expect(realIsHost).toBe(true);
  });
});
