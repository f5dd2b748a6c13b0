/**
 * 党组织所在单位代码 (form item 10): a credit code, an old organisation code, or 18 zeros.
 * @module
 */
import type { Issue, Result } from '../result.js';
import { toResult } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { parseCreditCode } from './creditCode.js';
import { parseOrgCode } from './orgCode.js';
import { readIdentifier } from './readIdentifier.js';
import { readFlag, readLocale, readOption } from './readOption.js';
import { creditCodeFormatRule, unitCodeOrgCodeRule, unitCodePlaceholderRule } from './rules.js';

/**
 * Options of {@link parseUnitCode}; map `ctx.policy` onto them.
 * @category Identifiers
 */
export interface UnitCodeOptions extends MessageOptions {
  /** Accept 18 zeros as a review (policy `acceptPlaceholderUnitCode`); false makes it an error. Default true. */
  acceptPlaceholder?: boolean;
  /** Severity of `creditCode.checksum` (policy `creditCodeChecksum`). Default `'error'`. */
  creditCodeChecksum?: 'error' | 'warning';
  /** Credit codes accepted although their checks fail (policy `creditCodeAllowList`). */
  allowList?: readonly string[];
}

/**
 * A parsed unit code.
 * @category Identifiers
 */
export interface UnitCode {
  /** 18 characters for a credit code or the placeholder, 9 (no dash) for an organisation code. */
  value: string;
  kind: 'creditCode' | 'orgCode' | 'placeholder';
}

/** The all-zero code the form allows for a unit that has none (a `review`, not a credit code). */
export const UNIT_CODE_PLACEHOLDER = '000000000000000000';

/**
 * Parses the unit code of an organisation's unit: an 18-character credit code (GB 32100), an old
 * 9-character organisation code (GB 11714; warning `unit.code.orgCode`: the re-issued credit code
 * should be preferred), or 18 zeros for a unit with no code (`unit.code.placeholder`, review — 18
 * zeros would pass the GB 32100 check character, so it is recognised before any check).
 * Other rules: those of {@link parseCreditCode} and {@link parseOrgCode}; `creditCode.format` when the
 * length fits neither. Paths `[]`.
 * @param input - any value
 * @param options - `locale`, `acceptPlaceholder`, `creditCodeChecksum`, `allowList`
 * @example
 * parseUnitCode('914403001922038216').value // { value: '914403001922038216', kind: 'creditCode' }
 * @example
 * parseUnitCode('19220382-1').issues[0].rule // 'unit.code.orgCode'
 * @example
 * parseUnitCode('000000000000000000').issues[0].severity // 'review'
 * @example
 * parseUnitCode('000000000000000000', { acceptPlaceholder: false }).ok // false
 * @category Identifiers
 */
export function parseUnitCode(input: unknown, options?: UnitCodeOptions): Result<UnitCode> {
  const locale = readLocale(options);
  const read = readIdentifier(input);
  if (read.reason !== undefined) {
    return { ok: false, issues: [createIssue(creditCodeFormatRule, [], { reason: read.reason }, { locale })] };
  }
  const text = read.text;
  if (text === UNIT_CODE_PLACEHOLDER) {
    const severity = readFlag(options, 'acceptPlaceholder', true) ? 'review' : 'error';
    return toResult({ value: text, kind: 'placeholder' }, [createIssue(unitCodePlaceholderRule, [], {}, { locale, severity })]);
  }
  if (text.length === 18) {
    const checksum = readOption(options, 'creditCodeChecksum');
    const allowList = readOption(options, 'allowList');
    const parsed = parseCreditCode(text, {
      locale,
      checksum: checksum === 'warning' ? 'warning' : 'error',
      allowList: Array.isArray(allowList) ? allowList : [],
    });
    return parsed.ok ? { ok: true, value: { value: parsed.value.value, kind: 'creditCode' }, issues: parsed.issues } : parsed;
  }
  if (text.length === 9) {
    const parsed = parseOrgCode(text, { locale });
    if (!parsed.ok) return parsed;
    const issues: Issue[] = [createIssue(unitCodeOrgCodeRule, [], { value: parsed.value.value }, { locale })];
    return { ok: true, value: { value: parsed.value.value, kind: 'orgCode' }, issues };
  }
  return { ok: false, issues: [createIssue(creditCodeFormatRule, [], { reason: 'unitLength' }, { locale })] };
}
