/**
 * The GB 32100-2015 check of an 18-character unified social credit code in one pass over char
 * codes: alphabet, region digits, registration pair, check character (position 18) and the
 * embedded GB 11714 organisation-code check (position 17). No regex, no allocation.
 * @module
 */
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_VALUES, PAIR_KNOWN, PAIR_UNCONFIRMED, REGISTRATION_PAIRS } from './creditCodeTables.js';

/** Bit flags returned by {@link scanCreditCode18}; 0 means valid. */
export const CC_FORMAT = 1;
/** Positions 1–2 are a pair nobody knows. */
export const CC_AUTHORITY = 2;
export const CC_CHECKSUM = 4;
export const CC_ORG_CHECKSUM = 8;
/** Positions 1–2 are a pair only reported, never confirmed (a warning, not a failure). */
export const CC_UNCONFIRMED = 16;

const VALUES = CREDIT_CODE_VALUES;
/** Char code (0–127) → GB 11714 value: digits 0–9, letters A–Z 10–35, -1 otherwise. */
const ORG_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let c = 48; c <= 57; c++) values[c] = c - 48;
  for (let c = 65; c <= 90; c++) values[c] = c - 55;
  return values;
})();

/** Check value for each remainder S mod 31: 31 − r, where 31 is written 0. */
const CHECK_VALUES = Array.from({ length: 31 }, (_, r) => (31 - r) % 31);
/** GB 11714 check character (char code) for each remainder S mod 11: 11 − r, where 10 is X and 11 is 0. */
const ORG_CHECK_CODES = Array.from({ length: 11 }, (_, r) => (r === 0 ? 48 : r === 1 ? 88 : 48 + 11 - r));

/** Weights 3^(i−1) mod 31 of positions 1–17. */
const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Checks an 18-character credit code (`text.length` must be 18). Returns 0 when valid, else the OR
 * of the `CC_*` flags; `CC_FORMAT` alone means the other checks were not made.
 * @example
 * scanCreditCode18('914403001922038216') // 0
 * @example
 * scanCreditCode18('91350203M0001FUE2P') // 4
 * @example
 * scanCreditCode18('91440300192203821I') // 1
 * @example
 * scanCreditCode18('J1330212123456788Q') // 16
 */
export function scanCreditCode18(text: string): number {
  // Unrolled on purpose (see bench/): every character read once; validity folded into one OR whose
  // sign bit is set by any value −1 (outside the alphabet) or a region position above 9, and one OR
  // of the char codes that exceeds 127 when any character is not ASCII (`& 127` would alias it).
  const c0 = text.charCodeAt(0), c1 = text.charCodeAt(1), c2 = text.charCodeAt(2), c3 = text.charCodeAt(3);
  const c4 = text.charCodeAt(4), c5 = text.charCodeAt(5), c6 = text.charCodeAt(6), c7 = text.charCodeAt(7);
  const c8 = text.charCodeAt(8), c9 = text.charCodeAt(9), c10 = text.charCodeAt(10), c11 = text.charCodeAt(11);
  const c12 = text.charCodeAt(12), c13 = text.charCodeAt(13), c14 = text.charCodeAt(14), c15 = text.charCodeAt(15);
  const c16 = text.charCodeAt(16), c17 = text.charCodeAt(17);
  const v0 = VALUES[c0 & 127]!, v1 = VALUES[c1 & 127]!, v2 = VALUES[c2 & 127]!, v3 = VALUES[c3 & 127]!;
  const v4 = VALUES[c4 & 127]!, v5 = VALUES[c5 & 127]!, v6 = VALUES[c6 & 127]!, v7 = VALUES[c7 & 127]!;
  const v8 = VALUES[c8 & 127]!, v9 = VALUES[c9 & 127]!, v10 = VALUES[c10 & 127]!, v11 = VALUES[c11 & 127]!;
  const v12 = VALUES[c12 & 127]!, v13 = VALUES[c13 & 127]!, v14 = VALUES[c14 & 127]!, v15 = VALUES[c15 & 127]!;
  const v16 = VALUES[c16 & 127]!, v17 = VALUES[c17 & 127]!;
  const charsOr = c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14 | c15 | c16 | c17;
  const outOfRange =
    v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7 | v8 | v9 | v10 | v11 | v12 | v13 | v14 | v15 | v16 | v17 |
    (9 - v2) | (9 - v3) | (9 - v4) | (9 - v5) | (9 - v6) | (9 - v7);
  if (outOfRange < 0 || charsOr > 127) return CC_FORMAT;
  const sum =
    v0 + v1 * 3 + v2 * 9 + v3 * 27 + v4 * 19 + v5 * 26 + v6 * 16 + v7 * 17 + v8 * 20 + v9 * 29 + v10 * 25 +
    v11 * 13 + v12 * 8 + v13 * 24 + v14 * 10 + v15 * 30 + v16 * 28;
  let flags = v17 === CHECK_VALUES[sum % 31] ? 0 : CC_CHECKSUM;
  const pair = REGISTRATION_PAIRS[v0 * 31 + v1];
  if (pair !== PAIR_KNOWN) flags |= pair === PAIR_UNCONFIRMED ? CC_UNCONFIRMED : CC_AUTHORITY;
  // Inside the organisation code (positions 9–16) letters keep their GB 11714 values A = 10 … Z = 35.
  const orgSum =
    ORG_VALUES[c8 & 127]! * 3 + ORG_VALUES[c9 & 127]! * 7 + ORG_VALUES[c10 & 127]! * 9 +
    ORG_VALUES[c11 & 127]! * 10 + ORG_VALUES[c12 & 127]! * 5 + ORG_VALUES[c13 & 127]! * 8 +
    ORG_VALUES[c14 & 127]! * 4 + ORG_VALUES[c15 & 127]! * 2;
  if (c16 !== ORG_CHECK_CODES[orgSum % 11]) flags |= CC_ORG_CHECKSUM;
  return flags;
}

/**
 * The check character (position 18) of 17 credit-code characters, or `undefined` when `first17`
 * is not 17 characters of the 31-symbol alphabet. C18 = 31 − (S mod 31), where 31 is written 0.
 * @param first17 - positions 1–17
 * @example
 * creditCodeCheckChar('91440300192203821') // '6'
 * @example
 * creditCodeCheckChar('91110108551385082') // 'Q'
 * @example
 * creditCodeCheckChar('9144030019220382I') // undefined
 * @category Identifiers
 */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (typeof first17 !== 'string' || first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    const v = c < 128 ? CREDIT_CODE_VALUES[c]! : -1;
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}
