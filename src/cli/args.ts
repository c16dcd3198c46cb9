/**
 * cs-close's arguments: `INPUT.xlsx [--month YYYY-MM] [--out OUTPUT.xlsx] [--json]
 * [--preset 电商客服|物业客服] [--lang zh|en] [--help]`. Parsing only; a mistake is a usage error
 * (exit 2) naming the message code, never a throw.
 */
import { basename, dirname, extname, join } from 'path';
import { presetIds } from '../engine/policy/presets';
import type { PresetId } from '../engine/policy/types';
import { parseMonthKey, type MonthKey } from '../engine/time';
import type { Lang } from '../messages';

export interface CliOptions {
  readonly input: string;
  readonly month?: MonthKey;
  readonly out?: string;
  readonly json: boolean;
  readonly preset?: PresetId;
  readonly lang: Lang;
}

export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'usage-error'; readonly code: string; readonly params: Readonly<Record<string, string>> };

const valueFlags = ['--month', '--out', '--preset', '--lang'] as const;
type ValueFlag = (typeof valueFlags)[number];

const usageError = (code: string, params: Record<string, string> = {}): ParsedArgs => ({ kind: 'usage-error', code, params });

/** '2026-1' → '2026-01'; null when not a month. */
function normalMonth(text: string): MonthKey | null {
  const parsed = parseMonthKey(text);
  return parsed ? `${parsed.year}-${String(parsed.month).padStart(2, '0')}` : null;
}

function checkValue(flag: ValueFlag, value: string): ParsedArgs | null {
  if (flag === '--month' && normalMonth(value) === null) return usageError('cli.badMonth', { month: value });
  if (flag === '--preset' && !(presetIds() as string[]).includes(value)) {
    return usageError('cli.badPreset', { preset: value, presets: presetIds().join('、') });
  }
  if (flag === '--lang' && value !== 'zh' && value !== 'en') return usageError('cli.badLang', { lang: value });
  return null;
}

/**
 * Parses argv (without node and the script).
 * @example parseArgs(['团队.xlsx', '--month', '2026-10', '--json']) → { kind: 'run', options: { input: '团队.xlsx', month: '2026-10', json: true, lang: 'zh' } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  const values: Partial<Record<ValueFlag, string>> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--json') { json = true; continue; }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((valueFlags as readonly string[]).includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return usageError('cli.missingValue', { flag });
      const bad = checkValue(flag as ValueFlag, value);
      if (bad) return bad;
      values[flag as ValueFlag] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError('cli.unknownFlag', { flag: arg });
    } else inputs.push(arg);
  }
  if (inputs.length === 0) return usageError('cli.noInput');
  if (inputs.length > 1) return usageError('cli.tooManyInputs', { extra: inputs.slice(1).join(' ') });
  const month = values['--month'] === undefined ? undefined : normalMonth(values['--month']) ?? undefined;
  const options: CliOptions = {
    input: inputs[0]!, json, lang: (values['--lang'] ?? 'zh') as Lang,
    ...(month === undefined ? {} : { month }),
    ...(values['--out'] === undefined ? {} : { out: values['--out'] }),
    ...(values['--preset'] === undefined ? {} : { preset: values['--preset'] as PresetId }),
  };
  return { kind: 'run', options };
}

/**
 * The default output beside the input: `<name>-月结-<month>.xlsx`, with any month or 月结 already in
 * the input's name taken out so that names do not pile up.
 * @example defaultOutPath('/d/客服部-2026-10.xlsx', '2026-10') === '/d/客服部-月结-2026-10.xlsx'
 */
export function defaultOutPath(input: string, month: MonthKey): string {
  const stem = basename(input, extname(input))
    .replace(/\d{4}\s*(?:-|_|\.|\/|年)\s*\d{1,2}\s*月?/g, '')
    .replace(/月结/g, '')
    .replace(/[-_\s.]+$/g, '')
    .replace(/^[-_\s.]+/g, '')
    .replace(/[-_\s]{2,}/g, '-');
  return join(dirname(input), stem === '' ? `月结-${month}.xlsx` : `${stem}-月结-${month}.xlsx`);
}
