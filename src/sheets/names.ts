/**
 * Name resolution: every sheet's name cells → the canonical name on the staff sheet (via name and
 * alias), folded for spaces, full-width, traditional characters and case. A Qianniu sub-account
 * `店铺:小美` matches `小美`. Without a staff sheet the rota's names are the roster; without either,
 * every name is taken, spelt as first seen.
 */
import { nameKey, foldText } from './fold';
import { isTotalsLabel } from './rows';

export class NameBook {
  private readonly byKey = new Map<string, string>();
  /** Cell texts already resolved by their own key: every sheet repeats the same names on every row. */
  private readonly byText = new Map<string, string>();
  /**
   * personOfRow's answers that hold for the rest of the read, per cell text: the name (resolved by
   * the text's own key, as in byText), or false for a totals label.
   */
  private readonly rowNames = new Map<string, string | false>();
  /** The last of those asked for: readers ask about one name for rows on end. */
  private lastRowText: string | null = null;
  private lastRowName: string | false = false;

  /** @param closed whether names outside the book are rejected (a staff sheet or rota exists). */
  constructor(public closed: boolean) {}

  /** The canonical names, in the order added. */
  get names(): string[] {
    return [...new Set(this.byKey.values())];
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Whose name or alias a text already is, if anyone's. */
  owner(text: string): string | null {
    return this.byKey.get(nameKey(text)) ?? null;
  }

  /** Adds a person; false when the name already belongs to someone (an alias taken stays the first owner's). */
  add(canonical: string, aliases: readonly string[] = []): boolean {
    const key = nameKey(canonical);
    if (key === '' || this.byKey.has(key)) return false;
    this.byKey.set(key, canonical);
    for (const alias of aliases) {
      const aliasKey = nameKey(alias);
      if (aliasKey !== '' && !this.byKey.has(aliasKey)) this.byKey.set(aliasKey, canonical);
    }
    return true;
  }

  /**
   * The canonical name for a cell's text, or null when the book is closed and does not know it.
   * @example book.resolve('旗舰店：小美') === '王小美' when 王小美 has alias 小美
   */
  resolve(text: string): string | null {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const direct = this.byKey.get(nameKey(text));
    if (direct !== undefined) {
      // A key once in the book never changes owner, so this answer holds for the rest of the read.
      this.byText.set(text, direct);
      return direct;
    }
    const found = this.byKey.get(nameKey(subAccount(text)));
    if (found !== undefined) return found;
    if (this.closed) return null;
    const canonical = foldText(subAccount(text));
    if (canonical === '') return null;
    const key = nameKey(canonical);
    // Only if folding twice changed the key could this replace an owner: then the texts resolved so far are re-resolved.
    if (this.byKey.has(key)) this.forgetResolved();
    this.byKey.set(key, canonical);
    return canonical;
  }

  /**
   * The person a data row's name cell names (see resolve), or undefined for a totals label (合计),
   * which names no one and is no unknown name either. One lookup per row answers both: a totals
   * check and a resolution per row were ~5 % of reading a 2,000-row incident log.
   */
  personOfRow(text: string): string | null | undefined {
    let known = text === this.lastRowText ? this.lastRowName : this.rowNames.get(text);
    if (known === undefined) {
      if (isTotalsLabel(text)) known = false;
      else {
        const name = this.resolve(text);
        // Only an answer resolve keeps (by the text's own key) holds for the rest of the read.
        if (name === null || this.byText.get(text) !== name) return name;
        known = name;
      }
      this.rowNames.set(text, known);
    }
    this.lastRowText = text;
    this.lastRowName = known;
    return known === false ? undefined : known;
  }

  private forgetResolved(): void {
    this.byText.clear();
    this.rowNames.clear();
    this.lastRowText = null;
  }
}

/** The part after the shop name in a Qianniu sub-account (`店铺:小美` → `小美`). */
export function subAccount(text: string): string {
  const parts = foldText(text).split(/[:：]/u);
  return (parts[parts.length - 1] ?? '').trim();
}
