/**
 * The GB 11643-1999 check of an 18-character citizen ID number in one pass over char codes: no
 * regex, no allocation, the birth date by Y/M/D arithmetic, the province by a 100-slot array.
 * Shared by `isValidIdNumber` (hot path) and `parseIdNumber` (which turns the flags into issues).
 * @module
 */
import { isOnOrBeforeToday } from './clock.js';
import { PROVINCE_SLOTS } from './regions.js';

/** Bit flags returned by {@link scanIdNumber18}; 0 means valid. */
export const ID_FORMAT = 1;
export const ID_REGION = 2;
export const ID_BIRTH_INVALID = 4;
export const ID_BIRTH_FUTURE = 8;
export const ID_BIRTH_EARLY = 16;
export const ID_CHECKSUM = 32;

/** ISO 7064 MOD 11-2 weights 2^(18-i) mod 11 of the 17 body digits, left to right. */
const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character (as a char code) for each remainder S mod 11: 1 0 X 9 8 7 6 5 4 3 2. */
const CHECK_CODES: readonly number[] = [49, 48, 88, 57, 56, 55, 54, 53, 52, 51, 50];

/**
 * Checks an 18-character ID number (`text.length` must be 18; callers ensure it). Lower-case `x`
 * passes as the check character. Returns 0 when valid, else the OR of the `ID_*` flags; `ID_FORMAT`
 * alone means the other checks were not made.
 * @param text - 18 characters
 * @param minYear - earliest birth year accepted
 * @param today - reference date as a YYYYMMDD number; 0 reads the local clock (cached)
 * @example
 * scanIdNumber18('11010519491231002X', 1900, 20170724) // 0
 * @example
 * scanIdNumber18('11010519491231002Y', 1900, 20170724) // 1
 * @example
 * scanIdNumber18('11010519490231002X', 1900, 20170724) === (ID_BIRTH_INVALID | ID_CHECKSUM) // true
 */
export function scanIdNumber18(text: string, minYear: number, today: number): number {
  // Unrolled on purpose: 17 digits read once, validated without branches (d | (9 − d) is negative
  // exactly when d is outside 0–9), weighted sum in one expression. Faster than a loop, see bench/.
  const d0 = text.charCodeAt(0) - 48, d1 = text.charCodeAt(1) - 48, d2 = text.charCodeAt(2) - 48;
  const d3 = text.charCodeAt(3) - 48, d4 = text.charCodeAt(4) - 48, d5 = text.charCodeAt(5) - 48;
  const d6 = text.charCodeAt(6) - 48, d7 = text.charCodeAt(7) - 48, d8 = text.charCodeAt(8) - 48;
  const d9 = text.charCodeAt(9) - 48, d10 = text.charCodeAt(10) - 48, d11 = text.charCodeAt(11) - 48;
  const d12 = text.charCodeAt(12) - 48, d13 = text.charCodeAt(13) - 48, d14 = text.charCodeAt(14) - 48;
  const d15 = text.charCodeAt(15) - 48, d16 = text.charCodeAt(16) - 48;
  const outOfRange =
    d0 | d1 | d2 | d3 | d4 | d5 | d6 | d7 | d8 | d9 | d10 | d11 | d12 | d13 | d14 | d15 | d16 |
    (9 - d0) | (9 - d1) | (9 - d2) | (9 - d3) | (9 - d4) | (9 - d5) | (9 - d6) | (9 - d7) | (9 - d8) |
    (9 - d9) | (9 - d10) | (9 - d11) | (9 - d12) | (9 - d13) | (9 - d14) | (9 - d15) | (9 - d16);
  if (outOfRange < 0) return ID_FORMAT;
  // Weights 2^(18−i) mod 11: 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
  const sum =
    d0 * 7 + d1 * 9 + d2 * 10 + d3 * 5 + d4 * 8 + d5 * 4 + d6 * 2 + d7 + d8 * 6 +
    d9 * 3 + d10 * 7 + d11 * 9 + d12 * 10 + d13 * 5 + d14 * 8 + d15 * 4 + d16 * 2;
  const last = text.charCodeAt(17);
  const expected = CHECK_CODES[sum % 11]!;
  let flags = 0;
  if (last !== expected && !(expected === 88 && last === 120)) {
    if ((last < 48 || last > 57) && last !== 88 && last !== 120) return ID_FORMAT;
    flags = ID_CHECKSUM;
  }
  if (PROVINCE_SLOTS[d0 * 10 + d1] !== 1) flags |= ID_REGION;
  const year = d6 * 1000 + d7 * 100 + d8 * 10 + d9;
  const month = d10 * 10 + d11;
  const day = d12 * 10 + d13;
  const monthDays =
    month === 2
      ? (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
      : 30 + ((month + (month >> 3)) & 1);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > monthDays) return flags | ID_BIRTH_INVALID;
  if (year < minYear) flags |= ID_BIRTH_EARLY;
  const birth = year * 10000 + month * 100 + day;
  if (today === 0 ? !isOnOrBeforeToday(birth) : birth > today) flags |= ID_BIRTH_FUTURE;
  return flags;
}

/**
 * The GB 11643 check character of 17 body digits, or `undefined` when `first17` is not 17 ASCII
 * digits. For the sample-data generator and for "did you mean" hints.
 * @param first17 - the address code, birth date and sequence number
 * @returns `'0'`–`'9'` or `'X'`
 * @example
 * idNumberCheckChar('11010519491231002') // 'X'
 * @example
 * idNumberCheckChar('44052418800101001') // '4'
 * @example
 * idNumberCheckChar('4405241880010100') // undefined
 * @category Identifiers
 */
export function idNumberCheckChar(first17: string): string | undefined {
  if (typeof first17 !== 'string' || first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = first17.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    sum += d * WEIGHTS[i]!;
  }
  return String.fromCharCode(CHECK_CODES[sum % 11]!);
}

/**
 * Upgrades a first-generation 15-digit number to 18 characters: `19` inserted before the two-digit
 * birth year and the check character appended. `undefined` unless the input is 15 ASCII digits.
 * @example
 * upgradeIdNumber15('110105491231002') // '11010519491231002X'
 * @example
 * upgradeIdNumber15('ABCDEFGHIJKLMNO') // undefined
 * @category Identifiers
 */
export function upgradeIdNumber15(text: string): string | undefined {
  if (typeof text !== 'string' || text.length !== 15) return undefined;
  for (let i = 0; i < 15; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
  return first17 + idNumberCheckChar(first17)!;
}
