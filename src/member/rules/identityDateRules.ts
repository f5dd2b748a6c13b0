/**
 * Member rules on identity (gender, birth date, ethnicity against the ID number and code table) and on the
 * Party dates: joining (item 19), full membership (item 20), probation.
 * @module
 */
import { defineRule } from '../../rules/define.js';

/**
 * `member.gender.idMismatch` (error): 性别 contradicts the ID number's order code (odd = 男).
 * @example
 * genderIdMismatchRule.zh({ gender: '女', idGender: '男' }) // '性别（女）与公民身份证号所示性别（男）不一致'
 */
export const genderIdMismatchRule = defineRule<{ gender: string; idGender: string }>({
  id: 'member.gender.idMismatch',
  severity: 'error',
  summary: "Gender contradicts the ID number's order code (odd = male, even = female)",
  source: 'GB 11643-1999; guide item 12',
  zh: ({ gender, idGender }) => `性别（${gender}）与公民身份证号所示性别（${idGender}）不一致`,
  en: ({ gender, idGender }) => `Gender ${gender} contradicts the ID number, which says ${idGender}`,
});

/**
 * `member.birthDate.idMismatch` (warning): 出生日期 differs from the ID number's; for cadres the date
 * verified by the organisation department prevails (guide 注意事项（一）4), so only a warning.
 * @example
 * birthDateIdMismatchRule.severity // 'warning'
 */
export const birthDateIdMismatchRule = defineRule<{ birthDate: string; idBirthDate: string }>({
  id: 'member.birthDate.idMismatch',
  severity: 'warning',
  summary: "Date of birth differs from the ID number's (the organisation-verified date prevails for cadres)",
  source: 'guide 注意事项（一）4',
  zh: ({ birthDate, idBirthDate }) =>
    `出生日期（${birthDate}）与公民身份证号中的出生日期（${idBirthDate}）不一致；领导干部以组织部门核定的为准，请核实`,
  en: ({ birthDate, idBirthDate }) =>
    `Date of birth ${birthDate} differs from the ID number's ${idBirthDate}; for cadres the organisation-verified date prevails — please check`,
});

/**
 * `member.birthDate.implausible` (error): born before 1900, or older than `policy.maxMemberAge` (110) on the
 * reference date. The ID parser accepts birth years from 1800 (GB 11643's own example is born 1880); a
 * member that old is a record to check.
 * @example
 * birthDateImplausibleRule.zh({ birthDate: '1880-01-01', age: 137, maxAge: 110 }) // '出生日期（1880-01-01）表明年龄为 137 周岁，超过 110 周岁或早于1900年，请核实出生日期和公民身份证号'
 */
export const birthDateImplausibleRule = defineRule<{ birthDate: string; age: number; maxAge: number }>({
  id: 'member.birthDate.implausible',
  severity: 'error',
  summary: 'Born before 1900, or older than 110 (policy.maxMemberAge) on the reference date',
  source: 'guide item 15 (plausibility); GB 11643-1999 §5.2',
  zh: ({ birthDate, age, maxAge }) => `出生日期（${birthDate}）表明年龄为 ${age} 周岁，超过 ${maxAge} 周岁或早于1900年，请核实出生日期和公民身份证号`,
  en: ({ birthDate, age, maxAge }) => `Date of birth ${birthDate} makes the member ${age}, older than ${maxAge} or born before 1900: check the date and the ID number`,
});

/**
 * `member.ethnicity.unknown` (error): 民族 is neither a GB/T 3304 name, short name nor code.
 * @example
 * ethnicityUnknownRule.en({ value: '火星族' }) // 'Unknown ethnicity "火星族": give the full name (汉族) or the GB/T 3304 code (01)'
 */
export const ethnicityUnknownRule = defineRule<{ value: string }>({
  id: 'member.ethnicity.unknown',
  severity: 'error',
  summary: 'Ethnicity is not a GB/T 3304 name or code',
  source: 'guide item 13; GB/T 3304-1991',
  zh: ({ value }) => `民族“${value}”无法识别，请填写全称（如汉族、土家族）或 GB/T 3304 代码（如 01）`,
  en: ({ value }) => `Unknown ethnicity "${value}": give the full name (汉族) or the GB/T 3304 code (01)`,
});

/**
 * `member.joinDate.underage` (error): younger than `policy.minJoinAge` (党章: 18) on the join date; the
 * 18th birthday itself is old enough.
 * @example
 * joinDateUnderageRule.zh({ joinDate: '2017-06-30', age: 17, minAge: 18 }) // '加入党组织日期（2017-06-30）时年龄为 17 周岁，未满 18 周岁'
 */
