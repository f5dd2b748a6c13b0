/**
 * Validates one member record (《党员基本信息采集表》 items 11–26).
 * @module
 */
import { resolveOptions, type ValidateOptions } from '../options.js';
import { toResult, type Change, type Issue, type Result } from '../result.js';
import { misnamedKeys, type FieldName } from '../_lib/likelyField.js';
import { createIssue } from '../rules/define.js';
import { checkMemberRecord } from './checkMemberRecord.js';
import { CONFIRMATION_COLUMNS, MEMBER_FIELDS, MEMBER_FIELD_LABELS } from './fields.js';
import { memberKeyMisnamedRule } from './rules/keyRule.js';
import type { Member } from './types.js';

/** The member fields and the labels a person might use as keys instead (the form's Chinese headings). */
const MEMBER_FIELD_NAMES: readonly FieldName[] = [
  ...MEMBER_FIELDS.map((key) => ({ key, labels: [MEMBER_FIELD_LABELS[key].zh] })),
  ...CONFIRMATION_COLUMNS.map((key) => ({ key, labels: [] })),
];

/**
 * Validates and normalises a member record: every `member.*` rule plus the identifier, date and code rules of
 * its fields. `ok` is false exactly when an issue is an `error`; warnings and reviews come with the value.
 * Never throws. For the changes the normalisers made, use {@link validateMemberWithChanges}.
 * @param input - a record with the fields of the member form (items 11–26, docs/spreadsheets.md), as a spreadsheet or JSON holds them
 * @param options - `today` (reference date for ages and overdue rules), `policy`, `tables`, `locale`
 * @returns the normalised {@link Member}, or the issues that stop it
 * @example
 * validateMember({ name: '张三' }, { today: '2017-07-24' }).ok // false
 * @example
 * validateMember(null).issues[0].rule // 'member.record.invalid'
 * @example
 * validateMember({ nmae: '张三' }).issues.some((i) => i.rule === 'member.key.misnamed') // true
 * @category Members
 */
export function validateMember(input: unknown, options?: ValidateOptions): Result<Member> {
  return validateMemberWithChanges(input, options).result;
}

/**
 * {@link validateMember} plus the list of changes the normalisers made (field path, before, after — ID and
 * phone numbers masked), so nothing changes silently.
 * @example
 * validateMemberWithChanges({ gender: '1' }).changes // [{ path: ['gender'], before: '1', after: '男' }]
 * @category Members
 */
export function validateMemberWithChanges(
  input: unknown,
  options?: ValidateOptions,
): { result: Result<Member>; changes: Change[] } {
  const ctx = resolveOptions(options);
  const check = checkMemberRecord(input, ctx);
  const hints = misnamedKeys(input, MEMBER_FIELD_NAMES).map((hint) => createIssue(memberKeyMisnamedRule, [hint.key], hint, { locale: ctx.locale }));
  const issues: Issue[] = [...ctx.issues, ...check.issues, ...hints];
  return { result: toResult(check.member as Member, issues), changes: [...check.changes] };
}
