/**
 * Member rules on the work post (item 21), contact details (items 22–23) and status (items 24–26).
 * @module
 */
import { defineRule } from '../../rules/define.js';

/**
 * `member.workPost.elderMigrant` (review): 70 or older (policy.elderMigrantAge) on the reference date and
 * 123 外出务工经商人员.
 * @example
 * workPostElderMigrantRule.zh({ age: 72, minAge: 70 }) // '72 周岁的党员工作岗位为“外出务工经商人员”（123），70 岁以上须核实'
 */
export const workPostElderMigrantRule = defineRule<{ age: number; minAge: number }>({
  id: 'member.workPost.elderMigrant',
  severity: 'review',
  summary: 'Aged 70 or over and recorded as a migrant worker/trader (123)',
  source: 'guide item 21',
  zh: ({ age, minAge }) => `${age} 周岁的党员工作岗位为“外出务工经商人员”（123），${minAge} 岁以上须核实`,
  en: ({ age, minAge }) => `Aged ${age} and recorded as 外出务工经商人员 (123): members aged ${minAge}+ must be checked`,
});

/**
 * `member.workPost.youngRetiree` (review): 45 or younger (policy.youngRetireeAge; "以下" includes 45) and
 * 501–504 离退休 (离休、退休、退职、内部退养).
 * @example
 * workPostYoungRetireeRule.severity // 'review'
 */
export const workPostYoungRetireeRule = defineRule<{ age: number; maxAge: number; post: string }>({
  id: 'member.workPost.youngRetiree',
  severity: 'review',
  summary: 'Aged 45 or under and recorded as retired (501–504)',
  source: 'guide item 21',
  zh: ({ age, maxAge, post }) => `${age} 周岁的党员工作岗位为“${post}”，${maxAge} 周岁以下的退休退职退养人员须核实`,
  en: ({ age, maxAge, post }) => `Aged ${age} and recorded as ${post}: retirees aged ${maxAge} or under must be checked`,
});

/**
 * `member.workPost.reportList` (review): a category the guide says should not normally occur and must be
 * reported by name — 2 解放军、武警; 3xx 学生; 606; 607; 608; 611. For 611 the message says what the
 * distributed template means by it (人才服务中心/不明职业) and that 其他从业人员 is 612: the guide's "611（其他从业人员）"
 * is a slip.
 * @example
 * workPostReportListRule.en({ code: '611', post: '' }).includes('612') // true
 */
export const workPostReportListRule = defineRule<{ code: string; post: string }>({
  id: 'member.workPost.reportList',
  severity: 'review',
  summary: 'A work post the guide says to list by name (2, 3xx, 606, 607, 608, 611)',
  source: 'guide item 21; 2017 附件4 template (611/612)',
  zh: ({ code, post }) =>
    code === '611'
      ? '工作岗位 611 在采集模板中是“党组织关系在人才（劳动）服务中心、不明职业的人员”，一般不应出现，出现的须报名单；' +
        '如本意是“其他从业人员”，应填 612（辅导稿写作 611 系笔误）'
      : `工作岗位“${post}”（${code}）一般不应出现，出现的须报名单`,
  en: ({ code, post }) =>
    code === '611'
      ? 'Work post 611 means "Party relations kept at a talent (labour) service centre, occupation unknown" in the collection ' +
        'template; it should not normally occur and must be reported by name. For 其他从业人员 (other employed) use 612 — the guide\'s "611" is a slip'
      : `Work post ${post} (${code}) should not normally occur; such members must be reported by name`,
});

/**
 * `member.mobile.missing` (warning): no mobile number (the guide wants it for SMS log-in, transfers, dues).
 * @example
 * mobileMissingRule.severity // 'warning'
 */
export const mobileMissingRule = defineRule({
  id: 'member.mobile.missing',
  severity: 'warning',
  summary: 'No mobile number',
  source: 'guide item 22',
  zh: () => '未填写手机号码（系统将用短信发送验证码、组织关系转接和党费提醒）',
  en: () => 'No mobile number (the system will use SMS for log-in codes, transfers and dues reminders)',
});

/**
 * `member.address.noHouseNumber` (warning): the home address does not go down to a house number. An address
 * passes when a numeral (0–9, full-width digits, 一…十百千零〇两) is followed — spaces allowed — by 号, 室, 栋,
 * 幢, 单元, 弄, 组, 座, 户, 楼 or 排, or when it holds a hyphenated number such as `12-3-401`.
 * @example
 * addressNoHouseNumberRule.id // 'member.address.noHouseNumber'
 */
