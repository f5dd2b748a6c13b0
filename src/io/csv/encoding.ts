/**
 * Decoding and encoding CSV text in the encodings spreadsheets use (GB18030 through iconv-lite).
 * @module
 */
import iconv from 'iconv-lite';
import type { CsvEncoding } from './detectEncoding.js';

export { detectEncoding, type CsvEncoding, type DetectedEncoding } from './detectEncoding.js';

/** A streaming decoder: bytes in, text out, characters split across chunks handled. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * A streaming decoder for the encoding.
 * @example
 * createDecoder('gb18030').write(new Uint8Array([0xd6, 0xd0])) // '中'
 */
export function createDecoder(encoding: CsvEncoding): ChunkDecoder {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return { write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(encoding);
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

/**
 * Text in an encoding, for writing a CSV the way it was read (GB18030 for old Excel, UTF-8 with
 * a BOM so that Excel recognises it).
 * @example
 * encodeText('中', 'gb18030') // Uint8Array [0xd6, 0xd0]
 */
export function encodeText(text: string, encoding: CsvEncoding, bom = encoding !== 'gb18030'): Uint8Array {
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  if (encoding === 'utf-16le') return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: bom }));
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
