/**
 * Column names of the 2017 forms and the variants found in real exports, by field. Data, not code:
 * the first name of each list is the form's own item name (used when writing); the others are
 * variants, best first (when two columns name the same field, the better-ranked name wins).
 * Names are stored normalised (see `normalizeHeader`): no spaces or line breaks, ASCII folded.
 */

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
 * Member summary columns (党员基本信息汇总表, 附件4) → record fields.
 * @example
 * MEMBER_HEADER_ALIASES.idNumber[0] // '公民身份证号'
 */
export const MEMBER_HEADER_ALIASES = {
  name: ['姓名', '党员姓名'],
  gender: ['性别'],
  ethnicity: ['民族'],
  idNumber: [
    '公民身份证号', '公民身份号码', '公民身份证号码', '身份证号', '身份证号码', '身份证', '身份证件号码', '证件号码',
  ],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  education: ['学历', '最高学历', '文化程度'],
  memberType: ['人员类别', '党员类别', '党员类型'],
  branch: ['所在党支部', '所在支部', '党支部', '所属党支部', '所属支部', '党支部名称', '支部名称', '所在党组织'],
  joinDate: ['加入党组织日期', '入党日期', '入党时间', '加入党组织时间'],
  fullDate: ['转为正式党员日期', '转正日期', '转正时间', '转为正式党员时间'],
  workPost: ['工作岗位', '岗位', '工作岗位代码'],
  mobile: ['手机号', '手机', '手机号码', '移动电话', '联系电话', '联系方式'],
  landline: ['固定电话', '座机', '座机号码', '固话', '办公电话'],
  address: ['家庭住址', '家庭地址', '住址', '现居住地址'],
  partyStatus: ['党籍状态'],
  lostContact: ['是否为失联党员', '是否失联党员', '是否失联', '失联党员'],
  lostContactDate: ['失去联系日期', '失联日期', '失去联系时间', '失联时间'],
  floating: ['是否为流动党员', '是否流动党员', '是否流动', '流动党员'],
  floatingDestination: ['外出流向', '流向', '外出流动去向', '流动去向'],
  confirmation: ['确认方式', '本人确认情况', '确认情况'],
  confirmedBy: ['核对人员', '核对人'],
  confirmedDate: ['核对时间', '核对日期'],
  confirmedWhat: ['核对情况'],
} as const;

/** A column field of the org summary sheet. */
export type OrgColumnField = keyof typeof ORG_HEADER_ALIASES;
/** A column field of the member summary sheet. */
export type MemberColumnField = keyof typeof MEMBER_HEADER_ALIASES;

/**
 * How a column's cells are read. `identifier`: numbers back to digit text; `code`: numbers kept for
 * the code table (it knows when padding is safe); `date`: Excel dates as the text Excel shows;
 * `text`: numbers to text; `flag`: 是/否, 1/0 and booleans kept for the normaliser.
 */
export type CellKind = 'identifier' | 'code' | 'date' | 'text' | 'flag';

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
 * How each member column is read.
 * @example
 * MEMBER_FIELD_KINDS.idNumber // 'identifier'
 */
export const MEMBER_FIELD_KINDS: Record<MemberColumnField, CellKind> = {
  name: 'text', gender: 'flag', ethnicity: 'code', idNumber: 'identifier', birthDate: 'date',
  education: 'code', memberType: 'flag', branch: 'text', joinDate: 'date', fullDate: 'date',
  workPost: 'code', mobile: 'identifier', landline: 'identifier', address: 'text', partyStatus: 'text',
  lostContact: 'flag', lostContactDate: 'date', floating: 'flag', floatingDestination: 'text',
  confirmation: 'text', confirmedBy: 'text', confirmedDate: 'date', confirmedWhat: 'text',
};
