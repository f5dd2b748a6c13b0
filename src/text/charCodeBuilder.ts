/**
 * A string built from UTF-16 code units in linear time, for the text normalisers. Appending one
 * character at a time (`out += c`) makes a rope of a million pieces on a megabyte, and reading it
 * back (`out.charCodeAt(out.length - 1)`) flattens it again on every call; here the units go into a
 * small buffer that becomes a string a chunk at a time (a plain array of small integers: twice as fast
 * through `String.fromCharCode.apply` as a `Uint16Array`).
 * @module
 */

/** Code units per chunk: well under the argument limit of `String.fromCharCode.apply`. */
const CHUNK = 8192;

/**
 * Collects code units (and an optional prefix kept as it is) into one string.
 * @example
 * const out = new CharCodeBuilder('a');
 * out.push(0x62);
 * out.push(0x63);
 * out.toString() // 'abc'
 */
export class CharCodeBuilder {
  /** Number of code units so far, the prefix included. */
  length: number;
  /** The last code unit (-1 while empty). */
  last: number;
  /** Text done so far: the prefix, then each full chunk. */
  private done: string;
  private readonly chunks: string[] = [];
  private units: number[] = [];

  /** @param prefix - text that starts the result unchanged */
  constructor(prefix = '') {
    this.done = prefix;
    this.length = prefix.length;
    this.last = prefix === '' ? -1 : prefix.charCodeAt(prefix.length - 1);
  }

  /** Appends one code unit. */
  push(code: number): void {
    this.units.push(code);
    this.length++;
    this.last = code;
    if (this.units.length === CHUNK) {
      this.chunks.push(String.fromCharCode.apply(null, this.units));
      this.units = [];
    }
  }

  /** The string built so far. */
  toString(): string {
    const rest = String.fromCharCode.apply(null, this.units);
    return this.chunks.length === 0 ? this.done + rest : this.done + this.chunks.join('') + rest;
  }
}

/**
 * `text` with each UTF-16 code unit replaced by `map(unit)` (a negative result drops the unit), in
 * linear time; `text` itself when no unit changes. The shape of the one-to-one normalisers
 * (`foldFullWidth`, `normalizeOrgName`).
 * @example
 * mapCharCodes('a b', (c) => (c === 0x20 ? -1 : c)) // 'ab'
 * mapCharCodes('abc', (c) => c) // 'abc'
 */
export function mapCharCodes(text: string, map: (unit: number) => number): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (map(c) !== c) break;
  }
  if (i === text.length) return text;
  const out = new CharCodeBuilder(text.slice(0, i));
  for (; i < text.length; i++) {
    const c = map(text.charCodeAt(i));
    if (c >= 0) out.push(c);
  }
  return out.toString();
}