export const joinDateUnderageRule = defineRule<{ joinDate: string; age: number; minAge: number }>({
  id: 'member.joinDate.underage',
  severity: 'error',
  summary: 'Younger than 18 (policy.minJoinAge) on the date of joining',
  source: '党章 第一条; guide item 19',
  zh: ({ joinDate, age, minAge }) => `加入党组织日期（${joinDate}）时年龄为 ${age} 周岁，未满 ${minAge} 周岁`,
  en: ({ joinDate, age, minAge }) => `Aged ${age} on the date of joining (${joinDate}), under ${minAge}`,
});

/**
 * `member.joinDate.beforeBirth` (error): the join date is before the birth date — one of the two is wrong.
 * @example
 * joinDateBeforeBirthRule.zh({ joinDate: '1950-07-01', birthDate: '1980-03-15' }) // '加入党组织日期（1950-07-01）早于出生日期（1980-03-15），其中必有一项有误'
 */
export const joinDateBeforeBirthRule = defineRule<{ joinDate: string; birthDate: string }>({
  id: 'member.joinDate.beforeBirth',
  severity: 'error',
  summary: 'Date of joining is before the date of birth',
  source: 'guide items 15 and 19 (plausibility)',
  zh: ({ joinDate, birthDate }) => `加入党组织日期（${joinDate}）早于出生日期（${birthDate}），其中必有一项有误`,
  en: ({ joinDate, birthDate }) => `Date of joining ${joinDate} is before the date of birth ${birthDate}: one of them is wrong`,
});

/**
 * `member.joinDate.future` (error): the join date is after the reference date.
 * @example
 * joinDateFutureRule.id // 'member.joinDate.future'
 */
export const joinDateFutureRule = defineRule<{ joinDate: string; today: string }>({
  id: 'member.joinDate.future',
  severity: 'error',
  summary: 'Date of joining is in the future',
  source: 'docs/rules.md (plausibility bounds)',
  zh: ({ joinDate, today }) => `加入党组织日期（${joinDate}）晚于当前日期（${today}）`,
  en: ({ joinDate, today }) => `Date of joining ${joinDate} is after today (${today})`,
});

/**
 * `member.joinDate.beforeFounding` (error): the join date is before the Party's founding, 1921-07-01.
 * @example
 * joinDateBeforeFoundingRule.severity // 'error'
 */
export const joinDateBeforeFoundingRule = defineRule<{ joinDate: string }>({
  id: 'member.joinDate.beforeFounding',
  severity: 'error',
  summary: 'Date of joining is before 1921-07-01',
  source: 'docs/rules.md (plausibility bounds)',
  zh: ({ joinDate }) => `加入党组织日期（${joinDate}）早于建党日期 1921-07-01`,
  en: ({ joinDate }) => `Date of joining ${joinDate} is before the Party's founding on 1921-07-01`,
});

/**
 * `member.fullDate.missing` (error; a warning for a 失联 member): a 正式党员 without 转为正式党员日期.
 * The guide's fallback when papers are lost is join + 1 year — see `suggestFullDate`.
 * @example
 * fullDateMissingRule.en({ suggestion: '2011-09-01' }) // 'A full member needs the date of full membership; if the papers are lost the guide takes the date of joining + 1 year (2011-09-01)'
 */
export const fullDateMissingRule = defineRule<{ suggestion?: string; lost?: boolean }>({
  id: 'member.fullDate.missing',
  severity: 'error',
  summary: 'A full member (正式党员) without the date of full membership',
  source: 'guide item 20, 注意事项（一）3',
  zh: ({ suggestion, lost }) =>
    `正式党员应填写转为正式党员日期` +
    (suggestion ? `；材料丢失无法查找的，一般按入党日期顺延一年（${suggestion}）` : '') +
    (lost ? '（失联党员可先采集已知信息）' : ''),
  en: ({ suggestion, lost }) =>
    `A full member needs the date of full membership` +
    (suggestion ? `; if the papers are lost the guide takes the date of joining + 1 year (${suggestion})` : '') +
    (lost ? ' (member lost contact: collect what is known)' : ''),
});

/**
 * `member.fullDate.unexpected` (error): a 预备党员 with a full-membership date.
 * @example
 * fullDateUnexpectedRule.id // 'member.fullDate.unexpected'
 */
