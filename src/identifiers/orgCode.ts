/**
 * 全国组织机构代码 (GB 11714-1997): 8 digits or capital letters and a check character.
 * @module
 */
import type { Result } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { readIdentifier } from './readIdentifier.js';
import { readLocale } from './readOption.js';
import { orgCodeChecksumRule, orgCodeFormatRule } from './rules.js';

const WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The char code of the GB 11714 check character of the 8 body characters at `offset` (digits
 * 0–9, letters A–Z valued 10–35), or -1 when one of them is not a digit or capital letter.
 * C9 = 11 − (S mod 11), where 10 is written X and 11 is written 0.
 * @example
 * String.fromCharCode(orgCodeCheckCode('19220382', 0)) // '1'
 * @example
 * String.fromCharCode(orgCodeCheckCode('91350503MA31DKY80A', 8)) // '0'
 */
export function orgCodeCheckCode(text: string, offset: number): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(offset + i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else return -1;
    sum += v * WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 11 ? 48 : check === 10 ? 88 : 48 + check;
}

/**
 * The check character of an 8-character organisation-code body, or `undefined` when the body is
 * not 8 digits or capital letters. For the sample-data generator.
 * @param body - the first 8 characters
 * @returns `'0'`–`'9'` or `'X'`
 * @example
 * orgCodeCheckChar('19220382') // '1'
 * @example
 * orgCodeCheckChar('59498494') // 'X'
 * @example
 * orgCodeCheckChar('MA31DKY8') // '0'
 * @category Identifiers
 */
export function orgCodeCheckChar(body: string): string | undefined {
  if (typeof body !== 'string' || body.length !== 8) return undefined;
  const code = orgCodeCheckCode(body, 0);
  return code < 0 ? undefined : String.fromCharCode(code);
}

/**
 * A parsed organisation code.
 * @category Identifiers
 */
export interface OrgCode {
  /** The 9 characters without the dash. */
  value: string;
}

/**
 * Parses an organisation code, written `12345678-9` or `123456789` (full-width characters,
 * spaces and lower case normalised). Rules `orgCode.format`, `orgCode.checksum` (paths `[]`).
 * @param input - any value
 * @param options - `locale`
 * @example
 * parseOrgCode('19220382-1') // { ok: true, value: { value: '192203821' }, issues: [] }
 * @example
 * parseOrgCode('59498494x').ok // true
 * @example
 * parseOrgCode('19220382-2').issues[0].rule // 'orgCode.checksum'
 * @category Identifiers
 */
export function parseOrgCode(input: unknown, options?: MessageOptions): Result<OrgCode> {
  const locale = readLocale(options);
  const read = readIdentifier(input);
  if (read.reason !== undefined) {
    return { ok: false, issues: [createIssue(orgCodeFormatRule, [], { reason: read.reason }, { locale })] };
  }
  const value = read.text;
  const expected = value.length === 9 ? orgCodeCheckCode(value, 0) : -1;
  const last = value.charCodeAt(8);
  if (expected < 0 || !((last >= 48 && last <= 57) || last === 88)) {
    return { ok: false, issues: [createIssue(orgCodeFormatRule, [], { reason: 'shape' }, { locale })] };
  }
  if (last !== expected) {
    const issue = createIssue(orgCodeChecksumRule, [], { value, expected: String.fromCharCode(expected) }, { locale });
    return { ok: false, issues: [issue] };
  }
  return { ok: true, value: { value }, issues: [] };
}

/**
 * True when {@link parseOrgCode} gives `ok`.
 * @example
 * isValidOrgCode('MA31DKY8-0') // true
 * @example
 * isValidOrgCode('MA31DKY8-1') // false
 * @category Identifiers
 */
export function isValidOrgCode(input: unknown): boolean {
  return parseOrgCode(input).ok;
}
