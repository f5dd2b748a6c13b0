/**
 * 统一社会信用代码 (GB 32100-2015): parse and check unified social credit codes.
 * @module
 */
import type { Issue, Result } from '../result.js';
import { hasError } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { CC_AUTHORITY, CC_CHECKSUM, CC_FORMAT, CC_ORG_CHECKSUM, CC_UNCONFIRMED, creditCodeCheckChar, scanCreditCode18 } from './creditCodeScan.js';
import { describeRegistration, type CodeName } from './creditCodeTables.js';
import { orgCodeCheckCode } from './orgCode.js';
import { readIdentifier } from './readIdentifier.js';
import { readLocale, readOption } from './readOption.js';
import { creditCodeAuthorityRule, creditCodeAuthorityUnconfirmedRule, creditCodeChecksumRule, creditCodeFormatRule } from './rules.js';

/**
 * Options of {@link parseCreditCode}.
 * @category Identifiers
 */
export interface CreditCodeOptions extends MessageOptions {
  /** Severity of `creditCode.checksum` (policy `creditCodeChecksum`): some codes issued before 2016 fail the standard's check. Default `'error'`. */
  checksum?: 'error' | 'warning';
  /** Severity of `creditCode.authority` (a pair nobody knows, perhaps added after the bundled table). Default `'error'`. */
  authority?: 'error' | 'warning';
  /** Codes known to be real although they fail the checks (policy `creditCodeAllowList`): accepted silently. */
  allowList?: readonly string[];
}

/**
 * A parsed credit code.
 * @category Identifiers
 */
export interface CreditCode {
  /** The 18 characters, upper case. */
  value: string;
  /** Positions 9–17: the GB 11714 organisation code (主体标识码), 9 characters without dash. */
  orgCode: string;
  /** Positions 3–8: the registering office's GB/T 2260 region code (`100000` = national). */
  regionCode: string;
  /** Position 1: 登记管理部门. */
  authority: CodeName;
  /** Position 2: 机构类别. */
  orgType: CodeName;
}

function readSeverity(options: unknown, key: string): 'error' | 'warning' {
  return readOption(options, key) === 'warning' ? 'warning' : 'error';
}

function isAllowListed(options: unknown, value: string): boolean {
  const list = readOption(options, 'allowList');
  if (!Array.isArray(list)) return false;
  try {
    for (const entry of list) {
      if (typeof entry === 'string') {
        const read = readIdentifier(entry);
        if (read.text === value) return true;
      }
    }
  } catch {
    return false;
  }
  return false;
}

/**
 * Parses a unified social credit code: 18 characters of the 31-symbol alphabet, digits in the region
 * code, a known registration-authority / organisation-type pair, the check character, and the GB
 * 11714 check inside positions 9–17 (so an ID number typed into the field is caught). Full-width
 * characters, lower case, spaces and dashes are normalised.
 * A pair only reported, never confirmed officially (G1, J1, Q1 …), is accepted with a warning.
 * Rules: `creditCode.format`, `creditCode.checksum`, `creditCode.authority`, `creditCode.authorityUnconfirmed` (paths `[]`).
 * @param input - any value
 * @param options - `locale`, `checksum` / `authority` severities, `allowList`
 * @example
 * parseCreditCode('914403001922038216').value.orgCode // '192203821'
 * @example
 * parseCreditCode('91110108551385082q').value.orgType // { code: '1', name: '企业' }
 * @example
 * parseCreditCode('91350203M0001FUE2P').issues[0].rule // 'creditCode.checksum'
 * @example
 * parseCreditCode('91350203M0001FUE2P', { checksum: 'warning' }).ok // true
 * @example
 * parseCreditCode('91350203M0001FUE2P', { allowList: ['91350203M0001FUE2P'] }).issues // []
 * @example
 * parseCreditCode('54330212MA2GXY016B').value.orgType.name // '村民委员会'
 * @example
 * parseCreditCode('J1330212123456788Q').issues[0].rule // 'creditCode.authorityUnconfirmed'
 * @category Identifiers
 */
export function parseCreditCode(input: unknown, options?: CreditCodeOptions): Result<CreditCode> {
  const locale = readLocale(options);
  const read = readIdentifier(input);
  if (read.reason !== undefined) {
    return { ok: false, issues: [createIssue(creditCodeFormatRule, [], { reason: read.reason }, { locale })] };
  }
  const value = read.text;
  const flags = value.length === 18 ? scanCreditCode18(value) : -1;
  if (flags < 0 || flags & CC_FORMAT) {
    const reason = flags < 0 ? 'length' : 'chars';
    return { ok: false, issues: [createIssue(creditCodeFormatRule, [], { reason }, { locale })] };
  }
  const issues: Issue[] = [];
  if (flags !== 0 && !isAllowListed(options, value)) {
    if (flags & CC_AUTHORITY) {
      const severity = readSeverity(options, 'authority');
      issues.push(createIssue(creditCodeAuthorityRule, [], { authority: value[0]!, type: value[1]! }, { locale, severity }));
    }
    if (flags & CC_UNCONFIRMED) {
      issues.push(createIssue(creditCodeAuthorityUnconfirmedRule, [], { authority: value[0]!, type: value[1]! }, { locale }));
    }
    const severity = readSeverity(options, 'checksum');
    if (flags & CC_ORG_CHECKSUM) {
      const expected = String.fromCharCode(orgCodeCheckCode(value, 8));
      issues.push(createIssue(creditCodeChecksumRule, [], { value, expected, which: 'orgCode' }, { locale, severity }));
    }
    if (flags & CC_CHECKSUM) {
      const expected = creditCodeCheckChar(value.slice(0, 17))!;
      issues.push(createIssue(creditCodeChecksumRule, [], { value, expected, which: 'code' }, { locale, severity }));
    }
  }
  if (hasError(issues)) return { ok: false, issues };
  const { authority, orgType } = describeRegistration(value[0]!, value[1]!);
  return {
    ok: true,
    value: { value, orgCode: value.slice(8, 17), regionCode: value.slice(2, 8), authority, orgType },
    issues,
  };
}

/**
 * True exactly when {@link parseCreditCode} with the same options gives `ok`. The common case — an
 * 18-character string without options — is one pass over char codes with no allocation.
 * @example
 * isValidCreditCode('91440300708461136T') // true
 * @example
 * isValidCreditCode('362322198709086409') // false
 * @category Identifiers
 */
export function isValidCreditCode(input: unknown, options?: CreditCodeOptions): boolean {
  if (options === undefined && typeof input === 'string' && input.length === 18) {
    const flags = scanCreditCode18(input);
    if (flags !== CC_FORMAT) return (flags & ~CC_UNCONFIRMED) === 0;
  }
  return parseCreditCode(input, options).ok;
}
