/**
 * What `String.prototype.trim` removes, as char-code tests: for the shortcuts that take text already
 * trimmed as it is, without calling `trim()`.
 * @module
 */

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
