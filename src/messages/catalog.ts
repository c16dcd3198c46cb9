/**
 * Message templates, Chinese first with English beside. A template names its params in braces:
 * '迟到 {minutes} 分钟'. Each area keeps its own catalogue file; index.ts merges them.
 */
export interface Template {
  readonly zh: string;
  readonly en: string;
}

export type Catalog = Readonly<Record<string, Template>>;

export type Lang = 'zh' | 'en';

/** Fills a template; a missing param stays visible as {name} rather than vanishing. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}
