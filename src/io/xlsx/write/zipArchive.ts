/**
 * A zip archive as entries that keep their compressed bytes, so that a part nobody changes is
 * written out again exactly as it came in, without inflating and deflating it. Only what xlsx
 * files use: stored and deflated entries, no encryption; ZIP64 archives are read through fflate.
 * @module
 */
import { deflateSync, inflateSync, unzipSync } from 'fflate';
import { CENTRAL_SIGNATURE, centralDirectory, compressedBytes, END_SIGNATURE, LOCAL_SIGNATURE } from '../zipArchive.js';
import { crc32 } from './crc32.js';

/**
 * Deflate and inflate (raw, no zlib header). fflate by default, which runs anywhere; Node's zlib
 * does the same several times faster, and the Node layer passes it in.
 */
export interface ZipCodec {
  deflate(data: Uint8Array): Uint8Array;
  inflate(compressed: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The codec of fflate: level 1, which compresses sheet XML nearly as well as 6 in a fraction of the time. */
export const FFLATE_CODEC: ZipCodec = {
  deflate: (data) => deflateSync(data, { level: 1 }),
  inflate: (compressed, size) => inflateSync(compressed, { out: new Uint8Array(size) }),
  crc32,
};

/** An entry of an archive: its compressed bytes as they were, or new content. */
export type ZipEntry =
  | { name: string; kind: 'raw'; method: number; crc: number; size: number; compressed: Uint8Array; time: number; date: number }
  | { name: string; kind: 'data'; data: Uint8Array };

/** MS-DOS date of 1980-01-01, for new entries (the output depends on nothing but its input). */
const DOS_DATE = (1 << 5) | 1;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The entries of an archive, in its central directory's order (read by the reader's
 * `centralDirectory`; a ZIP64 archive through fflate).
 * @example
 * readZip(writeZip([{ name: 'a.txt', kind: 'data', data: new Uint8Array([97]) }])).map((e) => e.name) // ['a.txt']
 */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const directory = centralDirectory(bytes);
  if (directory === 'zip64') return unzipped(bytes);
  return directory.map((entry): ZipEntry => {
    const { name, method, crc, size, time, date } = entry;
    if (method !== 0 && method !== 8) throw new Error(`unsupported zip compression method ${method}`);
    return { name, kind: 'raw', method, crc, size, compressed: compressedBytes(bytes, entry), time, date };
  });
}

function unzipped(bytes: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, kind: 'data', data }));
}

/**
 * The uncompressed content of an entry.
 * @example
 * [...entryData(readZip(writeZip([{ name: 'a.txt', kind: 'data', data: new Uint8Array([97, 98]) }]))[0])] // [97, 98]
 */
export function entryData(entry: ZipEntry, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  if (entry.kind === 'data') return entry.data;
  if (entry.method === 0) return entry.compressed;
  return codec.inflate(entry.compressed, entry.size);
}

interface Prepared {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
  time: number;
  date: number;
}

function prepare(entry: ZipEntry, codec: ZipCodec): Prepared {
  const name = new TextEncoder().encode(entry.name);
  if (entry.kind === 'raw') return { name, method: entry.method, crc: entry.crc, size: entry.size, compressed: entry.compressed, time: entry.time, date: entry.date };
  const compressed = codec.deflate(entry.data);
  const stored = compressed.length >= entry.data.length;
  return { name, method: stored ? 0 : 8, crc: codec.crc32(entry.data), size: entry.data.length, compressed: stored ? entry.data : compressed, time: 0, date: DOS_DATE };
}

/**
 * The fields a local header and a central directory record share, in the same order from `at`:
 * version needed (2.0), flags (UTF-8 names), method, time, date, CRC-32, sizes, name length. What
 * follows (extra and comment lengths …) stays zero, as the buffer was allocated.
 */
function setEntryFields(dv: DataView, at: number, e: Prepared): void {
  dv.setUint16(at, 20, true);
  dv.setUint16(at + 2, 0x0800, true);
  dv.setUint16(at + 4, e.method, true);
  dv.setUint16(at + 6, e.time, true);
  dv.setUint16(at + 8, e.date, true);
  dv.setUint32(at + 10, e.crc, true);
  dv.setUint32(at + 14, e.compressed.length, true);
  dv.setUint32(at + 18, e.size, true);
  dv.setUint16(at + 22, e.name.length, true);
}

/**
 * An archive of the entries, in order: raw entries copied as they are, new ones deflated.
 * @example
 * writeZip([{ name: 'a.txt', kind: 'data', data: new Uint8Array([97]) }]).length // 109
 */
export function writeZip(entries: readonly ZipEntry[], codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const prepared = entries.map((e) => prepare(e, codec));
  let total = 22;
  for (const e of prepared) total += 30 + 46 + 2 * e.name.length + e.compressed.length;
  if (total > 0xffffffff || prepared.length > 0xffff) throw new Error('the workbook is too large for a zip archive without ZIP64');
  const out = new Uint8Array(total);
  const dv = view(out);
  const offsets: number[] = [];
  let p = 0;
  for (const e of prepared) {
    offsets.push(p);
    dv.setUint32(p, LOCAL_SIGNATURE, true);
    setEntryFields(dv, p + 4, e);
    out.set(e.name, p + 30);
    out.set(e.compressed, p + 30 + e.name.length);
    p += 30 + e.name.length + e.compressed.length;
  }
  const central = p;
  prepared.forEach((e, i) => {
    dv.setUint32(p, CENTRAL_SIGNATURE, true);
    dv.setUint16(p + 4, 20, true);
    setEntryFields(dv, p + 6, e);
    dv.setUint32(p + 42, offsets[i]!, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  dv.setUint32(p, END_SIGNATURE, true);
  dv.setUint16(p + 8, prepared.length, true);
  dv.setUint16(p + 10, prepared.length, true);
  dv.setUint32(p + 12, p - central, true);
  dv.setUint32(p + 16, central, true);
  return out;
}
