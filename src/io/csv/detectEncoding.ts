/**
 * Deciding a CSV file's text encoding from its first bytes (no dependency: browser and Node).
 * @module
 */

/**
 * Text encodings of the CSV files people exchange: Excel writes UTF-8 with a BOM or GB18030/GBK.
 * @category Spreadsheets
 */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le';

/**
 * What {@link detectEncoding} decided.
 * @category Spreadsheets
 */
export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark at the start (skipped when decoding). */
  bomLength: number;
}

/**
 * Valid non-ASCII characters per invalid sequence above which bytes that are not all valid UTF-8
 * are still read as UTF-8: GBK text decoded as UTF-8 gives about 0.15–0.4 (a GBK pair now and then
 * happens to be a valid UTF-8 sequence), a UTF-8 file with a damaged byte gives hundreds.
 */
const UTF8_MAJORITY = 4;

/** True when text decoded as UTF-8 is mostly valid: a damaged UTF-8 file, not another encoding. */
function mostlyUtf8(sample: Uint8Array, complete: boolean): boolean {
  const text = new TextDecoder('utf-8').decode(sample, { stream: !complete });
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c > 0x7f && (c < 0xdc00 || c > 0xdfff)) valid++;
  }
  return valid >= UTF8_MAJORITY * invalid;
}

/**
 * Decides a CSV file's encoding from its first bytes: a BOM says UTF-8 (or UTF-16 for Excel's
 * "Unicode text"); bytes that are valid UTF-8 are UTF-8, and so are bytes that are mostly valid
 * UTF-8 (a UTF-8 file with a damaged byte: its reader warns `io.encoding.invalid` with the line);
 * anything else is GB18030 (a superset of GBK and GB2312). `complete` is false when `sample` may
 * end inside a character.
 * @example
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { encoding: 'utf-8', bomLength: 3 }
 * detectEncoding(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])) // { encoding: 'gb18030', bomLength: 0 }
 * detectEncoding(new Uint8Array([0xe5, 0xa7, 0x93, 0xe5, 0x90, 0x8d, 0xff, 0xe6, 0xb0, 0x91, 0xe6, 0x97, 0x8f])) // { encoding: 'utf-8', bomLength: 0 }
 * @category Spreadsheets
 */
export function detectEncoding(sample: Uint8Array, complete = true): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: mostlyUtf8(sample, complete) ? 'utf-8' : 'gb18030', bomLength: 0 };
  }
}
