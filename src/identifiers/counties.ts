/**
 * Prefecture- and county-level address codes of ID numbers, from
 * `codes/identifiers/gbt2260-counties.json` (a union of published GB/T 2260 tables, incl. abolished
 * codes). Used only when `parseIdNumber` is asked to `checkCountyRegion`.
 * @module
 */
import { readDigits } from '../dates/calendar.js';
import data from '../../codes/identifiers/gbt2260-counties.json' with { type: 'json' };

/** One bit per 6-digit code, 125 KB, so a look-up is one load. */
function buildKnownCodes(): Uint8Array {
  const bits = new Uint8Array(1_000_000 / 8);
  for (const [prefix, endings] of Object.entries(data.codes)) {
    const base = Number(prefix) * 100;
    for (let i = 0; i + 1 < endings.length; i += 2) {
      const code = base + Number(endings.slice(i, i + 2));
      bits[code >>> 3]! |= 1 << (code & 7);
    }
  }
  return bits;
}

/** The table's bits, built once when the module loads (a few milliseconds; dropped by bundlers when unused). */
const KNOWN_CODES: Uint8Array = /* @__PURE__ */ buildKnownCodes();

/**
 * True when a 6-digit address code is in the bundled table, or is a province-level code (`xx0000`,
 * whose prefix is checked separately). The table is a union over the years, so abolished codes
 * count as known; it is incomplete for codes abolished before about 2000.
 * @param code - 6 ASCII digits
 * @example
 * isKnownCountyCode('110105') // true
 * @example
 * isKnownCountyCode('412723') // true
 * @example
 * isKnownCountyCode('110199') // false
 * @category Identifiers
 */
export function isKnownCountyCode(code: string): boolean {
  return typeof code === 'string' && code.length === 6 && hasKnownCountyPrefix(code);
}

/**
 * {@link isKnownCountyCode} of the first six characters of `text` (an ID number), without slicing: the
 * hot path of the dataset check. False when any of them is not an ASCII digit.
 * @param text - at least 6 characters
 * @example
 * hasKnownCountyPrefix('11010519491231002X') // true
 * hasKnownCountyPrefix('11019919491231002X') // false
 */
export function hasKnownCountyPrefix(text: string): boolean {
  const code = text.length < 6 ? -1 : readDigits(text, 0, 6);
  if (code < 0) return false;
  return code % 10000 === 0 || (KNOWN_CODES[code >>> 3]! & (1 << (code & 7))) !== 0;
}

export const COUNTY_TABLE_VERSION: string = `${data.version} (${data.count} codes)`;
