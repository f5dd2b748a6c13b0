/**
 * Shortcuts of the identifier parsers for cells already in the canonical form they output (`2017-07-24`,
 * an 18-character ID number, 11 mobile digits, `0574-87654321`). Each accepts only what the full parser
 * would return unchanged, with no issue — built on the parsers' own primitives (`scanIdNumber18`,
 * `hasKnownSegment`, `isRealDay`) — and answers `undefined` for everything else, which then goes through
 * the full parser. `canonical.test.ts` checks the agreement on generated input.
 *
 * Why: the full parsers read their options and allocate a `Result` per call (≈0.4–0.7 µs each); a dataset
 * holds 6 such cells per member and one per org. The record checks (member and org) call these first.
 * @module
 */
import { isRealDay } from '../dates/calendar.js';
import { scanCreditCode18 } from './creditCodeScan.js';
import { scanIdNumber18 } from './idNumberScan.js';
import { UNIT_CODE_PLACEHOLDER } from './unitCode.js';
import { hasKnownSegment } from './mobileSegments.js';

function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/**
 * The day of a `YYYY-MM-DD` string naming a real day from year 1000 on (what `parseDate` returns
 * unchanged) as the number YYYYMMDD, else -1: one pass that both checks the text and reads the day.
 * @example
 * canonicalDay('2016-02-29') // 20160229
 * canonicalDay('2017-02-29') // -1
 */
export function canonicalDay(input: unknown): number {
  if (typeof input !== 'string' || input.length !== 10) return -1;
  const a = input.charCodeAt(0) - 48, b = input.charCodeAt(1) - 48, c = input.charCodeAt(2) - 48, d = input.charCodeAt(3) - 48;
  const e = input.charCodeAt(5) - 48, f = input.charCodeAt(6) - 48, g = input.charCodeAt(8) - 48, h = input.charCodeAt(9) - 48;
  // Negative exactly when some character is not a digit (d | (9 − d) < 0 for d outside 0–9).
  const digits = a | b | c | d | e | f | g | h | (9 - a) | (9 - b) | (9 - c) | (9 - d) | (9 - e) | (9 - f) | (9 - g) | (9 - h);
  if (digits < 0 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return -1;
  const year = a * 1000 + b * 100 + c * 10 + d, month = e * 10 + f, day = g * 10 + h;
  return year >= 1000 && isRealDay(year, month, day) ? year * 10000 + month * 100 + day : -1;
}

/**
 * {@link canonicalDay} as the text: the cell itself when canonical, else `undefined`.
 * @example
 * canonicalDate('2016-02-29') // '2016-02-29'
 * canonicalDate('2017-2-28') // undefined
 */
export function canonicalDate(input: unknown): string | undefined {
  return canonicalDay(input) >= 0 ? (input as string) : undefined;
}

/**
 * An 18-character credit code that passes every check (what `parseUnitCode` and `parseCreditCode` return
 * unchanged, with no issue, whatever their options), else `undefined`. The all-zero placeholder is none.
 * @example
 * canonicalCreditCode('91440300708461136T') // '91440300708461136T'
 * canonicalCreditCode('91440300708461136t') // undefined
 */
export function canonicalCreditCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length !== 18 || input === UNIT_CODE_PLACEHOLDER) return undefined;
  return scanCreditCode18(input) === 0 ? input : undefined;
}

/**
 * An 18-character ID number that passes every check with an upper-case check character (what
 * `parseIdNumber` returns unchanged), else `undefined`. `today` is a YYYYMMDD number.
 * @example
 * canonicalIdNumber('11010519491231002X', 1900, 20170724) // '11010519491231002X'
 */
export function canonicalIdNumber(input: unknown, minBirthYear: number, today: number): string | undefined {
  if (typeof input !== 'string' || input.length !== 18 || input.charCodeAt(17) === 120 /* x */) return undefined;
  return scanIdNumber18(input, minBirthYear, today) === 0 ? input : undefined;
}

/**
 * The gender of a valid normalised ID number (odd order code: 男), as `parseIdNumber` gives it.
 * @example
 * idGender('11010519491231002X') // '女'
 */
export function idGender(id: string): '男' | '女' {
  return (id.charCodeAt(16) - 48) % 2 === 1 ? '男' : '女';
}

/**
 * The birth date of a valid normalised ID number as `YYYY-MM-DD`, as `parseIdNumber` gives it.
 * @example
 * idBirthDate('11010519491231002X') // '1949-12-31'
 */
export function idBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * Whether a `YYYY-MM-DD` day is the birth date inside a valid normalised ID number (no allocation).
 * @example
 * idHasBirthDate('11010519491231002X', '1949-12-31') // true
 */
export function idHasBirthDate(id: string, ymd: string): boolean {
  for (let i = 0; i < 4; i++) if (id.charCodeAt(6 + i) !== ymd.charCodeAt(i)) return false;
  return (
    id.charCodeAt(10) === ymd.charCodeAt(5) && id.charCodeAt(11) === ymd.charCodeAt(6) &&
    id.charCodeAt(12) === ymd.charCodeAt(8) && id.charCodeAt(13) === ymd.charCodeAt(9)
  );
}

/**
 * 11 digits starting 1[3-9] (and, unless `loose`, in an allocated segment), as a string or the number Excel
 * stores, else `undefined`.
 * @example
 * canonicalMobile(13800138000, 'segments') // '13800138000'
 */
export function canonicalMobile(input: unknown, check: 'segments' | 'loose'): string | undefined {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (typeof input === 'number' && input >= 13e9 && input < 2e10 && Number.isInteger(input)) text = String(input);
  else return undefined;
  if (text.length !== 11 || text.charCodeAt(0) !== 49) return undefined;
  const second = text.charCodeAt(1);
  if (second < 51 || second > 57) return undefined;
  for (let i = 2; i < 11; i++) if (digitAt(text, i) < 0) return undefined;
  return check === 'loose' || hasKnownSegment(text) ? text : undefined;
}

/**
 * `0AA(A)-LLLLLLL(L)` exactly: an area code of the right length (010 and 02x three digits, the rest four),
 * a 7–8 digit local number not starting with 0 or 1, no extension — else `undefined`.
 * @example
 * canonicalLandline('0574-87654321') // '0574-87654321'
 * canonicalLandline('057487654321') // undefined
 */
export function canonicalLandline(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length < 11 || input.length > 13 || input.charCodeAt(0) !== 48) return undefined;
  const second = input.charCodeAt(1);
  // 00… is the international prefix, never an area code.
  if (second === 48) return undefined;
  const areaLength = second === 49 ? (input.charCodeAt(2) === 48 ? 3 : 0) : second === 50 ? 3 : 4;
  if (areaLength === 0 || input.charCodeAt(areaLength) !== 45) return undefined;
  const localLength = input.length - areaLength - 1;
  if (localLength < 7 || localLength > 8) return undefined;
  for (let i = 1; i < input.length; i++) if (i !== areaLength && digitAt(input, i) < 0) return undefined;
  const first = input.charCodeAt(areaLength + 1);
  return first === 48 || first === 49 ? undefined : input;
}
