/** The browser setImmediate JSZip needs, tried in Node with Node's own taken away for the test. */
describe('setImmediate for browsers', () => {
  const scope = globalThis as { setImmediate?: unknown };
  const own = scope.setImmediate;
  afterEach(() => { scope.setImmediate = own; });

  it('runs each callback once, in order, with its arguments, after the current task', async () => {
    delete scope.setImmediate;
    jest.isolateModules(() => { require('../../../src/io/package/immediate'); });
    const shim = scope.setImmediate as (fn: (...a: unknown[]) => void, ...a: unknown[]) => void;
    expect(shim).not.toBe(own);
    const seen: unknown[] = [];
    await new Promise<void>((done) => {
      shim((x) => seen.push(x), 1);
      shim((x, y) => { seen.push(x, y); done(); }, 2, 3);
      seen.push('sync');
    });
    expect(seen).toEqual(['sync', 1, 2, 3]);
  });

  it('leaves a platform setImmediate alone', () => {
    jest.isolateModules(() => { require('../../../src/io/package/immediate'); });
    expect(scope.setImmediate).toBe(own);
  });
});
