/**
 * True for `undefined`, `null`, and strings holding only white space (incl. U+3000): what an
 * empty spreadsheet cell reads as.
 * @example
 * isBlank('　') // true
 * isBlank(0) // false
 * @category Text
 */
export function isBlank(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  return typeof input === 'string' && input.trim() === '';
}
