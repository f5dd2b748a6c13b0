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

/** What a tag visitor returns when the element at its tag is not complete in the text yet. */
export const INCOMPLETE = -1;

/**
 * A consumer that walks the start tags of the text, for the parts read in pieces (worksheets, the
 * shared strings): end tags, `<?…?>` and comments are passed over; `onTag(text, lt, gt)` gets each
 * start tag (`lt` at its `<`, `gt` at its `>`) and returns where to go on — past the tag, or past the
 * element it read whole — or {@link INCOMPLETE} to wait for more text from that tag on.
 * @example
 * const names: string[] = [];
 * const consume = startTags((text, lt, gt) => { names.push(text.slice(lt + 1, gt)); return gt + 1; });
 * consume('<?xml?><a><!-- <x> --><b/></a><c') // 30
 * names // ['a', 'b/']
 */
export function startTags(onTag: (text: string, lt: number, gt: number) => number): XmlConsumer {
  return (text) => {
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return text.length;
      const gt = text.indexOf('>', lt);
      if (gt < 0) return lt;
      const second = text.charCodeAt(lt + 1);
      if (second === 47 /* / */ || second === 63 /* ? */) {
        at = gt + 1;
        continue;
      }
      if (second === 33 /* ! */) {
        if (!text.startsWith('<!--', lt)) {
          at = gt + 1;
          continue;
        }
        const stop = text.indexOf('-->', lt);
        if (stop < 0) return lt;
        at = stop + 3;
        continue;
      }
      const next = onTag(text, lt, gt);
      if (next === INCOMPLETE) return lt;
      at = next;
    }
  };
}
