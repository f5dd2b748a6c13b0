/**
 * The rules of the identifier and format parsers (docs/rules.md "identifiers", except the
 * `code.*` rules of the code tables). Messages mask ID and phone numbers; they never echo raw input.
 * @module
 */
import { defineRule } from '../rules/define.js';

/** Why an input could not be read as text at all (shared by every format rule). */
export type InputReason = 'type' | 'empty' | 'tooLong' | 'precision';

const INPUT_ZH: Record<InputReason, string> = {
  type: '应为文本',
  empty: '为空',
  tooLong: '过长',
  precision: '被存成了数字，末尾数位已丢失，请改为文本格式',
};
const INPUT_EN: Record<InputReason, string> = {
  type: 'must be text',
  empty: 'is empty',
  tooLong: 'is too long',
  precision: 'was stored as a number and lost its last digits; store it as text',
};

function inputZh(reason: string, fallback: string): string {
  return Object.hasOwn(INPUT_ZH, reason) ? INPUT_ZH[reason as InputReason] : fallback;
}
function inputEn(reason: string, fallback: string): string {
  return Object.hasOwn(INPUT_EN, reason) ? INPUT_EN[reason as InputReason] : fallback;
}

export const idFormatRule = defineRule<{ reason: InputReason | 'shape' }>({
  id: 'id.format',
  severity: 'error',
  summary: 'Not an 18-character citizen ID number (17 digits and a digit or X), nor a 15-digit one',
  source: 'GB 11643-1999 §4',
  zh: ({ reason }) => `公民身份号码${inputZh(reason, '格式错误：应为18位（17位数字加1位数字或X）或15位数字')}`,
  en: ({ reason }) => `Citizen ID number ${inputEn(reason, 'is malformed: 18 characters (17 digits and a digit or X) or 15 digits expected')}`,
});

export const idChecksumRule = defineRule<{ masked: string; expected: string }>({
  id: 'id.checksum',
  severity: 'error',
  summary: 'The check character (ISO 7064 MOD 11-2) does not match the first 17 digits',
  source: 'GB 11643-1999 §6',
  zh: ({ masked, expected }) => `公民身份号码 ${masked} 校验码错误（按前17位应为 ${expected}），请核对号码`,
  en: ({ masked, expected }) => `Citizen ID number ${masked} has a wrong check character (${expected} expected from the first 17 digits)`,
});

/** `invalid`: no such calendar day; `future`: after the reference date; `tooEarly`: before the minimum birth year. */
export type BirthDateReason = 'invalid' | 'future' | 'tooEarly';

export const idBirthDateRule = defineRule<{ masked: string; reason: BirthDateReason; minYear: number }>({
  id: 'id.birthDate',
  severity: 'error',
  summary: 'The birth date inside the number is not a real day, is in the future, or is before the minimum year',
  source: 'GB 11643-1999 §5.2',
  zh: ({ masked, reason, minYear }) =>
    `公民身份号码 ${masked} 中的出生日期${reason === 'future' ? '晚于今天' : reason === 'tooEarly' ? `早于${minYear}年` : '不是真实存在的日期'}`,
  en: ({ masked, reason, minYear }) =>
    `The birth date in citizen ID number ${masked} ${reason === 'future' ? 'is in the future' : reason === 'tooEarly' ? `is before ${minYear}` : 'is not a real day'}`,
});

export const idRegionRule = defineRule<{ masked: string; prefix: string }>({
  id: 'id.region',
  severity: 'error',
  summary: 'The address code does not start with a GB/T 2260 province code (or a residence-permit prefix 81/82/83)',
  source: 'GB 11643-1999 §5.1, GB/T 2260',
  zh: ({ masked, prefix }) => `公民身份号码 ${masked} 的地址码以 ${prefix} 开头，不是省级行政区划代码`,
  en: ({ masked, prefix }) => `Citizen ID number ${masked}: address code prefix ${prefix} is not a province-level division code`,
});

