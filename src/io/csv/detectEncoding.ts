/**
 * Deciding a CSV file's text encoding from its first bytes (no dependency: browser and Node).
 * @module
 */

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
