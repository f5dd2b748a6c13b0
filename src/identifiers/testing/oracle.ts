/**
 * Test support only (not exported by the package): straightforward re-implementations of the
 * three check-character algorithms, written from the standards' text in a different style
 * (string look-ups, weights computed rather than tabled), so tests never check the code against
 * itself.
 * @module
 */

/** GB 11643 / ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2^(18−i) mod 11. */
export function oracleIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11]!;
}

/** GB 32100: 31-symbol alphabet, weight 3^(i−1) mod 31, C18 = 31 − (S mod 31), 31 → 0. */
export const ORACLE_CC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function oracleCreditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ORACLE_CC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  const c = 31 - (sum % 31);
  return ORACLE_CC_ALPHABET[c === 31 ? 0 : c]!;
}

/** GB 11714: digits and A–Z (A = 10), weights 3 7 9 10 5 8 4 2, C9 = 11 − (S mod 11), 10 → X, 11 → 0. */
export function oracleOrgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * weights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
