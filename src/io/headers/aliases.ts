/**
 * Column names of the 2017 forms and the variants found in real exports, by field. Data, not code:
 * the first name of each list is the form's own item name (used when writing); the others are
 * variants, best first (when two columns name the same field, the better-ranked name wins).
 * Names are stored normalised (see `normalizeHeader`): no spaces or line breaks, ASCII folded.
 * The member columns come from the member field table (`src/member/fieldTable.ts`).
 */
import { byKey, type CellKind } from '../../_lib/fieldTable.js';
import type { MemberColumn } from '../../member/fields.js';
import { MEMBER_FIELD_TABLE } from '../../member/fieldTable.js';

/**
 * Org summary columns (党组织和所在单位信息汇总表) → record fields; `unit.*` are items 7–10.
 * @example
 * ORG_HEADER_ALIASES['unit.code'][0] // '党组织所在单位代码'
 */
export const ORG_HEADER_ALIASES = {
  name: ['党组织名称', '组织名称', '党组织全称', '联合党支部名称', '联合支部名称'],
  secretary: ['党组织书记', '书记', '书记姓名', '党组织书记姓名'],
  deputySecretary: ['副书记', '党组织副书记'],
  firstSecretary: ['第一书记', '党组织第一书记'],
  contact: ['党组织联系人', '联系人', '联系人姓名'],
  contactPhone: ['联系电话', '联系人电话', '联系人手机', '联系人手机号', '手机号', '手机号码', '联系人联系电话'],
  category: ['组织类别', '党组织类别', '组织类型', '党组织类型', '组织类别代码'],
  unitSituation: ['党组织所在单位情况', '所在单位情况', '单位情况'],
  'unit.name': ['单位名称', '所在单位名称', '党组织所在单位名称', '所在单位'],
  'unit.category': ['单位类别', '单位性质类别', '单位性质', '单位类别代码'],
  'unit.partySetup': ['单位建立党组织情况', '单位建立中共组织情况', '建立党组织情况'],
  'unit.code': [
    '党组织所在单位代码', '单位代码', '统一社会信用代码', '机构代码或统一社会信用代码', '单位统一社会信用代码',
    '组织机构代码', '所在单位代码',
  ],
  id: ['组织编号', '党组织编号', '党组织代码', '组织代码', '编号', 'id'],
  parentId: ['上级组织编号', '上级党组织编号', '上级党组织代码', '上级组织代码', 'parentid'],
  parentName: ['上级党组织', '上级党组织名称', '上级组织', '上级组织名称', '隶属党组织', '上级党组织全称'],
} as const;

/**
 * Member summary columns (党员基本信息汇总表, 附件4) → record fields, from the member field table
 * (`src/member/fieldTable.ts`).
 * @example
 * MEMBER_HEADER_ALIASES.idNumber[0] // '公民身份证号'
 */
export const MEMBER_HEADER_ALIASES: Readonly<Record<MemberColumn, readonly string[]>> = byKey(MEMBER_FIELD_TABLE, (f) => f.aliases);

/** A column field of the org summary sheet. */
export type OrgColumnField = keyof typeof ORG_HEADER_ALIASES;
/** A column field of the member summary sheet. */
export type MemberColumnField = MemberColumn;

export type { CellKind };

/**
 * How each org column is read.
 * @example
 * ORG_FIELD_KINDS.category // 'code'
 */
export const ORG_FIELD_KINDS: Record<OrgColumnField, CellKind> = {
  name: 'text', secretary: 'text', deputySecretary: 'text', firstSecretary: 'text', contact: 'text', contactPhone: 'identifier', category: 'code',
  unitSituation: 'flag', 'unit.name': 'text', 'unit.category': 'code', 'unit.partySetup': 'code',
  'unit.code': 'identifier', id: 'identifier', parentId: 'identifier', parentName: 'text',
};

/**
 * How each member column is read (from the member field table).
 * @example
 * MEMBER_FIELD_KINDS.idNumber // 'identifier'
 */
export const MEMBER_FIELD_KINDS: Readonly<Record<MemberColumnField, CellKind>> = byKey(MEMBER_FIELD_TABLE, (f) => f.cell);
