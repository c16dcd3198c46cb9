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

/** A template cut at its {param}s: literal text at even indexes, param names at odd ones. */
export type TemplateParts = readonly string[];

/** Templates already cut, by their text: a close words the same few notes tens of thousands of times. */
const partsByTemplate = new Map<string, TemplateParts>();

export function partsOf(template: string): TemplateParts {
  let parts = partsByTemplate.get(template);
  if (parts === undefined) {
    // split with a capture group keeps the param names at the odd indexes.
    parts = template.split(/\{(\w+)\}/);
    if (partsByTemplate.size >= 5000) partsByTemplate.clear(); // bounded: fill is exported, templates could come from anywhere
    partsByTemplate.set(template, parts);
  }
  return parts;
}

/** Fills a template; a missing param stays visible as {name} rather than vanishing. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return fillParts(partsOf(template), params);
}

/** fill, for a template already cut. */
export function fillParts(parts: TemplateParts, params: Readonly<Record<string, string | number>>): string {
  if (parts.length === 1) return parts[0] as string;
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = params[key];
    // `text = text + a + b`, not `text += a + b`: ~20 % faster here (Node 20), same text.
    text = text + (value === undefined ? `{${key}}` : paramText(value)) + (parts[i + 1] as string);
  }
  return text;
}

/**
 * A param as String() writes it. Most fractional params are yuan (whole cents), and String() of a
 * fraction is slow (it searches the shortest digits): a number that is exactly some cents is
 * written from its integer cents instead. Same text: below 1e13 no shorter decimal names that double.
 * @example paramText(200.37) === '200.37'; paramText(-0.5) === '-0.5'; paramText(0.1 + 0.2) === String(0.1 + 0.2)
 */
function paramText(value: string | number): string {
  if (typeof value === 'string' || Number.isInteger(value)) return String(value);
  const cents = Math.round(value * 100);
  if (cents / 100 !== value || !(Math.abs(cents) < 1e15)) return String(value);
  const absolute = Math.abs(cents);
  const whole = Math.floor(absolute / 100);
  const fraction = absolute - whole * 100; // 1–99: the value is not whole
  const decimals = fraction % 10 === 0 ? `${fraction / 10}` : fraction < 10 ? `0${fraction}` : `${fraction}`;
  return `${cents < 0 ? '-' : ''}${whole}.${decimals}`;
}
