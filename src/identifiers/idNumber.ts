/**
 * 公民身份号码 (GB 11643-1999): parse, check and normalise citizen ID numbers.
 * @module
 */
import { hasError, type Issue, type Result } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import {
  ID_BIRTH_EARLY,
  ID_BIRTH_FUTURE,
  ID_BIRTH_INVALID,
  ID_CHECKSUM,
  ID_FORMAT,
  ID_REGION,
  idNumberCheckChar,
  scanIdNumber18,
  upgradeIdNumber15,
} from './idNumberScan.js';
import { maskIdNumber } from './mask.js';
import { readIdentifier } from './readIdentifier.js';
import { hasKnownCountyPrefix } from './counties.js';
import { readDayOption, readFlag, readLocale, readOption } from './readOption.js';
import { idBirthDateRule, idChecksumRule, idCountyRule, idFormatRule, idLegacy15Rule, idRegionRule } from './rules.js';

/**
 * Options of {@link parseIdNumber} and {@link isValidIdNumber}.
 * @category Identifiers
 */
export interface IdNumberOptions extends MessageOptions {
  /** Reference date for "birth date not in the future" (`YYYY-MM-DD` or a local `Date`); default: today. */
  today?: string | Date;
  /** Earliest birth year accepted (policy `minBirthYear`); default 1800 (GB 11643's own example is born 1880). */
  minBirthYear?: number;
  /**
   * Also look the 6-digit address code up (policy `checkCountyRegion`; default false): a code in no
   * table gives the warning `id.county`. Off by default because abolished codes are on valid cards.
   */
  checkCountyRegion?: boolean;
  /** The table for `checkCountyRegion` (any object with `has(code)`); default: the bundled union of GB/T 2260 tables. */
  regionCodes?: { has(code: string): boolean };
}

/**
 * A parsed citizen ID number.
 * @category Identifiers
 */
export interface IdNumber {
  /** The normalised 18-character number (upper-case X; 15-digit input upgraded). */
  value: string;
  /** The 6-digit address code (GB/T 2260 code in force when the number was issued). */
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** From the sequence number: odd 男, even 女. */
  gender: '男' | '女';
}

const DEFAULT_MIN_BIRTH_YEAR = 1800;

function readMinYear(options: unknown): number {
  const value = readOption(options, 'minBirthYear');
  return typeof value === 'number' && Number.isInteger(value) ? Math.max(1, value) : DEFAULT_MIN_BIRTH_YEAR;
}

/** The 18-character form of compact text, or undefined when it is not ID-shaped by length. */
function toEighteen(text: string): { value: string; legacy: boolean } | undefined {
  if (text.length === 18) return { value: text, legacy: false };
  const upgraded = upgradeIdNumber15(text);
  return upgraded === undefined ? undefined : { value: upgraded, legacy: true };
}

/**
 * Parses a citizen ID number: format, ISO 7064 MOD 11-2 check character, real birth date (not in
 * the future, not before `minBirthYear`), province-level address code. Full-width characters,
 * lower-case x, spaces and dashes are normalised; anything else is rejected, never repaired.
 * 15-digit numbers are upgraded to 18 with the warning `id.legacy15`.
 * Rules: `id.format`, `id.checksum`, `id.birthDate`, `id.region`, `id.legacy15`, and with
 * `checkCountyRegion` the warning `id.county` (paths `[]`).
 * @param input - any value (a string, or a number that kept all its digits)
 * @param options - `locale`, `today` (default: the local date), `minBirthYear` (default 1800),
 *   `checkCountyRegion` (default false), `regionCodes`
 * @returns the normalised number, address code, birth date and gender
 * @example
 * parseIdNumber('11010519491231002X') // { ok: true, value: { value: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', gender: '女' }, issues: [] }
 * @example
 * parseIdNumber('11010519491231002Y').issues[0].rule // 'id.format'
 * @example
 * parseIdNumber('110105491231002').issues[0].rule // 'id.legacy15'
 * @example
 * parseIdNumber('440524188001010014').ok // true
 * @example
 * parseIdNumber('440524188001010014', { minBirthYear: 1900 }).issues[0].rule // 'id.birthDate'
 * @example
 * parseIdNumber('11019919491231002X', { checkCountyRegion: true }).issues[0].rule // 'id.county'
 * @category Identifiers
 */
