/**
 * The shortcut of the member check for a record whose every field is already as the normalisers leave it
 * and breaks no single-field rule — most records of a real dataset. It fills the draft straight from the
 * raw cells with the same canonical-form tests the field steps try first (`canonicalDay`,
 * `canonicalIdNumber`, `canonicalMobile`, the code memos…) and gives up at the first cell that is not
 * plainly right; the field steps then read the whole record again and say what is wrong. Giving up is
 * always safe: the shortcut only decides that the field steps would report nothing and change nothing.
 * @module
 */
import { lookupCode, type CodeMemo } from './codeMemo.js';
import { hasKnownCountyPrefix } from '../../../identifiers/counties.js';
import { canonicalDay, canonicalIdNumber, canonicalLandline, canonicalMobile, idGender, idHasBirthDate } from '../../../identifiers/canonical.js';
import { MAX_LENGTH } from '../../../text/limits.js';
import { isTrimmedText } from '../../../text/trimmed.js';
import { hasHouseNumber } from '../../normalize/houseNumber.js';
import { isNormalPersonName, isPlausiblePersonName } from '../../normalize/personName.js';
import type { MemberDraft } from '../../types.js';
import type { MemberEnv } from '../env.js';
import { normalizeBranch } from './branchMemo.js';
import type { MemberDays } from '../crossFieldRules.js';
import type { RawMember } from '../readInput.js';

/** A cell left empty: `undefined`, `null` or `''` (white-space-only cells take the field steps). */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** 否 as the form writes it, `false`, or empty: a flag that asks for nothing more. */
function isNo(value: unknown): boolean {
  return value === false || value === '否' || isEmpty(value);
}

/** Text with no white space at either end, at most `max` long. */
function isPlainText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && isTrimmedText(value);
}

/** A leaf code of the table written as its code or its name, with no issue: the code, else `undefined`. */
function plainCode(memo: CodeMemo, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const outcome = lookupCode(memo, value);
  return outcome.ok && !outcome.changed && outcome.issues.length === 0 && outcome.code !== '' ? outcome.code : undefined;
}

/**
 * Fills items 11–26 of the draft when every cell is already canonical and valid on its own — then the field
 * steps would add no issue and no change — and returns true. Returns false at the first cell that needs
 * them (the draft is then partly filled: reset it before the field steps). The rules between fields
 * (`checkPartyDates`, `checkWorkPost`) are not part of it: they run on the draft either way, with the dates
 * as numbers in `days`, read here in the same pass that checks them.
 * @example
 * const raw = Object.assign(new RawMember(), { name: '张三', gender: '女', ethnicity: '汉族', idNumber: '11010519491231002X', birthDate: '1949-12-31', education: '21', memberType: '正式党员', branch: '中共某某支部委员会', joinDate: '1970-07-01', fullDate: '1971-07-01', workPost: '011', mobile: '13812345678', address: '某某路1号', partyStatus: '正常' });
 * fillCanonicalFields(raw, emptyMemberDraft(), memberEnv(resolveOptions({ today: '2017-07-24' })), readMemberDays(emptyMemberDraft())) // true
 * fillCanonicalFields(Object.assign(raw, { gender: '男' }), emptyMemberDraft(), memberEnv(resolveOptions({ today: '2017-07-24' })), readMemberDays(emptyMemberDraft())) // false
 */
export function fillCanonicalFields(raw: RawMember, draft: MemberDraft, env: MemberEnv, days: MemberDays): boolean {
  // 失联 members carry rules of their own; so do the confirmation columns. A 流动 member needs a destination.
  if (!isNo(raw.lostContact) || !isEmpty(raw.lostContactDate)) return false;
  const floating = !isNo(raw.floating);
  if (floating && raw.floating !== true && raw.floating !== '是') return false;
  const destination = raw.floatingDestination;
  if (floating ? !isPlainText(destination, MAX_LENGTH.name) : !isEmpty(destination)) return false;
  if (!isEmpty(raw.confirmation) || !isEmpty(raw.confirmedBy) || !isEmpty(raw.confirmedDate) || !isEmpty(raw.confirmedWhat)) return false;

  const name = raw.name;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_LENGTH.name) return false;
  if (!isNormalPersonName(name) || !isPlausiblePersonName(name)) return false;

  const id = canonicalIdNumber(raw.idNumber, env.policy.minBirthYear, env.todayNumber);
  if (id === undefined || (env.policy.checkCountyRegion && !hasKnownCountyPrefix(id))) return false;
  const gender = idGender(id);
  if (raw.gender !== gender) return false;
  const birth = canonicalDay(raw.birthDate);
  if (birth < 0 || !idHasBirthDate(id, raw.birthDate as string)) return false;
  const ethnicity = raw.ethnicity;
  if (typeof ethnicity !== 'string') return false;
  const ethnic = lookupCode(env.ethnicity, ethnicity);
  if (!ethnic.ok || ethnic.changed || ethnic.issues.length > 0) return false;

  const education = plainCode(env.education, raw.education);
  const workPost = plainCode(env.workPost, raw.workPost);
  if (education === undefined || workPost === undefined) return false;
  const memberType = raw.memberType;
  if (memberType !== '正式党员' && memberType !== '预备党员') return false;
  const branch = raw.branch;
  if (!isPlainText(branch, MAX_LENGTH.name) || normalizeBranch(branch, env.branchNames) !== branch) return false;
  const join = canonicalDay(raw.joinDate);
  if (join < 0) return false;
  const full = isEmpty(raw.fullDate) ? -1 : canonicalDay(raw.fullDate);
  if (full < 0 && !isEmpty(raw.fullDate)) return false;

  const mobile = canonicalMobile(raw.mobile, env.policy.mobileCheck);
  if (mobile === undefined) return false;
  const landline = isEmpty(raw.landline) ? undefined : canonicalLandline(raw.landline);
  if (landline === undefined && !isEmpty(raw.landline)) return false;
  const address = raw.address;
  if (!isPlainText(address, MAX_LENGTH.text) || !hasHouseNumber(address)) return false;
  const partyStatus = raw.partyStatus;
  if (partyStatus !== '正常') return false;

  draft.name = name;
  draft.idNumber = id;
  draft.gender = gender;
  draft.birthDate = raw.birthDate as string;
  draft.ethnicity = ethnic.code;
  draft.ethnicityName = ethnic.name;
  draft.education = education;
  draft.memberType = memberType;
  draft.branch = branch;
  draft.joinDate = raw.joinDate as string;
  draft.fullDate = full < 0 ? undefined : (raw.fullDate as string);
  draft.workPost = workPost;
  draft.mobile = mobile;
  draft.landline = landline;
  draft.address = address;
  draft.partyStatus = partyStatus;
  days.birth = birth;
  days.join = join;
  days.full = full;
  draft.lostContact = false;
  draft.floating = floating;
  if (floating) draft.floatingDestination = destination as string;
  return true;
}
