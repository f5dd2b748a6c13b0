/**
 * XML read in pieces as a part inflates: each piece is decoded and handed, after what the last
 * call left unfinished, to a consumer that takes whole elements and says how far it got. The
 * unfinished tail is capped, so a hostile part cannot grow it without bound.
 * @module
 */
import { XlsxFormatError } from './xlsxLimits.js';

/** Takes whole elements from `text`; returns how many characters it consumed. */
export type XmlConsumer = (text: string) => number;

/** Bytes in, elements out. */
export interface ChunkedXml {
  push(bytes: Uint8Array): void;
  /** The part is done; throws when it ends inside an element. */
  end(): void;
}

/** The most an unfinished element may hold: 4 MB (a cell holds at most 32,767 characters). */
export const MAX_ELEMENT_CHARS = 4 * 1024 * 1024;

/**
 * A reader of a part's pieces for `consume`.
 * @example
 * const seen = [];
 * const xml = chunkedXml((text) => { const end = text.lastIndexOf('>') + 1; seen.push(text.slice(0, end)); return end; });
 * xml.push(new TextEncoder().encode('<a/><b'));
 * xml.push(new TextEncoder().encode('/>'));
 * xml.end();
 * seen // ['<a/>', '<b/>', '']
 */
export function chunkedXml(consume: XmlConsumer, maxElementChars = MAX_ELEMENT_CHARS): ChunkedXml {
  const decoder = new TextDecoder();
  let carry = '';
  const feed = (piece: string): void => {
    const text = carry === '' ? piece : carry + piece;
    const used = consume(text);
    carry = used >= text.length ? '' : text.slice(used);
    if (carry.length > maxElementChars) throw new XlsxFormatError('an XML element too large');
  };
  return {
    push: (bytes) => feed(decoder.decode(bytes, { stream: true })),
    end: () => {
      feed(decoder.decode());
      if (carry.trim() !== '') throw new XlsxFormatError('XML ends inside an element');
    },
  };
}
