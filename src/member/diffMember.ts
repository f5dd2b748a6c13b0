/**
 * The review of corrections (guide §三(二)(4)): what changed between the record as exported and as
 * corrected, after normalisation — so `张 三` → `张三` or `x` → `X` is no change.
 * @module
 */
import { maskIdNumber, maskMobile } from '../identifiers/mask.js';
import { resolveOptions, type Context, type ValidateOptions } from '../options.js';
import type { Change, Issue } from '../result.js';
import { createIssue } from '../rules/define.js';
import { foldFullWidth } from '../text/foldFullWidth.js';
import { toText } from '../text/toText.js';
import { displayValue, shortText } from './check/display.js';
import { RawMember, readInput } from './check/readInput.js';
import { RecordSink } from './check/sink.js';
import { checkMemberRecord } from './checkMemberRecord.js';
import { MEMBER_FIELDS, SENSITIVE_MEMBER_FIELDS, type MemberField } from './fields.js';
import { changeSensitiveRule } from './rules/correctionRules.js';
import { fieldLabel, memberRecordInvalidRule } from './rules/fieldRules.js';
import type { MemberDraft } from './types.js';

/**
 * Everything that changed: `change.sensitive` issues for the sensitive fields, and every changed field.
 * @category Members
 */
export interface MemberComparison {
  /** `change.sensitive` (review) per sensitive field changed; `member.record.invalid` for a side that is no record. */
  issues: Issue[];
  /** Every changed field, sensitive or not, unknown columns included (display text; ID/phone masked). */
  changes: Change[];
}

const SENSITIVE: ReadonlySet<string> = new Set<string>(SENSITIVE_MEMBER_FIELDS);

/** Comparable text of a raw value that did not normalise: folded, no white space, upper case. */
function looseText(input: unknown): string {
  const text = typeof input === 'boolean' ? String(input) : toText(input);
  if (text === undefined) return input === undefined || input === null ? '' : `[${typeof input}]`;
  let out = '';
  const folded = foldFullWidth(text.length > 4096 ? text.slice(0, 4096) : text);
  for (let i = 0; i < folded.length; i++) if (folded[i]!.trim() !== '') out += folded[i];
  return out.toUpperCase();
}

function normalText(draft: MemberDraft, field: MemberField): string | undefined {
  const value = draft[field];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    const { kind, via, by, date, what } = value;
    return [kind, via, by, date, what].map((part) => part ?? '').join('|');
  }
  return value;
}

function displayOf(draft: MemberDraft, raw: RawMember, field: MemberField, key: string): string {
  if (key === '') return '';
  if (draft[field] === undefined) return displayValue(raw[field]);
  if (field === 'idNumber') return maskIdNumber(key);
  if (field === 'mobile') return maskMobile(key);
  if (field === 'landline') return displayValue(key);
  if (field === 'ethnicity') return draft.ethnicityName || key;
  if (field === 'confirmation') return shortText(key.split('|').filter((part) => part !== '').join(' '));
  return shortText(key);
}

interface Side {
  draft: MemberDraft;
  raw: RawMember;
}

function isRecord(input: unknown): input is object {
  try {
    return input !== null && typeof input === 'object' && !Array.isArray(input);
  } catch {
    return false;
  }
}

function read(input: unknown, side: 'before' | 'after', ctx: Context, issues: Issue[]): Side {
  if (!isRecord(input)) {
    const type = input === null ? 'null' : typeof input;
    issues.push(createIssue(memberRecordInvalidRule, [side], { type }, { locale: ctx.locale }));
    return { draft: checkMemberRecord({}, ctx).member, raw: new RawMember() };
  }
  return { draft: checkMemberRecord(input, ctx).member, raw: readInput(input, new RecordSink(ctx.locale)) };
}

/**
 * Compares a member record before and after correction, field by field after normalisation.
 * @param before - the record as exported from the system
 * @param after - the record as corrected
 * @param options - `locale` for messages (the other options only affect how fields normalise)
 * @returns the `change.sensitive` issues and the full list of changes
 * @example
 * compareMembers({ name: '张三', address: '某路1号' }, { name: '张三', address: '某路2号' }).changes // [{ path: ['address'], before: '某路1号', after: '某路2号' }]
 * @category Members
 */
export function compareMembers(before: unknown, after: unknown, options?: ValidateOptions): MemberComparison {
  const ctx = resolveOptions(options);
  const issues: Issue[] = [];
  const changes: Change[] = [];
  const a = read(before, 'before', ctx, issues);
  const b = read(after, 'after', ctx, issues);
  if (issues.length > 0) return { issues, changes };
  for (const field of MEMBER_FIELDS) {
    const keyA = normalText(a.draft, field) ?? looseText(a.raw[field]);
    const keyB = normalText(b.draft, field) ?? looseText(b.raw[field]);
    if (keyA === keyB) continue;
    const shownA = displayOf(a.draft, a.raw, field, keyA);
    const shownB = displayOf(b.draft, b.raw, field, keyB);
    changes.push({ path: [field], before: shownA, after: shownB });
    if (SENSITIVE.has(field)) {
      issues.push(
        createIssue(changeSensitiveRule, [field], { field: fieldLabel(field, ctx.locale), before: shownA, after: shownB }, { locale: ctx.locale }),
      );
    }
  }
  const extraKeys = new Set([...Object.keys(a.draft.extra), ...Object.keys(b.draft.extra)]);
  for (const key of extraKeys) {
    const valueA = a.draft.extra[key];
    const valueB = b.draft.extra[key];
    if (looseText(valueA) !== looseText(valueB)) changes.push({ path: ['extra', key], before: displayValue(valueA), after: displayValue(valueB) });
  }
  return { issues, changes };
}

/**
 * `change.sensitive` (review) for each of 姓名、性别、民族、公民身份证号、出生日期、加入党组织日期、转为正式党员日期
 * that changed after normalisation — to be checked against the member's file (档案). A change of case, spacing
 * or full-width form is no change. Other changed fields are listed by {@link compareMembers}.
 * @param before - the record as exported
 * @param after - the record as corrected
 * @returns the review issues (empty when no sensitive field changed)
 * @example
 * diffMember({ name: '张三' }, { name: '张四' })[0].rule // 'change.sensitive'
 * @example
 * diffMember({ name: '张三', idNumber: '11010519491231002x' }, { name: ' 张 三', idNumber: '11010519491231002X' }) // []
 * @category Members
 */
export function diffMember(before: unknown, after: unknown, options?: ValidateOptions): Issue[] {
  return compareMembers(before, after, options).issues;
}