export const fullDateUnexpectedRule = defineRule<{ fullDate: string }>({
  id: 'member.fullDate.unexpected',
  severity: 'error',
  summary: 'A probationary member (预备党员) with a date of full membership',
  source: 'guide items 17, 20',
  zh: ({ fullDate }) => `预备党员不应有转为正式党员日期（${fullDate}）；已转正的请将人员类别改为正式党员`,
  en: ({ fullDate }) => `A probationary member has no date of full membership (${fullDate}); if already full, set the member type to 正式党员`,
});

/**
 * `member.fullDate.tooEarly` (error): less than a year after joining (probation is one year; join + 1 year
 * exactly is on time, a 29 February join date ends on 28 February). Where either day may be assumed (the
 * 1st: guide items 19–20 fill an unknown day so), only the months are compared.
 * @example
 * fullDateTooEarlyRule.severity // 'error'
 */
export const fullDateTooEarlyRule = defineRule<{ fullDate: string; earliest: string }>({
  id: 'member.fullDate.tooEarly',
  severity: 'error',
  summary: 'Date of full membership less than one year after joining',
  source: '党章 第七条; guide item 20',
  zh: ({ fullDate, earliest }) => `转为正式党员日期（${fullDate}）距入党不满一年预备期，最早应为 ${earliest}`,
  en: ({ fullDate, earliest }) => `Date of full membership ${fullDate} is within the one-year probation; the earliest is ${earliest}`,
});

/**
 * `member.fullDate.extended` (warning): more than one and at most two years after joining — an extended
 * probation, which needs its decision on file.
 * @example
 * fullDateExtendedRule.severity // 'warning'
 */
export const fullDateExtendedRule = defineRule<{ fullDate: string; onTime: string }>({
  id: 'member.fullDate.extended',
  severity: 'warning',
  summary: 'Date of full membership more than one year after joining (extended probation)',
  source: '党章 第七条; 发展党员工作细则 第三十二条; guide item 20',
  zh: ({ fullDate, onTime }) => `转为正式党员日期（${fullDate}）晚于按期转正日期（${onTime}），应为延长预备期，请核实延长预备期的决定`,
  en: ({ fullDate, onTime }) => `Date of full membership ${fullDate} is after the on-time date ${onTime}: probation extended? Check the decision`,
});

/**
 * `member.fullDate.tooLate` (error): more than two years after joining (probation may be extended once, by
 * at most a year).
 * @example
 * fullDateTooLateRule.id // 'member.fullDate.tooLate'
 */
export const fullDateTooLateRule = defineRule<{ fullDate: string; latest: string }>({
  id: 'member.fullDate.tooLate',
  severity: 'error',
  summary: 'Date of full membership more than two years after joining',
  source: '党章 第七条 (延长预备期不能超过一年)',
  zh: ({ fullDate, latest }) => `转为正式党员日期（${fullDate}）距入党超过两年，预备期延长不能超过一年，最晚应为 ${latest}`,
  en: ({ fullDate, latest }) => `Date of full membership ${fullDate} is more than two years after joining; the latest possible is ${latest}`,
});

/**
 * `member.fullDate.future` (error): the full-membership date is after the reference date.
 * @example
 * fullDateFutureRule.severity // 'error'
 */
export const fullDateFutureRule = defineRule<{ fullDate: string; today: string }>({
  id: 'member.fullDate.future',
  severity: 'error',
  summary: 'Date of full membership is in the future',
  source: 'partyinfo (plausibility)',
  zh: ({ fullDate, today }) => `转为正式党员日期（${fullDate}）晚于当前日期（${today}）`,
  en: ({ fullDate, today }) => `Date of full membership ${fullDate} is after today (${today})`,
});

/**
 * `member.probation.overdue` (warning): a 预备党员 who joined more than two years before the reference date.
 * @example
 * probationOverdueRule.id // 'member.probation.overdue'
 */
export const probationOverdueRule = defineRule<{ joinDate: string; due: string }>({
  id: 'member.probation.overdue',
  severity: 'warning',
  summary: 'A probationary member who joined more than two years ago',
  source: '党章 第七条; reference/member-rules.md §2',
  zh: ({ joinDate, due }) => `预备党员入党（${joinDate}）已超过两年（${due}），预备期应已结束：请核实是否已转正或取消预备党员资格`,
  en: ({ joinDate, due }) => `Probationary member since ${joinDate}, more than two years (${due}): full membership or cancellation is overdue`,
});
