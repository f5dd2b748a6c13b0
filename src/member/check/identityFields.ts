/**
 * Items 11–15: 姓名, 公民身份证号, 性别, 出生日期, 民族 — and gender and birth date against the ID number.
 * @module
 */
import { hasKnownCountyPrefix } from '../../identifiers/counties.js';
import { parseIdNumber } from '../../identifiers/idNumber.js';
import { maskIdNumber } from '../../identifiers/mask.js';
import { MAX_LENGTH } from '../../text/limits.js';
import { normalizeGender } from '../normalize/choices.js';
import { isPlausiblePersonName, normalizePersonName } from '../normalize/personName.js';
import { birthDateIdMismatchRule, ethnicityUnknownRule, genderIdMismatchRule } from '../rules/identityDateRules.js';
import type { MemberDraft } from '../types.js';
import { isBlankCell, NOT_TEXT, readTextCell } from './cells.js';
import { lookupCode } from './fastPath/codeMemo.js';
import { readDateField } from './dateField.js';
import { displayValue } from './display.js';
import type { MemberEnv } from './env.js';
import { canonicalIdNumber, idBirthDate, idGender, idHasBirthDate } from '../../identifiers/canonical.js';
import { reportChange, reportInvalid, reportRequired } from './fieldIssues.js';
import type { RawMember } from './readInput.js';
import type { RecordSink } from './sink.js';

function checkName(raw: RawMember, draft: MemberDraft, sink: RecordSink): void {
  const text = readTextCell(raw.name, MAX_LENGTH.name);
  if (text === undefined) return reportRequired(sink, 'name');
  if (text === NOT_TEXT) return reportInvalid(sink, 'name', raw.name);
  const name = normalizePersonName(text);
  if (!isPlausiblePersonName(name)) return reportInvalid(sink, 'name', raw.name);
  draft.name = name;
  reportChange(sink, 'name', raw.name, name);
}

function checkEthnicity(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  if (isBlankCell(raw.ethnicity)) return reportRequired(sink, 'ethnicity');
  const outcome = lookupCode(env.ethnicity, raw.ethnicity);
  if (!outcome.ok) return sink.add(ethnicityUnknownRule, ['ethnicity'], { value: displayValue(raw.ethnicity) });
  // An unlisted code of an incomplete table (code.unverified), as for 学历 and 工作岗位.
  if (outcome.issues.length > 0) sink.addUnder(outcome.issues, 'ethnicity');
  draft.ethnicity = outcome.code;
  draft.ethnicityName = outcome.name === '' ? undefined : outcome.name;
  if (outcome.changed) reportChange(sink, 'ethnicity', raw.ethnicity, outcome.name || outcome.code);
}

/**
 * Checks items 11–15 into the draft. Blank 性别/出生日期 are taken from a valid ID number (reported as
 * changes); given ones are compared with it (`member.gender.idMismatch` error, `member.birthDate.idMismatch`
 * warning).
 * @example
 * const draft = emptyMemberDraft();
 * checkIdentity(Object.assign(new RawMember(), { name: '张三', idNumber: '11010519491231002X', ethnicity: '汉' }), draft, memberEnv(resolveOptions({ today: '2017-07-24' })), new RecordSink('zh-CN'));
 * draft.gender // '女'
 * draft.birthDate // '1949-12-31'
 * draft.ethnicityName // '汉族'
 */
export function checkIdentity(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  checkName(raw, draft, sink);

  // The normalised number once valid; its gender and birth date are read from it when needed.
  let id = canonicalIdNumber(raw.idNumber, env.policy.minBirthYear, env.todayNumber);
  // An unknown county is a warning the full parser reports.
  if (id !== undefined && env.policy.checkCountyRegion && !hasKnownCountyPrefix(id)) id = undefined;
  if (id === undefined) {
    if (isBlankCell(raw.idNumber)) reportRequired(sink, 'idNumber');
    else {
      const parsed = parseIdNumber(raw.idNumber, env.idOptions);
      if (parsed.issues.length > 0) sink.addUnder(parsed.issues, 'idNumber');
      if (parsed.ok) {
        id = parsed.value.value;
        reportChange(sink, 'idNumber', raw.idNumber, id, maskIdNumber);
      }
    }
  }
  draft.idNumber = id;

  if (isBlankCell(raw.gender)) {
    if (id === undefined) reportRequired(sink, 'gender');
    else {
      draft.gender = idGender(id);
      sink.change(['gender'], '', draft.gender);
    }
  } else {
    const gender = normalizeGender(raw.gender);
    if (gender === undefined) reportInvalid(sink, 'gender', raw.gender);
    else {
      draft.gender = gender;
      reportChange(sink, 'gender', raw.gender, gender);
      if (id !== undefined && gender !== idGender(id)) sink.add(genderIdMismatchRule, ['gender'], { gender, idGender: idGender(id) });
    }
  }

  if (isBlankCell(raw.birthDate)) {
    if (id === undefined) reportRequired(sink, 'birthDate');
    else {
      draft.birthDate = idBirthDate(id);
      sink.change(['birthDate'], '', draft.birthDate);
    }
  } else {
    const birthDate = readDateField(raw.birthDate, 'birthDate', env, sink);
    draft.birthDate = birthDate;
    if (birthDate !== undefined && id !== undefined && !idHasBirthDate(id, birthDate)) {
      sink.add(birthDateIdMismatchRule, ['birthDate'], { birthDate, idBirthDate: idBirthDate(id) });
    }
  }

  checkEthnicity(raw, draft, env, sink);
}
