/**
 * The shared-string table of a package: each distinct text once, cells refer to it by index. A
 * table appended to an input's own starts at that table's length (`base`).
 */
import { cellText } from './xml';

const edgeSpace = /^\s|\s$/;

export class SharedStrings {
  private readonly indices = new Map<string, number>();
  private readonly items: string[] = [];
  /** Cells that refer to the table (the sst `count`); `size` is its `uniqueCount` part. */
  references = 0;

  constructor(readonly base = 0) {}

  /** The index of `text` in the whole table, adding it the first time it is seen. */
  index(text: string): number {
    this.references += 1;
    const known = this.indices.get(text);
    if (known !== undefined) return known;
    const index = this.base + this.items.length;
    this.indices.set(text, index);
    this.items.push(`<si><t${edgeSpace.test(text) ? ' xml:space="preserve"' : ''}>${cellText(text)}</t></si>`);
    return index;
  }

  get size(): number {
    return this.items.length;
  }

  /** Our `<si>` elements in index order, to go after the input's. */
  itemsXml(): string {
    return this.items.join('');
  }

  /** A whole sharedStrings.xml holding only our strings (base 0). */
  tableXml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${mainNs}" count="${this.references}" uniqueCount="${this.size}">${this.itemsXml()}</sst>`;
  }
}

export const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
