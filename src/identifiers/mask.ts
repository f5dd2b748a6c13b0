/**
 * Masking for display: messages, logs and change reports show ID and phone numbers only masked.
 * @module
 */

const MAX_SHOWN = 24;

function stars(n: number): string {
  return '*'.repeat(Math.max(0, Math.min(n, MAX_SHOWN)));
}

/**
 * Masks a citizen ID number for display: the 6-digit address code and the last 4 characters stay,
 * everything between (the birth date) becomes `*`. Shorter text (under 14 characters) is masked
 * whole; anything that is not a string gives `''`.
 * @param text - the number, normally the normalised 18-character form
 * @returns the masked text (at most 34 characters)
 * @example
 * maskIdNumber('33021219900101123X') // '330212********123X'
 * @example
 * maskIdNumber('110105491231002') // '110105*****1002'
 * @example
 * maskIdNumber('12345') // '*****'
 * @category Identifiers
 */
export function maskIdNumber(text: string): string {
  if (typeof text !== 'string') return '';
  const n = text.length;
  if (n < 14) return stars(n);
  return text.slice(0, 6) + stars(n - 10) + text.slice(n - 4);
}

/**
 * Masks a mobile number for display: the first 3 digits (the segment) and the last 4 stay.
 * Shorter text (under 8 characters) is masked whole; anything that is not a string gives `''`.
 * @param text - the number, normally the normalised 11 digits
 * @returns the masked text
 * @example
 * maskMobile('13856785678') // '138****5678'
 * @example
 * maskMobile('1385') // '****'
 * @category Identifiers
 */
export function maskMobile(text: string): string {
  if (typeof text !== 'string') return '';
  const n = text.length;
  if (n < 8) return stars(n);
  return text.slice(0, 3) + stars(n - 7) + text.slice(n - 4);
}
