/**
 * The member form's fields (《党员基本信息采集表》 items 11–26) and the confirmation note, as one table:
 * the single place a member field is described. Everything else is derived from it — the field lists and
 * labels (`./fields.ts`), the `required`/`invalid` rules (`./rules/fieldRules.ts`), the header aliases and
 * cell kinds of `partyinfo/io`, the template's columns, the report's field order, the fixed object shapes
 * of the hot path (`./generated/shapes.ts`, written by `npm run fields:gen`) and the column list in
 * docs/spreadsheets.md. Data only.
 * @module
 */
import type { FieldSpec } from '../_lib/fieldTable.js';

/** One field (or flat column) of a member record. */
export interface MemberFieldSpec extends FieldSpec {
  /**
   * Column of the 附件4 template (1 = 姓名; 序号 is column 0). Fields the template lacks have none: they are
   * written after its columns, in table order (the confirmation note last, and only when some member has one).
   */
  readonly column?: number;
  /** Header of the template's first header row over this column, when the column has a sub-header. */
  readonly columnGroup?: string;
  /** The code table whose codes the cell holds (written as `code name`). */
  readonly codeTable?: 'ethnicity' | 'education' | 'workPost';
  /** A blank cell is `member.<key>.required`: `error` always, `errorUnlessLost` a warning for a 失联 member. */
  readonly blank?: 'error' | 'errorUnlessLost';
  /** What `member.<key>.invalid` says the field accepts: a text or choice field whose parser is in src/member. */
  readonly expected?: { readonly zh: string; readonly en: string };
  /** A correction that changes it is reviewed (`change.sensitive`, guide §三(二)(4)). */
  readonly sensitive?: true;
  /** Free text a hidden character could disguise (`text.hiddenChar`); codes, dates and numbers fail their own format. */
  readonly freeText?: true;
  /** A flat spreadsheet column read into another field (核对人员 → `confirmation.by`): a raw cell, not a draft field. */
  readonly partOf?: 'confirmation';
  /** The draft key that also holds the code table's name for the code (民族 → `ethnicityName`). */
  readonly nameKey?: string;
}

const YES_NO = { zh: '应为“是”或“否”', en: 'expected 是 or 否' } as const;

/**
 * The member fields in the order of the form, then the confirmation note's flat columns.
 * Not required (no `blank`): `fullDate` (`member.fullDate.missing` decides by member type), `mobile`
 * (`member.mobile.missing`, a warning), landline, the 失联/流动 answers (blank reads as 否), their date and
 * destination (rules of their own) and the confirmation. `gender` and `birthDate` are required only when the
 * ID number cannot supply them (the field steps decide).
 * @example
 * MEMBER_FIELD_TABLE[0].aliases[0] // '姓名'
 */