export function parseIdNumber(input: unknown, options?: IdNumberOptions): Result<IdNumber> {
  const locale = readLocale(options);
  const read = readIdentifier(input);
  if (read.reason !== undefined) return fail(createIssue(idFormatRule, [], { reason: read.reason }, { locale }));
  const shaped = toEighteen(read.text);
  if (shaped === undefined) return fail(createIssue(idFormatRule, [], { reason: 'shape' }, { locale }));
  const { value, legacy } = shaped;
  const minYear = readMinYear(options);
  const flags = scanIdNumber18(value, minYear, readDayOption(options));
  if (flags & ID_FORMAT) return fail(createIssue(idFormatRule, [], { reason: 'shape' }, { locale }));
  const countyUnknown = !(flags & ID_REGION) && readFlag(options, 'checkCountyRegion', false) && !isKnownRegion(options, value);
  if (flags === 0 && !countyUnknown && !legacy) return parsed(value, []);
  const masked = maskIdNumber(value);
  const issues: Issue[] = [];
  if (flags & ID_REGION) issues.push(createIssue(idRegionRule, [], { masked, prefix: value.slice(0, 2) }, { locale }));
  if (flags & (ID_BIRTH_INVALID | ID_BIRTH_FUTURE | ID_BIRTH_EARLY)) {
    const reason = flags & ID_BIRTH_INVALID ? 'invalid' : flags & ID_BIRTH_FUTURE ? 'future' : 'tooEarly';
    issues.push(createIssue(idBirthDateRule, [], { masked, reason, minYear }, { locale }));
  }
  if (flags & ID_CHECKSUM) {
    issues.push(createIssue(idChecksumRule, [], { masked, expected: idNumberCheckChar(value.slice(0, 17))! }, { locale }));
  }
  if (countyUnknown) {
    issues.push(createIssue(idCountyRule, [], { masked }, { locale }));
  }
  if (legacy) issues.push(createIssue(idLegacy15Rule, [], { masked }, { locale }));
  return hasError(issues) ? { ok: false, issues } : parsed(value, issues);
}

/** The success result of a valid normalised 18-character number. */
function parsed(value: string, issues: Issue[]): Result<IdNumber> {
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const gender = (value.charCodeAt(16) - 48) % 2 === 1 ? '男' : '女';
  return { ok: true, value: { value, regionCode: value.slice(0, 6), birthDate, gender }, issues };
}

/**
 * Whether the number's address code (its first six digits) is known: the caller's `regionCodes` table when
 * it has a `has` method (a throwing one counts as "unknown"), else the bundled one.
 */
function isKnownRegion(options: unknown, id: string): boolean {
  const table = readOption(options, 'regionCodes');
  try {
    const has = table !== null && typeof table === 'object' ? (table as { has?: unknown }).has : undefined;
    if (typeof has === 'function') return has.call(table, id.slice(0, 6)) === true;
  } catch {
    return false;
  }
  return hasKnownCountyPrefix(id);
}

function fail(issue: Issue): Result<never> {
  return { ok: false, issues: [issue] };
}

/**
 * True exactly when {@link parseIdNumber} with the same options gives `ok` (so a valid 15-digit
 * number counts as valid; `id.county` is a warning and never changes the answer). The common case — an 18-character string without options — takes a
 * single pass over char codes with no allocation; the clock is read only for birth dates after the
 * last day it read.
 * @param input - any value
 * @param options - as {@link parseIdNumber}
 * @example
 * isValidIdNumber('11010519491231002X') // true
 * @example
 * isValidIdNumber('11010519491231002x') // true
 * @example
 * isValidIdNumber('11010519490231002X') // false
 * @example
 * isValidIdNumber('11010519491231 02X') // false
 * @category Identifiers
 */
export function isValidIdNumber(input: unknown, options?: IdNumberOptions): boolean {
  if (options === undefined && typeof input === 'string' && input.length === 18) {
    const flags = scanIdNumber18(input, DEFAULT_MIN_BIRTH_YEAR, 0);
    if (flags !== ID_FORMAT) return flags === 0;
  }
  const read = readIdentifier(input);
  if (read.reason !== undefined) return false;
  const shaped = toEighteen(read.text);
  return shaped !== undefined && scanIdNumber18(shaped.value, readMinYear(options), readDayOption(options)) === 0;
}

/**
 * The normalised 18-character form of an ID-shaped input (full-width folded, separators dropped,
 * x upper-cased, 15 digits upgraded), or `undefined` when it is not 17 digits plus a digit or X, nor
 * 15 digits. Only the shape is checked (use {@link parseIdNumber} for the rest); idempotent.
 * @example
 * normalizeIdNumber('１１０１０５ １９４９１２３１ ００２ｘ') // '11010519491231002X'
 * @example
 * normalizeIdNumber('110105491231002') // '11010519491231002X'
 * @example
 * normalizeIdNumber('ABCDEFGHIJKLMNO') // undefined
 * @category Identifiers
 */
export function normalizeIdNumber(input: unknown): string | undefined {
  const read = readIdentifier(input);
  if (read.reason !== undefined) return undefined;
  const shaped = toEighteen(read.text);
  if (shaped === undefined) return undefined;
  return scanIdNumber18(shaped.value, 1, 99991231) & ID_FORMAT ? undefined : shaped.value;
}