export const idCountyRule = defineRule<{ masked: string }>({
  id: 'id.county',
  severity: 'warning',
  summary: 'Opt-in (checkCountyRegion): the 6-digit address code is in no bundled GB/T 2260 table — check it; the table is incomplete for long-abolished codes',
  source: 'GB/T 2260; codes/identifiers/gbt2260-counties.json',
  zh: ({ masked }) => `公民身份号码 ${masked} 的地址码不在内置的行政区划代码表中（可能是很早撤销的代码），请核对`,
  en: ({ masked }) => `Citizen ID number ${masked}: the address code is in no bundled GB/T 2260 table (perhaps long abolished); check it`,
});

export const idLegacy15Rule = defineRule<{ masked: string }>({
  id: 'id.legacy15',
  severity: 'warning',
  summary: 'A 15-digit (first-generation) number was upgraded to 18 digits',
  source: 'GB 11643-1999 (15 → 18 conversion)',
  zh: ({ masked }) => `15位公民身份号码已升级为18位 ${masked}，请核对第二代身份证`,
  en: ({ masked }) => `15-digit citizen ID number upgraded to 18 digits (${masked}); check against the second-generation card`,
});

/** `length`: not 18 characters; `chars`: a character outside the 31-symbol alphabet or a non-digit region code; `unitLength`: a unit code neither 18 nor 9 characters. */
export type CodeShapeReason = InputReason | 'length' | 'chars' | 'unitLength';

const SHAPE_ZH = { length: '应为18位', chars: '含有不允许的字符（不用 I、O、Z、S、V，第3–8位为数字）' };
const SHAPE_EN = { length: 'must have 18 characters', chars: 'holds a character that is not allowed (no I, O, Z, S, V; positions 3–8 are digits)' };

export const creditCodeFormatRule = defineRule<{ reason: CodeShapeReason }>({
  id: 'creditCode.format',
  severity: 'error',
  summary: 'Not 18 characters of the GB 32100 alphabet (0–9 and A–Y without I, O, S, V, Z; region digits)',
  source: 'GB 32100-2015 §4',
  zh: ({ reason }) =>
    reason === 'unitLength'
      ? '单位代码应为18位统一社会信用代码或9位组织机构代码'
      : `统一社会信用代码${inputZh(reason, Object.hasOwn(SHAPE_ZH, reason) ? SHAPE_ZH[reason as keyof typeof SHAPE_ZH] : '格式错误')}`,
  en: ({ reason }) =>
    reason === 'unitLength'
      ? 'Unit code must be an 18-character credit code or a 9-character organisation code'
      : `Unified social credit code ${inputEn(reason, Object.hasOwn(SHAPE_EN, reason) ? SHAPE_EN[reason as keyof typeof SHAPE_EN] : 'is malformed')}`,
});

/** `code`: the 18th character; `orgCode`: the GB 11714 check character at position 17. */
export const creditCodeChecksumRule = defineRule<{ value: string; expected: string; which: 'code' | 'orgCode' }>({
  id: 'creditCode.checksum',
  severity: 'error',
  summary: 'The check character (position 18, GB 32100) or the embedded organisation-code check (position 17, GB 11714) is wrong',
  source: 'GB 32100-2015 §5, GB 11714-1997',
  zh: ({ value, expected, which }) =>
    which === 'code'
      ? `统一社会信用代码 ${value} 校验码错误（第18位应为 ${expected}）`
      : `统一社会信用代码 ${value} 中的组织机构代码校验位错误（第17位应为 ${expected}）`,
  en: ({ value, expected, which }) =>
    which === 'code'
      ? `Unified social credit code ${value} has a wrong check character (${expected} expected at position 18)`
      : `Unified social credit code ${value}: the embedded organisation code has a wrong check character (${expected} expected at position 17)`,
});

export const creditCodeAuthorityRule = defineRule<{ authority: string; type: string }>({
  id: 'creditCode.authority',
  severity: 'error',
  summary: 'Positions 1–2 are not a known registration-authority / organisation-type pair (catches ID numbers typed as codes)',
  source: 'GB 32100-2015 §4.1–4.2; codes/identifiers/credit-code-registration.json',
  zh: ({ authority, type }) => `统一社会信用代码第1–2位 ${authority}${type} 不是已知的登记管理部门和机构类别组合`,
  en: ({ authority, type }) => `Positions 1–2 (${authority}${type}) are not a known registration authority and organisation type`,
});

