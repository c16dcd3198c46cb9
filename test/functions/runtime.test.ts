/**
 * Inside Excel the CustomFunctions global exists: errors must be CustomFunctions.Error with
 * ErrorCode.invalidValue (#VALUE!), and every function must be associated with its id.
 */
class FakeCustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

describe('in the custom functions runtime', () => {
  const associated = new Map<string, unknown>();
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = {
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      associate: (id: string, fn: unknown) => associated.set(id, fn),
    };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  it('registers all ten functions with CustomFunctions.associate, and A1 still gives 0.5', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const functions = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
      expect([...associated.keys()].sort()).toEqual(Object.keys(functions.customFunctions).sort());
      expect(associated.get('LATE')).toBe(functions.late);
      expect(functions.late('8:30', '8:00')).toBe(0.5);
    });
  });

  it('a bad argument throws CustomFunctions.Error with #VALUE! and the Chinese / English message', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const functions = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
      let caught: unknown;
      try {
        functions.awardOf(-2);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FakeCustomFunctionsError);
      expect((caught as FakeCustomFunctionsError).code).toBe('#VALUE!');
      expect((caught as FakeCustomFunctionsError).message).toBe(
        '参数 consecutiveFirsts 应是 0 或正整数，现在是 -2。 / Argument consecutiveFirsts must be a whole number of 0 or more, not -2.');
    });
  });
});
