/**
 * The package's zip: parts by name, as text. Parts are inflated one at a time and dropped after
 * use, so only one big worksheet is ever held (its bytes and its text) besides the zip itself.
 */
import JSZip from 'jszip';

export interface PackageReader {
  has(path: string): boolean;
  /** A part's UTF-8 text (BOM dropped), or undefined when the package has no such part. */
  text(path: string): Promise<string | undefined>;
}

// The platform's decoder: JSZip's own UTF-8 decoding is several times slower on big parts.
const utf8 = new TextDecoder('utf-8');

/** Opens an .xlsx (any OPC zip); throws when the bytes are not a zip. */
export async function openPackage(bytes: Uint8Array): Promise<PackageReader> {
  const zip = await JSZip.loadAsync(bytes);
  // Part names are case-insensitive in OPC; writers keep the case the rels use, but not all do.
  const byLowerName = new Map<string, JSZip.JSZipObject>();
  zip.forEach((path, file) => { if (!file.dir) byLowerName.set(path.toLowerCase(), file); });
  const find = (path: string): JSZip.JSZipObject | undefined => zip.file(path) ?? byLowerName.get(path.toLowerCase());
  return {
    has: (path) => find(path) !== undefined,
    text: async (path) => {
      const file = find(path);
      return file === undefined ? undefined : utf8.decode(await file.async('uint8array'));
    },
  };
}
