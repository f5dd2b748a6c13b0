/**
 * Characters a reader cannot see that change what text looks like: C0 and C1 control characters,
 * bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE shows `甲乙` as `乙甲`), zero-width marks and
 * line separators. A name holding one can pass for another name.
 * @module
 */

/**
 * True for a character code that is invisible or reorders text: U+0000–U+001F, U+007F–U+009F,
 * U+061C, U+200B–U+200F, U+2028–U+202E, U+2060–U+2069, U+FEFF.
 * @example
 * isHiddenChar(0x202e) // true
 * isHiddenChar(0x09) // true
 * isHiddenChar(0x5f20) // false
 */
export function isHiddenChar(c: number): boolean {
  if (c < 0xa0) return c < 0x20 || c >= 0x7f;
  if (c < 0x061c) return false;
  return (
    c === 0x061c || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff
  );
}

/**
 * One hidden character anywhere (the same set as {@link isHiddenChar}), for a quick test of a whole cell.
 * @example
 * HIDDEN_CHAR.test('张\u200B三') // true
 */
export const HIDDEN_CHAR = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

/**
 * The first hidden character of a text (see {@link isHiddenChar}) as `U+202E`, or `undefined`.
 * @example
 * firstHiddenChar('张\u202E三') // 'U+202E'
 * firstHiddenChar('张三') // undefined
 */
export function firstHiddenChar(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHiddenChar(c)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
