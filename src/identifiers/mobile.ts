/**
 * Mainland mobile numbers: 11 digits, with `+86`, `0086` or `86` prefixes, spaces and dashes removed.
 * @module
 */
import type { Result } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { maskMobile } from './mask.js';
import { hasKnownSegment } from './mobileSegments.js';
import { readIdentifier } from './readIdentifier.js';
import { readLocale, readOption } from './readOption.js';
import { mobileFormatRule } from './rules.js';

/**
 * Options of {@link parseMobile}.
 * @category Identifiers
 */
export interface MobileOptions extends MessageOptions {
  /** `'segments'` (default) checks the number-segment table; `'loose'` only 1[3-9] + 9 digits (policy `mobileCheck`). */
  check?: 'segments' | 'loose';
}

/**
 * A parsed mobile number.
 * @category Identifiers
 */
export interface Mobile {
  /** 11 digits. */
  value: string;
}

/** The text without a country prefix: `+86`, `(+86)`, `(86)`, `0086`, or `86` before 11 digits. */
function stripCountryCode(text: string): string {
  for (const prefix of ['(+86)', '(86)', '+86', '0086']) if (text.startsWith(prefix)) return text.slice(prefix.length);
  return text.length === 13 && text.startsWith('86') ? text.slice(2) : text;
}

function isMobileShape(text: string): boolean {
  if (text.length !== 11 || text.charCodeAt(0) !== 49) return false;
  const second = text.charCodeAt(1);
  if (second < 51 || second > 57) return false;
  for (let i = 2; i < 11; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Parses a mainland mobile number (the contact phone of an org, a member's 手机号): full-width
 * digits, spaces, dashes and a `+86`/`0086`/`86` prefix are removed; then 11 digits starting with
 * 1[3-9], and by default an allocated number segment. Rule `phone.mobile.format` (path `[]`).
 * @param input - any value (numbers as Excel stores them are fine)
 * @param options - `locale`, `check`
 * @example
 * parseMobile('+86 138-0013-8000').value // { value: '13800138000' }
 * @example
 * parseMobile(13800138000).ok // true
 * @example
 * parseMobile('15400138000').ok // false
 * @example
 * parseMobile('15400138000', { check: 'loose' }).ok // true
 * @category Identifiers
 */
export function parseMobile(input: unknown, options?: MobileOptions): Result<Mobile> {
  const locale = readLocale(options);
  const read = readIdentifier(input);
  if (read.reason !== undefined) {
    return { ok: false, issues: [createIssue(mobileFormatRule, [], { reason: read.reason, masked: '' }, { locale })] };
  }
  const value = stripCountryCode(read.text);
  if (!isMobileShape(value)) {
    return { ok: false, issues: [createIssue(mobileFormatRule, [], { reason: 'shape', masked: '' }, { locale })] };
  }
  if (readOption(options, 'check') !== 'loose' && !hasKnownSegment(value)) {
    const issue = createIssue(mobileFormatRule, [], { reason: 'segment', masked: maskMobile(value) }, { locale });
    return { ok: false, issues: [issue] };
  }
  return { ok: true, value: { value }, issues: [] };
}

/**
 * True when {@link parseMobile} with the same options gives `ok`.
 * @example
 * isValidMobile('138 0013 8000') // true
 * @example
 * isValidMobile('12800138000') // false
 * @category Identifiers
 */
export function isValidMobile(input: unknown, options?: MobileOptions): boolean {
  return parseMobile(input, options).ok;
}