export const creditCodeAuthorityUnconfirmedRule = defineRule<{ authority: string; type: string }>({
  id: 'creditCode.authorityUnconfirmed',
  severity: 'warning',
  summary: 'Positions 1–2 are a pair some sources report (G1, J1, Q1 …) but no official source confirms: check the code against its certificate',
  source: 'GB 32100-2015 §4.1–4.2; codes/identifiers/credit-code-registration.json (unconfirmed)',
  zh: ({ authority, type }) => `统一社会信用代码第1–2位 ${authority}${type} 未经官方确认（仅见于部分资料），请对照证书核实代码`,
  en: ({ authority, type }) => `Positions 1–2 (${authority}${type}) are reported by some sources but not officially confirmed; check the code against its certificate`,
});

export const orgCodeFormatRule = defineRule<{ reason: InputReason | 'shape' }>({
  id: 'orgCode.format',
  severity: 'error',
  summary: 'Not 8 digits or capital letters and a check digit or X (dash optional)',
  source: 'GB 11714-1997 §4',
  zh: ({ reason }) => `组织机构代码${inputZh(reason, '格式错误：应为8位数字或大写字母加1位校验码（如 12345678-9）')}`,
  en: ({ reason }) => `Organisation code ${inputEn(reason, 'is malformed: 8 digits or capital letters and a check character (e.g. 12345678-9) expected')}`,
});

export const orgCodeChecksumRule = defineRule<{ value: string; expected: string }>({
  id: 'orgCode.checksum',
  severity: 'error',
  summary: 'The GB 11714 check character does not match the first 8 characters',
  source: 'GB 11714-1997 §5',
  zh: ({ value, expected }) => `组织机构代码 ${value} 校验码错误（应为 ${expected}）`,
  en: ({ value, expected }) => `Organisation code ${value} has a wrong check character (${expected} expected)`,
});

export const unitCodePlaceholderRule = defineRule({
  id: 'unit.code.placeholder',
  severity: 'review',
  summary: '18 zeros stand in for a unit that truly has no code (the guide allows it): confirm the unit has neither code',
  source: '2017 collection guide, item 10',
  zh: () => '单位代码为18个0（指南第10项允许确实没有或无法确认代码的单位以此代替），请确认该单位确无组织机构代码和统一社会信用代码',
  en: () => 'Unit code is 18 zeros (item 10 allows it for a unit that truly has no code): confirm it has neither an organisation code nor a credit code',
});

export const unitCodeOrgCodeRule = defineRule<{ value: string }>({
  id: 'unit.code.orgCode',
  severity: 'warning',
  summary: 'An old 9-character organisation code was given: the re-issued credit code should be preferred',
  source: '2017 collection guide, item 10; GB 32100-2015',
  zh: ({ value }) => `单位代码 ${value} 是组织机构代码，单位已换发统一社会信用代码的应填写新代码`,
  en: ({ value }) => `Unit code ${value} is an old organisation code; give the unified social credit code if it has been issued`,
});

/** `shape`: not 11 digits starting with 1[3-9]; `segment`: a number segment not in the table. */
export const mobileFormatRule = defineRule<{ reason: InputReason | 'shape' | 'segment'; masked: string }>({
  id: 'phone.mobile.format',
  severity: 'error',
  summary: 'Not a mainland mobile number (11 digits, 1[3-9], a known number segment)',
  source: 'docs/spreadsheets.md (cell values); codes/identifiers/mobile-segments.json',
  zh: ({ reason, masked }) =>
    reason === 'segment'
      ? `手机号码 ${masked} 的号段不存在，请核对`
      : `手机号码${inputZh(reason, '格式错误：应为11位数字，以13–19开头')}`,
  en: ({ reason, masked }) =>
    reason === 'segment'
      ? `Mobile number ${masked} has an unallocated number segment`
      : `Mobile number ${inputEn(reason, 'is malformed: 11 digits starting with 13–19 expected')}`,
});

