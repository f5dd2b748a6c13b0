import iconv from 'iconv-lite';

/** Text encodings of the CSV files people exchange: Excel writes UTF-8 with a BOM or GB18030/GBK. */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le';

/** What {@link detectEncoding} decided. */
export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark at the start (skipped when decoding). */
  bomLength: number;
}

/**
 * Decides a CSV file's encoding from its first bytes: a BOM says UTF-8 (or UTF-16 for Excel's
 * "Unicode text"); bytes that are valid UTF-8 are UTF-8; anything else is GB18030 (a superset of
 * GBK and GB2312). `complete` is false when `sample` may end inside a character.
 * @example
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { encoding: 'utf-8', bomLength: 3 }
 * detectEncoding(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])) // { encoding: 'gb18030', bomLength: 0 }
 */
export function detectEncoding(sample: Uint8Array, complete = true): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}

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
