/**
 * Reading one cell of a text field: blank, text, or not text at all — without regular expressions and
 * with the length bounded before any other work.
 * @module
 */
import { toText } from '../../text/toText.js';
import { isTrimSpace } from '../../text/trimmed.js';

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