/** `mobile`: a mobile number in the landline field; `noArea`: no area code. */
export const landlineFormatRule = defineRule<{ reason: InputReason | 'shape' | 'mobile' | 'noArea' }>({
  id: 'phone.landline.format',
  severity: 'error',
  summary: 'Not a landline number: area code (010, 02x, 0xxx) and a 7–8 digit local number, optional extension',
  source: 'docs/spreadsheets.md (cell values)',
  zh: ({ reason }) =>
    reason === 'mobile'
      ? '固定电话栏填的是手机号码，请填入手机号码栏'
      : reason === 'noArea'
        ? '固定电话缺少区号（如 0574-88123456）'
        : `固定电话${inputZh(reason, '格式错误：应为区号加7–8位号码（如 0574-88123456）')}`,
  en: ({ reason }) =>
    reason === 'mobile'
      ? 'The landline field holds a mobile number'
      : reason === 'noArea'
        ? 'Landline number lacks its area code (e.g. 0574-88123456)'
        : `Landline number ${inputEn(reason, 'is malformed: area code and a 7–8 digit number expected (e.g. 0574-88123456)')}`,
});

/** `shape`: no known form; `notReal`: no such day; `excel1900`: serial 60, Excel's fictitious 1900-02-29; `yearOnly`: a bare year. */
export type DateReason = InputReason | 'shape' | 'notReal' | 'excel1900' | 'yearOnly' | 'invalidDate';

const DATE_ZH = {
  shape: '格式无法识别（可用 2017-07-24、2017/7/24、2017.7.24、20170724、2017年7月24日）',
  notReal: '不是真实存在的日期',
  excel1900: '是 Excel 中不存在的 1900年2月29日（序号60）',
  yearOnly: '只有年份，至少应到月份',
  invalidDate: '是无效的日期对象',
};
const DATE_EN = {
  shape: 'has no known form (2017-07-24, 2017/7/24, 2017.7.24, 20170724, 2017年7月24日)',
  notReal: 'is not a real day',
  excel1900: "is Excel's fictitious 1900-02-29 (serial 60)",
  yearOnly: 'holds only a year; at least the month is needed',
  invalidDate: 'is an invalid Date object',
};

export const dateFormatRule = defineRule<{ reason: DateReason }>({
  id: 'date.format',
  severity: 'error',
  summary: 'Not a date in a known form, or not a real calendar day',
  source: 'docs/spreadsheets.md (cell values)',
  zh: ({ reason }) => `日期${inputZh(reason, Object.hasOwn(DATE_ZH, reason) ? DATE_ZH[reason as keyof typeof DATE_ZH] : '格式错误')}`,
  en: ({ reason }) => `Date ${inputEn(reason, Object.hasOwn(DATE_EN, reason) ? DATE_EN[reason as keyof typeof DATE_EN] : 'is malformed')}`,
});

export const dateDayAssumedRule = defineRule<{ value: string }>({
  id: 'date.dayAssumed',
  severity: 'warning',
  summary: 'A date known only to the month was set to the 1st (the guide\'s rule); check it against the file',
  source: '2017 collection guide, items 19–20',
  zh: ({ value }) => `日期只到月份，已按规定填为当月1日（${value}），请尽量核实具体日期`,
  en: ({ value }) => `Date known only to the month; set to the 1st (${value}) as the guide says`,
});

/**
 * Every rule of src/identifiers, for the rule catalogue.
 * @example
 * identifiersRules.map((r) => r.id).includes('id.checksum') // true
 */
export const identifiersRules = [
  idFormatRule,
  idChecksumRule,
  idBirthDateRule,
  idRegionRule,
  idCountyRule,
  idLegacy15Rule,
  creditCodeFormatRule,
  creditCodeChecksumRule,
  creditCodeAuthorityRule,
  creditCodeAuthorityUnconfirmedRule,
  orgCodeFormatRule,
  orgCodeChecksumRule,
  unitCodePlaceholderRule,
  unitCodeOrgCodeRule,
  mobileFormatRule,
  landlineFormatRule,
  dateFormatRule,
  dateDayAssumedRule,
] as const;
