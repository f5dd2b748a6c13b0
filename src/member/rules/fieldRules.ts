/**
 * Rules about single member fields being blank, unreadable or not one of the form's choices, generated from
 * the field table (`../fieldTable.ts`: labels, `blank`, `expected`) so every field speaks the same way.
 * @module
 */
import { defineRule, type Rule } from '../../rules/define.js';
import { CHOICE_OR_TEXT_FIELDS, MEMBER_FIELD_LABELS, REQUIRED_MEMBER_FIELDS, memberFieldSpec, type MemberField } from '../fields.js';

/** Parameters of the `member.<field>.required` rules: `lost` adds the 失联 note to the message. */
export interface RequiredParams {
  lost?: boolean;
}

/** Parameters of the `member.<field>.invalid` rules: a short display of the value (never a full ID/phone). */
export interface InvalidParams {
  value: string;
}

type RequiredField = (typeof REQUIRED_MEMBER_FIELDS)[number];
type ChoiceOrTextField = (typeof CHOICE_OR_TEXT_FIELDS)[number];

const LOST_NOTE_ZH = '（失联党员可先采集已知信息，联系上后补全）';
const LOST_NOTE_EN = ' (a member who lost contact may be collected with what is known; complete it later)';

function requiredRule(field: RequiredField): Rule<RequiredParams> {
  const label = MEMBER_FIELD_LABELS[field];
  const always = memberFieldSpec(field).blank === 'error';
  return defineRule<RequiredParams>({
    id: `member.${field}.required`,
    severity: 'error',
    summary: `${label.en[0]!.toUpperCase()}${label.en.slice(1)} (${label.zh}) is blank${always ? '' : '; a warning for a member who lost contact'}`,
    source: always ? `guide item ${memberFieldSpec(field).item}` : 'guide items 11–26 (失联 members: guide §一, 皖组通字〔2017〕26号); docs/rules.md',
    zh: ({ lost }) => `${label.zh}未填写${lost ? LOST_NOTE_ZH : ''}`,
    en: ({ lost }) => `${label.en[0]!.toUpperCase()}${label.en.slice(1)} is missing${lost ? LOST_NOTE_EN : ''}`,
  });
}

function invalidRule(field: ChoiceOrTextField): Rule<InvalidParams> {
  const label = MEMBER_FIELD_LABELS[field];
  const expected = memberFieldSpec(field).expected!;
  return defineRule<InvalidParams>({
    id: `member.${field}.invalid`,
    severity: 'error',
    summary: `${label.en[0]!.toUpperCase()}${label.en.slice(1)} (${label.zh}) is not a value the form allows`,
    source: 'guide items 11–26; docs/spreadsheets.md (cell values)',
    zh: ({ value }) => `${label.zh}“${value}”无法识别，${expected.zh}`,
    en: ({ value }) => `Unrecognised ${label.en} "${value}": ${expected.en}`,
  });
}

function buildRules<F extends string, R>(fields: readonly F[], build: (f: F) => R): Readonly<Record<F, R>> {
  const out = {} as Record<F, R>;
  for (const f of fields) out[f] = build(f);
  return Object.freeze(out);
}

/**
 * `member.<field>.required`, by field: the field is blank. Error; a warning when 失联 = 是 (except `name`).
 * @example
 * memberRequiredRules.joinDate.id // 'member.joinDate.required'
 */
export const memberRequiredRules: Readonly<Record<RequiredField, Rule<RequiredParams>>> = buildRules(
  REQUIRED_MEMBER_FIELDS,
  requiredRule,
);

/**
 * `member.<field>.invalid`, by field: a text or choice field holds something the form does not allow.
 * @example
 * memberInvalidRules.gender.id // 'member.gender.invalid'
 */
export const memberInvalidRules: Readonly<Record<ChoiceOrTextField, Rule<InvalidParams>>> = buildRules(
  CHOICE_OR_TEXT_FIELDS,
  invalidRule,
);

/**
 * `member.record.invalid` (error): the member record is not an object at all.
 * @example
 * memberRecordInvalidRule.en({ type: 'string' }) // 'A member record must be an object, got string'
 */
export const memberRecordInvalidRule = defineRule<{ type: string }>({
  id: 'member.record.invalid',
  severity: 'error',
  summary: 'The member record is not an object',
  source: 'partyinfo API',
  zh: ({ type }) => `党员记录应为对象，实际为 ${type}`,
  en: ({ type }) => `A member record must be an object, got ${type}`,
});

/**
 * `member.field.unreadable` (error): reading the field threw (a getter or proxy failed); it counts as blank.
 * @example
 * memberFieldUnreadableRule.id // 'member.field.unreadable'
 */
export const memberFieldUnreadableRule = defineRule<{ field: string }>({
  id: 'member.field.unreadable',
  severity: 'error',
  summary: 'A field of the member record could not be read (its getter threw)',
  source: 'partyinfo API',
  zh: ({ field }) => `无法读取字段 ${field}`,
  en: ({ field }) => `Field ${field} could not be read`,
});

/**
 * Label of a field in the message language.
 * @example
 * fieldLabel('joinDate', 'zh-CN') // '加入党组织日期'
 */
export function fieldLabel(field: MemberField, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? MEMBER_FIELD_LABELS[field].en : MEMBER_FIELD_LABELS[field].zh;
}