export const MEMBER_FIELD_TABLE = [
  {
    key: 'name', item: 11, zh: '姓名', en: 'name', aliases: ['姓名', '党员姓名'], cell: 'text', column: 1,
    blank: 'error', sensitive: true, freeText: true,
    expected: { zh: '应为姓名文字（不超过 200 字，不含数字）', en: 'expected a personal name (at most 200 characters, no digits)' },
  },
  {
    key: 'gender', item: 12, zh: '性别', en: 'gender', aliases: ['性别'], cell: 'flag', column: 4,
    blank: 'errorUnlessLost', sensitive: true, expected: { zh: '应为“男”或“女”', en: 'expected 男 or 女' },
  },
  {
    key: 'ethnicity', item: 13, zh: '民族', en: 'ethnicity', aliases: ['民族'], cell: 'code', column: 5,
    codeTable: 'ethnicity', nameKey: 'ethnicityName', blank: 'errorUnlessLost', sensitive: true,
  },
  {
    key: 'idNumber', item: 14, zh: '公民身份证号', en: 'citizen ID number',
    aliases: ['公民身份证号', '公民身份号码', '公民身份证号码', '身份证号', '身份证号码', '身份证', '身份证件号码', '证件号码'],
    cell: 'identifier', column: 3, blank: 'errorUnlessLost', sensitive: true,
  },
  {
    key: 'birthDate', item: 15, zh: '出生日期', en: 'date of birth', aliases: ['出生日期', '出生年月', '出生年月日', '生日'],
    cell: 'date', column: 6, blank: 'errorUnlessLost', sensitive: true,
  },
  {
    key: 'education', item: 16, zh: '学历', en: 'education', aliases: ['学历', '最高学历', '文化程度'], cell: 'code', column: 7,
    codeTable: 'education', blank: 'errorUnlessLost',
  },
  {
    key: 'memberType', item: 17, zh: '人员类别', en: 'member type', aliases: ['人员类别', '党员类别', '党员类型'], cell: 'flag',
    column: 8, blank: 'errorUnlessLost', expected: { zh: '应为“正式党员”或“预备党员”', en: 'expected 正式党员 or 预备党员' },
  },
  {
    key: 'branch', item: 18, zh: '所在党支部', en: 'branch',
    aliases: ['所在党支部', '所在支部', '党支部', '所属党支部', '所属支部', '党支部名称', '支部名称', '所在党组织'],
    cell: 'text', column: 2, blank: 'errorUnlessLost', freeText: true,
    expected: { zh: '应为党支部全称（不超过 200 字）', en: "expected the branch's full name (at most 200 characters)" },
  },
  {
    key: 'joinDate', item: 19, zh: '加入党组织日期', en: 'date of joining the Party',
    aliases: ['加入党组织日期', '入党日期', '入党时间', '加入党组织时间'], cell: 'date', column: 9, blank: 'errorUnlessLost', sensitive: true,
  },
  {
    key: 'fullDate', item: 20, zh: '转为正式党员日期', en: 'date of full membership',
    aliases: ['转为正式党员日期', '转正日期', '转正时间', '转为正式党员时间'], cell: 'date', column: 10, sensitive: true,
  },
  {
    key: 'workPost', item: 21, zh: '工作岗位', en: 'work post', aliases: ['工作岗位', '岗位', '工作岗位代码'], cell: 'code', column: 11,
    codeTable: 'workPost', blank: 'errorUnlessLost',
  },
  {
    key: 'mobile', item: 22, zh: '手机号', en: 'mobile number', aliases: ['手机号', '手机', '手机号码', '移动电话', '联系电话', '联系方式'],
    cell: 'identifier', column: 12, columnGroup: '联系电话',
  },
  {
    key: 'landline', item: 22, zh: '固定电话', en: 'landline', aliases: ['固定电话', '座机', '座机号码', '固话', '办公电话'],
    cell: 'identifier', column: 13, columnGroup: '联系电话',
  },
  {
    key: 'address', item: 23, zh: '家庭住址', en: 'home address', aliases: ['家庭住址', '家庭地址', '住址', '现居住地址'], cell: 'text',
    column: 14, blank: 'errorUnlessLost', freeText: true,
    expected: { zh: '应为地址文字（不超过 1000 字）', en: 'expected an address (at most 1000 characters)' },
  },
  {
    key: 'partyStatus', item: 24, zh: '党籍状态', en: 'Party membership status', aliases: ['党籍状态'], cell: 'text', column: 15,
    blank: 'errorUnlessLost',
  },
  {
    key: 'lostContact', item: 25, zh: '是否为失联党员', en: 'lost-contact answer',
    aliases: ['是否为失联党员', '是否失联党员', '是否失联', '失联党员'], cell: 'flag', column: 16, expected: YES_NO,
  },
  {
    key: 'lostContactDate', item: 25, zh: '失去联系日期', en: 'date contact was lost',
    aliases: ['失去联系日期', '失联日期', '失去联系时间', '失联时间'], cell: 'date', column: 17,
  },
  {
    key: 'floating', item: 26, zh: '是否为流动党员', en: 'floating-member answer',
    aliases: ['是否为流动党员', '是否流动党员', '是否流动', '流动党员'], cell: 'flag', column: 18, expected: YES_NO,
  },
  {
    key: 'floatingDestination', item: 26, zh: '外出流向', en: 'destination', aliases: ['外出流向', '流向', '外出流动去向', '流动去向'],
    cell: 'text', column: 19, freeText: true,
    expected: { zh: '应为外出流向文字，或 { province, city, county }', en: 'expected a destination as text or { province, city, county }' },
  },
  {
    key: 'confirmation', zh: '本人确认情况', en: 'confirmation', aliases: ['确认方式', '本人确认情况', '确认情况'], cell: 'text',
    expected: {
      zh: '应为“本人签字”“电话确认”“微信确认”，或 { kind, by, date, what }',
      en: 'expected 本人签字, 电话确认, 微信确认 or { kind, by, date, what }',
    },
  },
  { key: 'confirmedBy', zh: '核对人员', en: 'checked by', aliases: ['核对人员', '核对人'], cell: 'text', partOf: 'confirmation' },
  { key: 'confirmedDate', zh: '核对时间', en: 'checked on', aliases: ['核对时间', '核对日期'], cell: 'date', partOf: 'confirmation' },
  { key: 'confirmedWhat', zh: '核对情况', en: 'what was checked', aliases: ['核对情况'], cell: 'text', partOf: 'confirmation' },
] as const satisfies readonly MemberFieldSpec[];