export const addressNoHouseNumberRule = defineRule({
  id: 'member.address.noHouseNumber',
  severity: 'warning',
  summary: 'Home address without a house number (号/室/栋/幢/单元/弄/组 …)',
  source: 'guide item 23',
  zh: () => '家庭住址应具体到门牌号（如“××路 12 号 3 幢 401 室”、“××村 5 组 18 号”）',
  en: () => 'The home address should go down to the house number (e.g. ××路12号3幢401室, ××村5组18号)',
});

/**
 * `member.partyStatus.notNormal` (error): 党籍状态 other than 正常 (保留党籍 is entered as 正常). With
 * `policy.allowStoppedPartyStatus`, 停止党籍 is accepted, and only warned about when 失联 = 否.
 * @example
 * partyStatusNotNormalRule.zh({ value: '开除', allowed: '正常' }) // '党籍状态“开除”不可录入，只能为“正常”（保留党籍也填“正常”）'
 */
export const partyStatusNotNormalRule = defineRule<{ value: string; allowed: string; notLost?: boolean }>({
  id: 'member.partyStatus.notNormal',
  severity: 'error',
  summary: 'Party membership status other than 正常 (停止党籍 only under a policy)',
  source: 'guide item 24; form item 14',
  zh: ({ value, allowed, notLost }) =>
    notLost
      ? `党籍状态为“${value}”但未标记为失联党员：停止党籍一般用于失联 6 个月以上仍无法取得联系的党员，请核实`
      : `党籍状态“${value}”不可录入，只能为“${allowed}”（保留党籍也填“正常”）`,
  en: ({ value, allowed, notLost }) =>
    notLost
      ? `Status ${value} but not marked as lost contact: 停止党籍 is for members out of contact for 6+ months — please check`
      : `Party membership status "${value}" cannot be entered: only ${allowed} (保留党籍 is entered as 正常)`,
});

/**
 * `member.lostContact.report` (review): 失联 = 是 must be reported to the district organisation department.
 * @example
 * lostContactReportRule.severity // 'review'
 */
export const lostContactReportRule = defineRule({
  id: 'member.lostContact.report',
  severity: 'review',
  summary: 'A member who lost contact must be reported for review',
  source: 'guide item 25',
  zh: () => '失联党员须报区委组织部备案审查',
  en: () => 'A member who lost contact must be reported to the district organisation department for review',
});

/**
 * `member.lostContact.date` (warning): 失联 = 是 without the year-month contact was lost. The guide lets a 失联
 * member be collected with what is known (一、（二）), so a missing date is a warning, like every other
 * missing field of such a member.
 * @example
 * lostContactDateRule.severity // 'warning'
 */
export const lostContactDateRule = defineRule({
  id: 'member.lostContact.date',
  severity: 'warning',
  summary: 'Lost contact, but no date (year-month) when contact was lost (a 失联 member is collected with what is known)',
  source: 'form item 15; guide item 25 and 一、（二）',
  zh: () => '失联党员应填写失去联系日期（年、月）；确实不知道的，可先采集已知信息，取得联系后再补充',
  en: () => 'A member who lost contact should have the date (year and month) contact was lost; if unknown, collect what is known and complete it later',
});

/**
 * `member.education.degree` (warning): 学历 holds a degree word (学士, 硕士, 博士); it is read as the matching
 * 学历 code, but the guide (item 16) warns that some members hold the degree without the schooling: go by the
 * 学历 certificate.
 * @example
 * educationDegreeRule.zh({ value: '硕士', code: '12', name: '硕士研究生' }) // '学历填的是学位“硕士”，已按“12 硕士研究生”处理；部分党员只有学位而没有相应学历，应以学历证书为准，请核实'
 */
export const educationDegreeRule = defineRule<{ value: string; code: string; name: string }>({
  id: 'member.education.degree',
  severity: 'warning',
  summary: 'Education holds a degree word (学士/硕士/博士): read as the matching 学历, to be checked against the diploma',
  source: 'guide item 16',
  zh: ({ value, code, name }) => `学历填的是学位“${value}”，已按“${code} ${name}”处理；部分党员只有学位而没有相应学历，应以学历证书为准，请核实`,
  en: ({ value, code, name }) =>
    `Education holds the degree "${value}", read as ${code} ${name}; some members hold the degree without the schooling — go by the diploma`,
});

/**
 * `member.floating.destination` (error): 流动 = 是 without 外出流向 (province / city / county).
 * @example
 * floatingDestinationRule.severity // 'error'
 */
export const floatingDestinationRule = defineRule({
  id: 'member.floating.destination',
  severity: 'error',
  summary: 'Floating member without a destination (province / city / county)',
  source: 'form item 16; guide item 26',
  zh: () => '流动党员须填写外出流向（省、市、县）',
  en: () => 'A floating member needs the destination (province / city / county)',
});
