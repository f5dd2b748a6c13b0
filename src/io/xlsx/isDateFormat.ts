/**
 * Whether a number format shows a date or time: it has a y, m, d, h, s (or b) outside quoted text
 * and brackets (`[Red]`, `[$-804]`) — the rule Excel readers use to turn serial numbers into dates.
 * @module
 */

/**
 * True when numbers in the format are dates or times.
 * @example
 * isDateFormat('yyyy"年"m"月"d"日"') // true
 * isDateFormat('0.00"元"') // false
 * isDateFormat('[Red]0') // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Real formats are short; the cut keeps the regexes linear on a hostile one.
  const plain = format.slice(0, 200).replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /[ymdhMsb]/.test(plain);
}
