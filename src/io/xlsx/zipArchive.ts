/**
 * The parts of a zip package (an .xlsx is one), read from its central directory, and their
 * contents inflated in chunks with fflate, every inflated byte counted against a cap.
 * @module
 */
import { Inflate } from 'fflate';
import { XlsxFormatError, XlsxLimitError } from './xlsxLimits.js';

/** One part of the package, as its central directory record has it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  /** CRC-32 and size of the uncompressed content. */
  crc: number;
  size: number;
  /** MS-DOS time and date. */
  time: number;
  date: number;
}

/** The bytes of a package and its parts by name. */
export interface ZipArchive {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
}

/** Counts inflated bytes against a cap (one per read, shared by all parts). */
export interface InflateBudget {
  used: number;
  max: number;
}

/** The signatures of a zip's end record, central directory records and local headers. */
export const END_SIGNATURE = 0x06054b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const INPUT_CHUNK = 256 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
}

function findEnd(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === END_SIGNATURE) return at;
  throw new XlsxFormatError('not a zip package');
}

/**
 * The records of a package's central directory, in order, or `'zip64'` for an archive whose counts,
 * sizes or offsets do not fit 32 bits (ZIP64: left to a library that reads it). Shared by the reader
 * and the writer, which copies the parts it does not change as they are.
 * @example
 * centralDirectory(new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)])) // []
 */
export function centralDirectory(bytes: Uint8Array): ZipEntry[] | 'zip64' {
  if (bytes.length < 22) throw new XlsxFormatError('not a zip package');
  const end = findEnd(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'zip64';
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) throw new XlsxFormatError('broken zip directory');
    if ((u16(bytes, at + 8) & 1) !== 0) throw new XlsxFormatError('encrypted zip part');
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      headerOffset: u32(bytes, at + 42),
      crc: u32(bytes, at + 16),
      size: u32(bytes, at + 24),
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.headerOffset === 0xffffffff) return 'zip64';
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * Opens a zip package: reads its central directory (no part is inflated yet).
 * @example
 * openZip(new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)])).entries.size // 0
 */
export function openZip(bytes: Uint8Array): ZipArchive {
  const directory = centralDirectory(bytes);
  if (directory === 'zip64') throw new XlsxFormatError('ZIP64 package');
  const entries = new Map<string, ZipEntry>();
  for (const entry of directory) entries.set(entry.name.replace(/^\//, ''), entry);
  return { bytes, entries };
}

/**
 * The part of a package by name, matched exactly, then ignoring case and a leading slash.
 * @example
 * const zip = { bytes: new Uint8Array(0), entries: new Map([['xl/workbook.xml', { name: 'xl/workbook.xml', method: 8, compressedSize: 0, headerOffset: 0, crc: 0, size: 0, time: 0, date: 0 }]]) };
 * findEntry(zip, '/XL/workbook.xml')?.name // 'xl/workbook.xml'
 */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const key = name.replace(/^\//, '');
  const exact = zip.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [n, entry] of zip.entries) if (n.toLowerCase() === lower) return entry;
  return undefined;
}

/**
 * An entry's stored (compressed) bytes, after its local header.
 * @example
 * const bytes = writeZip([{ name: 'a.txt', kind: 'data', data: new Uint8Array([97]) }]); // one byte: stored, not deflated
 * [...compressedBytes(bytes, openZip(bytes).entries.get('a.txt'))] // [97]
 */
export function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) throw new XlsxFormatError('broken zip part');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw new XlsxFormatError('truncated zip part');
  return bytes.subarray(start, stop);
}

/** How parts are inflated: the platform's own `DecompressionStream` (browsers, Node 18+) or fflate. */
export type Inflater = 'native' | 'fflate';

/**
 * The inflater to use: native when the platform has `DecompressionStream('deflate-raw')` (two to
 * three times faster than JavaScript inflate), else fflate.
 * @example
 * defaultInflater() // 'native'
 */
export function defaultInflater(): Inflater {
  try {
    if (typeof DecompressionStream !== 'function') return 'fflate';
    new DecompressionStream('deflate-raw' as CompressionFormat);
    return 'native';
  } catch {
    return 'fflate';
  }
}

function inflateWithFflate(data: Uint8Array, take: (chunk: Uint8Array) => void): void {
  const inflate = new Inflate((chunk) => take(chunk));
  if (data.length === 0) inflate.push(data, true);
  for (let at = 0; at < data.length; at += INPUT_CHUNK) inflate.push(data.subarray(at, Math.min(at + INPUT_CHUNK, data.length)), at + INPUT_CHUNK >= data.length);
}

async function inflateNatively(data: Uint8Array, take: (chunk: Uint8Array) => void): Promise<void> {
  const stream = new DecompressionStream('deflate-raw' as CompressionFormat);
  const writer = stream.writable.getWriter();
  const writing = (async () => {
    for (let at = 0; at < data.length; at += INPUT_CHUNK) await writer.write(data.subarray(at, Math.min(at + INPUT_CHUNK, data.length)) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  // Errors surface on the reading side; this keeps the writing side from rejecting unheard.
  writing.catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      take(next.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
}

/**
 * Inflates a part chunk by chunk, handing each piece to `onChunk` as soon as it is out; throws an
 * {@link XlsxLimitError} as soon as the budget is spent, before the rest is inflated.
 */
export async function inflateEntry(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void, inflater: Inflater = 'fflate'): Promise<void> {
  const data = compressedBytes(zip.bytes, entry);
  const take = (chunk: Uint8Array): void => {
    budget.used += chunk.length;
    if (budget.used > budget.max) throw new XlsxLimitError('unzipped', budget.max, undefined);
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += INPUT_CHUNK) take(data.subarray(at, Math.min(at + INPUT_CHUNK, data.length)));
    return;
  }
  if (entry.method !== 8) throw new XlsxFormatError(`zip method ${entry.method}`);
  try {
    if (inflater === 'native') await inflateNatively(data, take);
    else inflateWithFflate(data, take);
  } catch (error) {
    if (error instanceof XlsxLimitError || error instanceof XlsxFormatError) throw error;
    throw new XlsxFormatError('broken deflate data');
  }
}

/**
 * A whole part as text (for the small ones: workbook, relationships, styles).
 * @example
 * await entryText(zip, findEntry(zip, 'xl/workbook.xml')!, { used: 0, max: 1e9 }) // '<?xml …'
 */
export async function entryText(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, inflater: Inflater = 'fflate'): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  await inflateEntry(zip, entry, budget, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  }, inflater);
  return text + decoder.decode();
}
