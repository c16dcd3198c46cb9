/**
 * How a custom function says "bad argument": CustomFunctions.Error, which Excel shows as #VALUE!
 * with the message on hover. Outside Excel (jest, the command line) there is no CustomFunctions
 * global, so a look-alike error carries the same code and message.
 */
import { message, describeProblem } from '../messages';
import type { Problem } from '../engine/result';

export type FunctionErrorCode = 'invalidValue' | 'notAvailable';

/** Excel's error values for the codes we use. */
export const errorValues: Readonly<Record<FunctionErrorCode, string>> = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

/** The error thrown where the runtime has no CustomFunctions (tests): same code, same message. */
export class FunctionError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

interface CustomFunctionsRuntime {
  readonly Error: new (code: string, message?: string) => Error;
  readonly ErrorCode: Readonly<Record<FunctionErrorCode, string>>;
}

function runtime(): CustomFunctionsRuntime | null {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return cf?.Error && cf.ErrorCode ? (cf as CustomFunctionsRuntime) : null;
}

/** "中文 / English": the cell's hover text serves either reader. */
export function bilingual(code: string, params: Readonly<Record<string, string | number>> = {}): string {
  return `${message(code, params, 'zh')} / ${message(code, params, 'en')}`;
}

/**
 * The error to throw for a message code.
 * @example throw functionError('functions.nameBlank') // #VALUE! 「姓名不能为空 / The name is blank …」
 */
export function functionError(code: string, params: Readonly<Record<string, string | number>> = {},
  kind: FunctionErrorCode = 'invalidValue'): Error {
  const text = bilingual(code, params);
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode[kind], text) : new FunctionError(errorValues[kind], text);
}

/** A reader or engine problem (with its cell) as the function's error. */
export function problemError(p: Problem): Error {
  const text = `${describeProblem(p, 'zh')} / ${describeProblem(p, 'en')}`;
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode.invalidValue, text) : new FunctionError(errorValues.invalidValue, text);
}
