/**
 * The member record check of the dataset hot path: hand-written, no schema library, no regular expressions,
 * no per-field closures, and no issue or change lists allocated for a clean record.
 * @module
 */
import { HIDDEN_CHAR, firstHiddenChar } from '../text/hiddenChars.js';
import { textHiddenCharRule } from '../text/rules.js';
import { typeName } from '../_lib/safeRead.js';
import type { Context } from '../options.js';
import { checkContactAndStatus, readFlags } from './check/contactStatusFields.js';
import { fillCanonicalFields } from './check/fastPath/canonicalRecord.js';
import { checkConfirmation } from './check/confirmation.js';
import { checkAge, checkPartyDates, checkWorkPost, readMemberDays, type MemberDays } from './check/crossFieldRules.js';
import { isBlankCell } from './check/cells.js';
import { memberEnv, type MemberEnv } from './check/env.js';
import { createIssue } from '../rules/define.js';
import { checkIdentity } from './check/identityFields.js';
import { checkPartyFields } from './check/partyFields.js';
import { prefetchCells } from './check/fastPath/prefetchCells.js';
import { RawMember, readInput } from './check/readInput.js';
import { NO_CHANGES, NO_ISSUES, RecordSink } from './check/sink.js';
import { memberRecordInvalidRule } from './rules/fieldRules.js';
import type { MemberCheck, MemberDraft } from './types.js';
import { FREE_TEXT_MEMBER_FIELDS, MEMBER_FIELDS, MEMBER_FIELD_LABELS } from './fields.js';
import { emptyMemberDraft, resetMemberDraft } from './generated/shapes.js';
import type { Change, Issue } from '../result.js';

export { emptyMemberDraft, resetMemberDraft };

/**
 * Checks one member record against every single-record rule (items 11–26 and the rules between them) and
 * normalises it. Never throws. The lower level of `validateMember`: `ctx` comes from `resolveOptions`. Issue
 * paths are relative to the record (`['joinDate']`); a clean record returns the shared frozen empty lists, so
 * copy before adding. To check many records, make one {@link MemberChecker} and call it for each.
 * @param input - any value; a member record is an object with the fields of the member form (items 11–26)
 * @param ctx - resolved options (reference date, policy, tables, locale)
 * @returns the normalised draft, the issues, and the changes the normalisers made (ID/phone masked)
 * @example
 * checkMemberRecord('张三', resolveOptions({})).issues[0].rule // 'member.record.invalid'
 * @example
 * checkMemberRecord({ name: '买买提•艾力' }, resolveOptions({})).member.name // '买买提·艾力'
 * @category Members
 */
export function checkMemberRecord(input: unknown, ctx: Context): MemberCheck {
  const checker = new MemberChecker(ctx);
  const draft = emptyMemberDraft();
  const issues = checker.check(input, draft);
  return { member: draft, issues, changes: checker.changes };
}

/**
 * The member check with its settings, memos and scratch space, for many records in a row (a dataset run
 * makes one and drops it at the end): a clean record allocates nothing. It holds the last record's cells
 * until the next one (or until it is dropped), so it lives no longer than the check that made it.
 * @example
 * const checker = new MemberChecker(resolveOptions({ today: '2017-07-24' }));
 * const draft = emptyMemberDraft();
 * checker.check({ name: '张三' }, draft).length > 0 // true
 * draft.name // '张三'
 */
export class MemberChecker {
  /** Settings and memos (code tables, branch names) of this check. */
  readonly env: MemberEnv;
  /** The changes of the latest {@link check} (read right after it). */
  changes: readonly Change[] = NO_CHANGES;
  private readonly sink: RecordSink;
  private readonly raw = new RawMember();
  /** Where {@link prefetchCells} puts what it reads, so the reads are not optimised away. */
  private prefetched = 0;
  private busy = false;

  constructor(private readonly ctx: Context) {
    this.env = memberEnv(ctx);
    this.sink = new RecordSink(this.env.locale);
  }

