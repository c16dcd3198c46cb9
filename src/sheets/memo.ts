/**
 * A function of a text, remembered per text in a bounded cache (cleared when full, so a huge sheet
 * cannot grow it without end): sheets repeat the same names, codes and words thousands of times.
 * The function must not return undefined (that reads as "not remembered").
 * @example const isLong = rememberedPerText((t) => t.length > 3); isLong('张三') === false
 */
export function rememberedPerText<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
