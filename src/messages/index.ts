import { fillParts, partsOf, type Catalog, type Lang, type TemplateParts } from './catalog';
import { cellAddress, type Problem } from '../engine/result';
import { attendanceMessages } from './attendance';
import { incidentsMessages } from './incidents';
import { commissionMessages } from './commission';
import { policyMessages } from './policy';
import { sheetsMessages } from './sheets';
import { cliMessages } from './cli';
import { reportMessages } from './report';
import { taskpaneMessages } from './taskpane';
import { functionsMessages } from './functions';

export type { Lang, Catalog, Template } from './catalog';

export const messages: Catalog = {
  ...attendanceMessages,
  ...incidentsMessages,
  ...commissionMessages,
  ...policyMessages,
  ...sheetsMessages,
  ...cliMessages,
  ...reportMessages,
  ...taskpaneMessages,
  ...functionsMessages,
};

/** Each known code's template, cut, per language: a close words the same few codes tens of thousands of times. */
const partsByCode: Record<Lang, Map<string, TemplateParts>> = { zh: new Map(), en: new Map() };

/** The sentence for a code; an unknown code shows itself so that a missing message is noticed. */
export function message(code: string, params: Readonly<Record<string, string | number>> = {}, lang: Lang = 'zh'): string {
  let parts = partsByCode[lang].get(code);
  if (parts === undefined) {
    const template = messages[code];
    if (!template) return `${code} ${JSON.stringify(params)}`;
    parts = partsOf(template[lang]);
    partsByCode[lang].set(code, parts);
  }
  return fillParts(parts, params);
}

/** "考勤!C14 迟到 …": the address first, so the supervisor knows where to look. */
export function describeProblem(p: Problem, lang: Lang = 'zh'): string {
  const text = message(p.code, p.params, lang);
  return p.cell ? `${cellAddress(p.cell)} ${text}` : text;
}
