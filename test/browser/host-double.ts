/**
 * A host double that stands in for office.js in the browser test: window.Office (onReady, the
 * display language, requirement sets), window.Excel.run over the in-memory workbook of
 * test/doubles/excel-host.ts, and a CustomFunctions stub so the functions bundle can register.
 * The workbook's sheets come from window.__csHostInput, which the test server puts before this
 * bundle. window.__csHost exposes the workbook to the test.
 */
import { ExcelHostDouble } from '../doubles/excel-host';
import type { HostValue } from '../../src/io/office/host';

interface HostInput {
  readonly displayLanguage: string;
  readonly sheets: { name: string; rows: HostValue[][]; hiddenRows?: number[] }[];
}

const scope = globalThis as unknown as Record<string, unknown>;
const input = scope['__csHostInput'] as HostInput | undefined;
const host = ExcelHostDouble.withSheets(input?.sheets ?? []);

const info = { host: 'Excel', platform: 'OfficeOnline' };
const registered: Record<string, unknown> = {};

scope['__csHost'] = host;
scope['__csRegisteredFunctions'] = registered;
scope['Office'] = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    displayLanguage: input?.displayLanguage ?? 'zh-CN',
    requirements: { isSetSupported: (): boolean => true },
  },
  onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
    const ready = new Promise<typeof info>((resolve) => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(info));
      else resolve(info);
    });
    return ready.then((i) => { callback?.(i); return i; });
  },
};
scope['Excel'] = { run: host.run };

class CustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}
scope['CustomFunctions'] = {
  associate: (id: string | Record<string, unknown>, fn?: unknown): void => {
    if (typeof id === 'string') registered[id] = fn;
    else Object.assign(registered, id);
  },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', invalidReference: '#REF!', nullReference: '#NULL!' },
};
