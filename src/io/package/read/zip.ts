/**
 * The package's zip: parts by name, as text. JSZip opens the zip; parts are inflated one at a time
 * and dropped after use, so only one big worksheet is held at once (its bytes, then its text).
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';

export interface PackageReader {
  has(path: string): boolean;
  /** A part's UTF-8 text (BOM dropped), or undefined when the package has no such part. */
  text(path: string): Promise<string | undefined>;
}

// The platform's decoder: JSZip's own UTF-8 decoding is several times slower on big parts.
const utf8 = new TextDecoder('utf-8');

/** What JSZip keeps of an entry it read (not in its typings; src/io/package/splice.ts reads it too). */
interface LoadedEntry { compression?: { magic?: string }; compressedContent?: unknown; uncompressedSize?: number }

const deflateMagic = '\x08\x00';
/** Past this a stated size is not trusted for one allocation up front. */
const maxChunk = 2 ** 30;

/**
 * A part's bytes. A deflated entry is inflated by Node's zlib straight from the compressed bytes
 * JSZip holds: 3x faster than JSZip's JavaScript inflate, which was 40% of reading a 1,000-person
 * workbook. Anything else (stored entries, a JSZip that keeps entries otherwise) goes through JSZip.
 */
async function bytesOf(file: JSZip.JSZipObject): Promise<Uint8Array> {
  const data = (file as unknown as { _data?: LoadedEntry })._data;
  if (data?.compression?.magic === deflateMagic && data.compressedContent instanceof Uint8Array) {
    // One output chunk of the size the zip states: no list of chunks copied together at the end.
    const size = data.uncompressedSize ?? 0;
    const bytes = inflateRawSync(data.compressedContent, size > 0 && size < maxChunk ? { chunkSize: size + 1 } : {});
    if (data.uncompressedSize === undefined || bytes.length === data.uncompressedSize) return bytes;
  }
  return file.async('uint8array');
}

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
      return file === undefined ? undefined : utf8.decode(await bytesOf(file));
    },
  };
}
