/**
 * The member form's fields (《党员基本信息采集表》 items 11–26) as data: key, labels, and whether a blank
 * cell is an error. Rules and messages are generated from this table.
 * @module
 */

/** Field keys of a member record, in the order of the form. */
export const MEMBER_FIELDS = [
  'name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'education', 'memberType', 'branch', 'joinDate',
  'fullDate', 'workPost', 'mobile', 'landline', 'address', 'partyStatus', 'lostContact', 'lostContactDate',
  'floating', 'floatingDestination', 'confirmation',
] as const;

/** One of {@link MEMBER_FIELDS}. */
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** Flat spreadsheet columns of the confirmation note (核对人员 / 核对时间 / 核对情况), read beside `confirmation`. */
export const CONFIRMATION_COLUMNS = ['confirmedBy', 'confirmedDate', 'confirmedWhat'] as const;

/** Chinese and English labels of each field, as the form prints them. */
export const MEMBER_FIELD_LABELS: Readonly<Record<MemberField, { zh: string; en: string }>> = Object.freeze({
  name: { zh: '姓名', en: 'name' },
  gender: { zh: '性别', en: 'gender' },
  ethnicity: { zh: '民族', en: 'ethnicity' },
  idNumber: { zh: '公民身份证号', en: 'citizen ID number' },
  birthDate: { zh: '出生日期', en: 'date of birth' },
  education: { zh: '学历', en: 'education' },
  memberType: { zh: '人员类别', en: 'member type' },
  branch: { zh: '所在党支部', en: 'branch' },
  joinDate: { zh: '加入党组织日期', en: 'date of joining the Party' },
  fullDate: { zh: '转为正式党员日期', en: 'date of full membership' },
  workPost: { zh: '工作岗位', en: 'work post' },
  mobile: { zh: '手机号', en: 'mobile number' },
  landline: { zh: '固定电话', en: 'landline' },
  address: { zh: '家庭住址', en: 'home address' },
  partyStatus: { zh: '党籍状态', en: 'Party membership status' },
  lostContact: { zh: '是否为失联党员', en: 'lost-contact answer' },
  lostContactDate: { zh: '失去联系日期', en: 'date contact was lost' },
  floating: { zh: '是否为流动党员', en: 'floating-member answer' },
  floatingDestination: { zh: '外出流向', en: 'destination' },
  confirmation: { zh: '本人确认情况', en: 'confirmation' },
});

/**
 * Fields whose blank cell is `member.<field>.required` — an error, or a warning for a 失联 member (who
 * "may be collected with only what is known"). `name` is always an error. Not listed: `fullDate`
 * (`member.fullDate.missing` decides by member type), `mobile` (`member.mobile.missing`, a warning), and
 * the optional or defaulted ones (landline, 失联/流动 read as 否 when blank, their dates and destination
 * have their own rules). `gender` and `birthDate` are only required when the ID number cannot supply them.
 */
export const REQUIRED_MEMBER_FIELDS = [
  'name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'education', 'memberType', 'branch', 'joinDate',
  'workPost', 'address', 'partyStatus',
] as const satisfies readonly MemberField[];

/** Fields with a `member.<field>.invalid` rule: text or choice fields whose own parser is in src/member. */
export const CHOICE_OR_TEXT_FIELDS = [
  'name', 'gender', 'memberType', 'branch', 'address', 'lostContact', 'floating', 'floatingDestination',
  'confirmation',
] as const satisfies readonly MemberField[];

/** Fields reviewed by `change.sensitive` when a correction changes them (guide §三(二)(4)). */
export const SENSITIVE_MEMBER_FIELDS = [
  'name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'joinDate', 'fullDate',
] as const satisfies readonly MemberField[];
