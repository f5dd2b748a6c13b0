/**
 * Reading one cell of a text field: blank, text, or not text at all — without regular expressions and
 * with the length bounded before any other work.
 * @module
 */
import { toText } from '../../text/toText.js';

/** A cell that holds no text the field can use: a wrong type, or longer than the field allows. */
export const NOT_TEXT: unique symbol = Symbol('not text');

/**
 * True for a blank cell: `undefined`, `null`, `''`, or only white space (incl. U+3000).
 * @example
 * isBlankCell('　') // true
 */
export function isBlankCell(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  if (typeof input !== 'string') return false;
  if (input.length === 0) return true;
  // Fast exit for the usual non-blank cell: a first character that is no white space.
  if (!isTrimSpace(input.charCodeAt(0))) return false;
  return input.trim() === '';
}

/**
 * True for a code unit that `String.prototype.trim` removes (ECMAScript white space and line terminators,
 * U+3000 and U+FEFF among them).
 * @example
 * isTrimSpace(0x3000) // true
 * isTrimSpace(0x5f20) // false
 */
export function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True for non-empty text that `trim()` leaves as it is (no white space at either end).
 * @example
 * isTrimmedText('某某村3号') // true
 * isTrimmedText(' 某某村3号') // false
 */
export function isTrimmedText(text: string): boolean {
  return text.length > 0 && !isTrimSpace(text.charCodeAt(0)) && !isTrimSpace(text.charCodeAt(text.length - 1));
}

/**
 * The trimmed text of a cell (numbers as plain decimals), `undefined` when blank, {@link NOT_TEXT} for other
 * types or text longer than `max` after trimming.
 * @example
 * readTextCell(' 张三 ', 200) // '张三'
 */
export function readTextCell(input: unknown, max: number): string | undefined | typeof NOT_TEXT {
  if (isBlankCell(input)) return undefined;
  const text = typeof input === 'string' ? input : toText(input);
  if (text === undefined) return NOT_TEXT;
  const trimmed = text.trim();
  return trimmed.length > max ? NOT_TEXT : trimmed;
}

/**
 * The trimmed text of a cell for comparing with a normalised value (`''` when it has none): what a
 * change report shows as "before".
 * @example
 * cellText(42940) // '42940'
 */
export function cellText(input: unknown): string {
  if (typeof input === 'string') return input.length > 4096 ? input.slice(0, 4096).trim() : input.trim();
  // String() is exact for safe integers and much cheaper than toText's locale formatting (numeric phone cells).
  if (typeof input === 'number' && Number.isSafeInteger(input)) return String(input);
  return toText(input)?.trim() ?? '';
}
