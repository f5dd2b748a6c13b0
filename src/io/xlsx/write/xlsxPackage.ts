/**
 * An xlsx package being written: its parts by path, in archive order. Parts nobody touches stay
 * compressed as they came; a part is inflated when read and stored as new content when set.
 * @module
 */
import { entryData, FFLATE_CODEC, readZip, writeZip, type ZipCodec, type ZipEntry } from './zipArchive.js';

/** The parts of a package (a working copy: the writer changes it, the input bytes stay as they are). */
export interface XlsxPackage {
  parts: Map<string, ZipEntry>;
  codec: ZipCodec;
}

/**
 * A package without parts.
 * @example
 * newPackage().parts.size // 0
 */
export function newPackage(codec: ZipCodec = FFLATE_CODEC): XlsxPackage {
  return { parts: new Map(), codec };
}

/**
 * The package of an .xlsx file's bytes.
 * @example
 * const pkg = newPackage();
 * setPart(pkg, 'xl/workbook.xml', '<workbook/>');
 * openPackage(packageBytes(pkg)).parts.has('xl/workbook.xml') // true
 */
export function openPackage(bytes: Uint8Array, codec: ZipCodec = FFLATE_CODEC): XlsxPackage {
  const parts = new Map<string, ZipEntry>();
  for (const entry of readZip(bytes)) if (!entry.name.endsWith('/')) parts.set(entry.name, entry);
  return { parts, codec };
}

/**
 * A part's text (UTF-8), or `undefined` when the package has no such part.
 * @example
 * const pkg = newPackage();
 * setPart(pkg, 'a.xml', '<a>党</a>');
 * partText(pkg, 'a.xml') // '<a>党</a>'
 */
export function partText(pkg: XlsxPackage, path: string): string | undefined {
  const entry = pkg.parts.get(path);
  return entry ? new TextDecoder().decode(entryData(entry, pkg.codec)) : undefined;
}

/**
 * Sets a part's content (text as UTF-8); a new part goes last.
 * @example
 * const pkg = newPackage();
 * setPart(pkg, 'xl/comments1.xml', '<comments/>');
 * pkg.parts.size // 1
 */
export function setPart(pkg: XlsxPackage, path: string, content: string | Uint8Array): void {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  pkg.parts.set(path, { name: path, kind: 'data', data });
}

/**
 * The package as .xlsx bytes; `[Content_Types].xml` first, as Office writes it.
 * @example
 * const pkg = newPackage();
 * setPart(pkg, 'a.xml', '<a/>');
 * setPart(pkg, '[Content_Types].xml', '<Types/>');
 * [...openPackage(packageBytes(pkg)).parts.keys()] // ['[Content_Types].xml', 'a.xml']
 */
export function packageBytes(pkg: XlsxPackage): Uint8Array {
  const entries = [...pkg.parts.values()];
  const types = entries.findIndex((e) => e.name === '[Content_Types].xml');
  if (types > 0) entries.unshift(...entries.splice(types, 1));
  return writeZip(entries, pkg.codec);
}