  /**
   * Checks `input` into `draft`, which is overwritten whole (`resetMemberDraft`). Returns the issues; the
   * draft's values are the caller's to copy before the next call. `extras: false` leaves the record's unknown
   * fields unread (`draft.extra` stays empty): for a caller that keeps no draft, like the dataset check.
   * `days`, when given, receives the draft's birth, join and full dates as YYYYMMDD numbers (-1: none).
   */
  check(input: unknown, draft: MemberDraft, extras = true, days: MemberDays = { birth: -1, join: -1, full: -1 }): readonly Issue[] {
    // A record's getter that checks another record with this same checker: a checker of its own.
    if (this.busy) {
      const inner = new MemberChecker(this.ctx);
      const issues = inner.check(input, draft, extras, days);
      this.changes = inner.changes;
      return issues;
    }
    const env = this.env;
    resetMemberDraft(draft);
    days.birth = days.join = days.full = -1;
    const sink = this.sink.reset(env.locale);
    this.changes = NO_CHANGES;
    this.busy = true;
    try {
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        sink.add(memberRecordInvalidRule, [], { type: typeName(input) });
        return sink.issues!;
      }
      const raw = readInput(input, sink, this.raw, extras);
      this.prefetched = (this.prefetched + prefetchCells(raw)) | 0;
      checkFields(raw, draft, env, sink, days);
      const issues = sink.issues;
      if (issues !== undefined && issues.length > 1) issues.sort(byFormOrder);
      this.changes = sink.changes ?? NO_CHANGES;
      return issues ?? NO_ISSUES;
    } catch {
      // Last line of the never-throw promise (a revoked proxy, a hostile `Date`): the record is unreadable.
      resetMemberDraft(draft);
      days.birth = days.join = days.full = -1;
      this.changes = NO_CHANGES;
      return [createIssue(memberRecordInvalidRule, [], { type: 'unreadable object' }, { locale: env.locale })];
    } finally {
      this.busy = false;
    }
  }
}

function checkFields(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink, days: MemberDays): void {
  if (!fillCanonicalFields(raw, draft, env, days)) {
    // Some cell needs reading, normalising or reporting: the field steps, on a clean draft.
    resetMemberDraft(draft);
    readFlags(raw, draft, sink);
    checkIdentity(raw, draft, env, sink);
    checkPartyFields(raw, draft, env, sink);
    checkContactAndStatus(raw, draft, env, sink);
    checkConfirmation(raw, draft, env, sink);
    readMemberDays(draft, days);
  }
  if (raw.extra !== undefined) draft.extra = raw.extra;
  checkAge(draft, env, sink, days.birth);
  checkPartyDates(draft, !isBlankCell(raw.fullDate), env, sink, days);
  checkWorkPost(draft, env, sink, days.birth);
  checkHiddenChars(raw, sink);
}

/** `text.hiddenChar` for each free-text cell holding an invisible control character (one test per cell). */
function checkHiddenChars(raw: RawMember, sink: RecordSink): void {
  for (let i = 0; i < FREE_TEXT_MEMBER_FIELDS.length; i++) {
    const field = FREE_TEXT_MEMBER_FIELDS[i]!;
    const value = raw[field];
    if (typeof value !== 'string' || !HIDDEN_CHAR.test(value)) continue;
    const label = MEMBER_FIELD_LABELS[field];
    sink.add(textHiddenCharRule, [field], { fieldZh: label.zh, fieldEn: label.en, char: firstHiddenChar(value)! });
  }
}

/** Position of each field on the form; confirmation columns and unknown fields after. */
const FORM_ORDER: ReadonlyMap<unknown, number> = new Map<unknown, number>(MEMBER_FIELDS.map((field, i) => [field, i]));

function formPosition(issue: Issue): number {
  return FORM_ORDER.get(issue.path[0]) ?? MEMBER_FIELDS.length;
}

/** Issues in the order of the form's items (a stable sort keeps each field's own order). */
function byFormOrder(a: Issue, b: Issue): number {
  return formPosition(a) - formPosition(b);
}
