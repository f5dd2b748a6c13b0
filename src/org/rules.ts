/**
 * The organisation record rules (items 1–10 of 《党组织和所在单位基本信息采集表》).
 * Ids are public API; the catalogue is built from {@link orgRules}.
 * @module
 */
import { defineRule } from '../rules/define.js';
import { fieldLabel } from './fields.js';

const GUIDE = '2017 guide';

export const orgRecordInvalid = defineRule<{ got: string }>({
  id: 'org.record.invalid',
  severity: 'error',
  summary: 'The organisation record is not a readable object',
  source: 'partyinfo API',
  zh: ({ got }) => `党组织记录无法读取（应为对象，实为 ${got}）`,
  en: ({ got }) => `The organisation record cannot be read (expected an object, got ${got})`,
});

/** Value kinds as `describeKind` names them, in Chinese. */
const KIND_ZH: ReadonlyMap<string, string> = new Map([
  ['object', '对象'],
  ['array', '数组'],
  ['Date', '日期对象'],
  ['boolean', '布尔值'],
  ['symbol', '符号'],
  ['function', '函数'],
  ['unreadable', '读取出错'],
  ['number', '非有限数字'],
]);

export const orgFieldInvalid = defineRule<{ field: string; got: string }>({
  id: 'org.field.invalid',
  severity: 'error',
  summary: 'A field holds a value of the wrong kind, or reading it failed',
  source: 'partyinfo API',
  zh: ({ field, got }) => `${fieldLabel(field, 'zh-CN')}无法识别（${KIND_ZH.get(got) ?? got}）`,
  en: ({ field, got }) => `The ${fieldLabel(field, 'en')} cannot be read (${got})`,
});

export const orgFieldTooLong = defineRule<{ field: string; max: number }>({
  id: 'org.field.tooLong',
  severity: 'error',
  summary: 'A field is longer than any real value of it',
  source: 'partyinfo API',
  zh: ({ field, max }) => `${fieldLabel(field, 'zh-CN')}过长（超过 ${max} 个字符）`,
  en: ({ field, max }) => `The ${fieldLabel(field, 'en')} is too long (over ${max} characters)`,
});

export const orgNameRequired = defineRule({
  id: 'org.name.required',
  severity: 'error',
  summary: 'Item 1 党组织名称 is empty',
  source: `${GUIDE} item 1`,
  zh: () => '党组织名称不能为空，应填写成立文件或公章上的全称',
  en: () => 'The organisation name is required (the full name on its founding document or seal)',
});

export const orgNamePrefix = defineRule<{ name: string }>({
  id: 'org.name.prefix',
  severity: 'warning',
  summary: 'The name does not begin with 中共 or 中国共产党',
  source: `${GUIDE} item 1`,
  zh: ({ name }) => `党组织名称“${name}”不以“中共”开头，一般为“中共”+单位名称+党组织类型`,
  en: ({ name }) => `The name "${name}" does not begin with 中共; the usual form is 中共 + unit name + organisation type`,
});

export const orgNameTemporary = defineRule<{ name: string }>({
  id: 'org.name.temporary',
  severity: 'review',
  summary: 'The name contains 临时: report it for review with its documents',
  source: `${GUIDE} item 1`,
  zh: ({ name }) => `党组织名称“${name}”含“临时”，须严格审核是否符合党章规定，并上报区委组织部审核、提供相关文件`,
  en: ({ name }) => `The name "${name}" contains 临时 (temporary): it must be checked against the Party Constitution and reported with its documents`,
});

export const orgNameFloating = defineRule<{ name: string }>({
  id: 'org.name.floating',
  severity: 'review',
  summary: 'The name contains 流动: check it against the Party Constitution',
  source: `${GUIDE} item 1`,
  zh: ({ name }) => `党组织名称“${name}”含“流动”，须严格审核是否符合党章规定`,
  en: ({ name }) => `The name "${name}" contains 流动 (floating): it must be checked against the Party Constitution`,
});

export const orgNameJointMismatch = defineRule<{ name: string; namedJoint: boolean }>({
  id: 'org.name.jointMismatch',
  severity: 'warning',
  summary: 'Named 联合支部 but the unit situation is not joint, or the reverse',
  source: `${GUIDE} 注意事项（二）`,
  zh: ({ name, namedJoint }) =>
    namedJoint
      ? `党组织名称“${name}”是联合支部，但所在单位情况未勾选“联合支部”；若并非多个单位联合建立，建议规范名称`
      : `所在单位情况为“联合支部”，但党组织名称“${name}”不是联合支部`,
  en: ({ name, namedJoint }) =>
    namedJoint
      ? `"${name}" is named a joint branch (联合支部) but its unit situation is not joint; if no several units founded it, correct the name`
      : `The unit situation is joint but the name "${name}" is not that of a joint branch (联合支部)`,
});

export const orgNameNumberedNoUnit = defineRule<{ name: string }>({
  id: 'org.name.numberedNoUnit',
  severity: 'warning',
  summary: 'A numbered branch (第三支部) whose name does not say whose it is: the unit name must be written out',
  source: `${GUIDE} item 1`,
  zh: ({ name }) => `党组织名称“${name}”只有序号，以数字命名的下属党组织要写清楚单位名称，如“中共鄞州区下应街道湾底村第三支部委员会”`,
  en: ({ name }) => `The name "${name}" is only a number: a numbered branch names its unit, as in 中共鄞州区下应街道湾底村第三支部委员会`,
});

export const orgNameTwoNewRename = defineRule<{ name: string }>({
  id: 'org.name.twoNewRename',
  severity: 'warning',
  summary: 'A township or street 两新工委 / 两新党工委: to be renamed “XX镇（街道）两新组织综合党委”',
  source: `${GUIDE} 一、（一）2`,
  zh: ({ name }) => `“${name}”：镇（街道）成立的两新党工委统一改名称为“XX镇（街道）两新组织综合党委”`,
  en: ({ name }) => `"${name}": a township's or street's 两新 work committee is to be renamed “XX镇（街道）两新组织综合党委”`,
});

export const orgNameTypeMismatch = defineRule<{ name: string; nameType: string; category: string }>({
  id: 'org.name.typeMismatch',
  severity: 'warning',
  summary: 'The name ends with an organisation type that contradicts the category code',
  source: `${GUIDE} items 1 and 5`,
  zh: ({ name, nameType, category }) => `党组织名称“${name}”以“${nameType}”结尾，与组织类别 ${category} 不符`,
  en: ({ name, nameType, category }) => `The name "${name}" ends with ${nameType}, which contradicts org category ${category}`,
});

export const orgSecretaryMissing = defineRule({
  id: 'org.secretary.missing',
  severity: 'error',
  summary: 'No secretary, deputy secretary or first secretary is given',
  source: `${GUIDE} item 2`,
  zh: () => '党组织书记不能空缺：书记空缺的填副书记，书记、副书记均空缺的填第一书记',
  en: () => 'The secretary is required: if vacant give the deputy secretary, if both are vacant the first secretary',
});

/** Fires for the first secretary only: the deputy in a vacant post is the guide's own rule and stays quiet. */
export const orgSecretaryFallback = defineRule<{ role: 'deputy' | 'first' }>({
  id: 'org.secretary.fallback',
  severity: 'review',
  summary: 'Item 2 is filled by the first secretary because secretary and deputy are both vacant: confirm both posts are vacant',
  source: `${GUIDE} item 2`,
  zh: ({ role }) => `党组织书记一栏填的是${role === 'deputy' ? '副书记（书记空缺）' : '第一书记（书记、副书记均空缺）'}，请确认相应职务确实空缺`,
  en: ({ role }) =>
    `Item 2 holds the ${role === 'deputy' ? 'deputy secretary (the secretary post is vacant)' : 'first secretary (secretary and deputy are vacant)'}; please confirm the posts are vacant`,
});

export const orgContactMissing = defineRule({
  id: 'org.contact.missing',
  severity: 'error',
  summary: 'Item 3 党组织联系人 is empty',
  source: `${GUIDE} item 3`,
  zh: () => '党组织联系人不能为空，一般填党组织书记、副书记或专职党务工作者',
  en: () => 'The contact is required (usually the secretary, the deputy or a full-time Party worker)',
});

export const orgContactPhoneNotMobile = defineRule<{ given: boolean }>({
  id: 'org.contactPhone.notMobile',
  severity: 'error',
  summary: 'Item 4 is not the contact person\'s mobile number',
  source: `${GUIDE} item 4`,
  zh: ({ given }) => (given ? '联系电话不是有效的手机号码，应统一填联系人的手机号码' : '联系电话不能为空，应填联系人的手机号码'),
  en: ({ given }) =>
    given ? "The contact phone is not a valid mobile number; give the contact person's mobile" : "The contact phone is required: the contact person's mobile",
});

export const orgCategoryRequired = defineRule({
  id: 'org.category.required',
  severity: 'error',
  summary: 'Item 5 组织类别 is empty',
  source: `${GUIDE} item 5`,
  zh: () => '组织类别不能为空，应按《中共组织类别代码》填写最下一级代码（如 631）',
  en: () => 'The org category is required: the leaf code of the org-category table (e.g. 631)',
});

export const orgCategoryTemporary = defineRule<{ category: string }>({
  id: 'org.category.temporary',
  severity: 'review',
  summary: 'A temporary org category: report it for review with its documents',
  source: `${GUIDE} item 5`,
  zh: ({ category }) => `组织类别 ${category} 为临时基层党组织，须专门上报审核，并提供相关文件`,
  en: ({ category }) => `Org category ${category} is a temporary organisation: it must be reported for review with its documents`,
});

export const orgCategoryJointMismatch = defineRule<{ category: string; jointCategory: boolean }>({
  id: 'org.category.jointMismatch',
  severity: 'warning',
  summary: 'A 联合党支部 category without the joint unit situation, or the reverse',
  source: 'reference/forms.md §1.1 (cross-check)',
  zh: ({ category, jointCategory }) =>
    jointCategory
      ? `组织类别 ${category} 为联合党支部，但所在单位情况未勾选“联合支部”`
      : `所在单位情况为“联合支部”，但组织类别 ${category} 不是联合党支部`,
  en: ({ category, jointCategory }) =>
    jointCategory
      ? `Org category ${category} is a joint branch but the unit situation is not joint`
      : `The unit situation is joint but org category ${category} is not a joint branch`,
});

export const orgUnitSituationChamber = defineRule<{ name: string }>({
  id: 'org.unitSituation.chamber',
  severity: 'warning',
  summary: 'A 商会 / 个体协会 organisation ticked same-as-parent: legal-entity if registered with 民政, else joint',
  source: `${GUIDE} 注意事项（一）1`,
  zh: ({ name }) =>
    `“${name}”是商会或个体协会党组织，所在单位情况不勾选“与上级党组织相同”：在民政局登记注册的勾选“法人单位”，未注册的勾选“联合支部”并采集主要组成单位信息`,
  en: ({ name }) =>
    `"${name}" is the organisation of a chamber of commerce or self-employed association: not same-as-parent — legal-entity if registered with 民政, else joint with its main member units`,
});

export const orgUnitSituationRequired = defineRule({
  id: 'org.unitSituation.required',
  severity: 'error',
  summary: 'Item 6 党组织所在单位情况 is empty',
  source: `${GUIDE} item 6, 注意事项（九）`,
  zh: () => '党组织所在单位情况不能为空，应勾选“与上级党组织相同”“法人单位”“联合支部”之一',
  en: () => 'The unit situation is required: same-as-parent (与上级党组织相同), legal-entity (法人单位) or joint (联合支部)',
});

export const orgUnitSituationUnknown = defineRule<{ value: string }>({
  id: 'org.unitSituation.unknown',
  severity: 'error',
  summary: 'Item 6 holds something other than the three options',
  source: `${GUIDE} item 6`,
  zh: ({ value }) => `党组织所在单位情况“${value}”无法识别，应为“与上级党组织相同”“法人单位”“联合支部”之一`,
  en: ({ value }) => `Unit situation "${value}" is not one of same-as-parent (与上级党组织相同), legal-entity (法人单位), joint (联合支部)`,
});

export const orgUnitRequired = defineRule<{ field: string }>({
  id: 'org.unit.required',
  severity: 'error',
  summary: 'A legal-entity or joint org lacks one of the unit items 7–10',
  source: `${GUIDE} items 6–10`,
  zh: ({ field }) => `所在单位情况为“法人单位”或“联合支部”时须填写${fieldLabel(field, 'zh-CN')}`,
  en: ({ field }) => `The ${fieldLabel(field, 'en')} is required when the unit situation is legal-entity or joint`,
});

export const orgUnitUnexpected = defineRule<{ situation: 'same-as-parent' | 'legal-entity' }>({
  id: 'org.unit.unexpected',
  severity: 'warning',
  summary: 'Unit items are filled although the unit situation says they stay empty',
  source: `${GUIDE} item 6`,
  zh: ({ situation }) =>
    situation === 'same-as-parent'
      ? '所在单位情况为“与上级党组织相同”，所在单位信息（7-10项）不用填写，已填写的内容未采用，请核实所在单位情况'
      : '所在单位情况为“法人单位”，只填一个单位；多出的单位未采用，若为多个单位联合建立应勾选“联合支部”',
  en: ({ situation }) =>
    situation === 'same-as-parent'
      ? 'The unit situation is same-as-parent, so items 7–10 stay empty; the unit given was not used — check the unit situation'
      : 'A legal-entity org has one unit; the further units were not used (several founding units make a joint branch)',
});

export const orgJointTooFewUnits = defineRule<{ count: number }>({
  id: 'org.joint.tooFewUnits',
  severity: 'error',
  summary: 'A joint branch lists fewer than two units',
  source: `${GUIDE} item 6`,
  zh: ({ count }) => `联合支部须登记联合建立支部的所有单位（至少 2 个），现有 ${count} 个`,
  en: ({ count }) => `A joint branch lists every founding unit (at least 2); found ${count}`,
});

export const orgJointDuplicateUnit = defineRule<{ unit: string }>({
  id: 'org.joint.duplicateUnit',
  severity: 'warning',
  summary: 'A joint branch lists the same unit twice (same code, or same name)',
  source: `${GUIDE} item 6`,
  zh: ({ unit }) => `联合支部重复登记了同一个单位（${unit}），每个联合建立支部的单位只登记一次`,
  en: ({ unit }) => `The joint branch lists the same unit twice (${unit}); list each founding unit once`,
});

export const orgUnitBranchOffice = defineRule<{ unitName: string; marker: string }>({
  id: 'org.unit.branchOffice',
  severity: 'warning',
  summary: 'The unit name looks like a branch office, which is not a legal entity',
  source: `${GUIDE} item 7`,
  zh: ({ unitName, marker }) => `单位名称“${unitName}”含“${marker}”，像是不具有法人资格的分支机构，应填写其所属法人单位的名称`,
  en: ({ unitName, marker }) =>
    `The unit name "${unitName}" contains ${marker} and looks like a branch office without legal personality; give the legal entity it belongs to`,
});

export const orgUnitCommunity = defineRule<{ unitName: string }>({
  id: 'org.unit.community',
  severity: 'warning',
  summary: "A 社区 org filed as a legal entity without a 55 居民委员会 credit code should be same-as-parent",
  source: `${GUIDE} 注意事项（四）; GB 32100 (55 居民委员会 since late 2017)`,
  zh: ({ unitName }) =>
    `“${unitName}”为社区，所填代码不是居民委员会的统一社会信用代码（55开头）：未取得该代码的社区，所在单位情况应勾选“与上级党组织相同”；已取得的，请填写55开头的代码`,
  en: ({ unitName }) =>
    `"${unitName}" is a community (社区) without a 居民委员会 credit code (55…): without one, a community org's unit situation is same-as-parent; with one, enter that code`,
});

export const orgUnitAuthorityMismatch = defineRule<{ authority: string; category: string }>({
  id: 'org.unit.authorityMismatch',
  severity: 'warning',
  summary: "The credit code's registration authority contradicts the unit category",
  source: 'GB 32100-2015; reference/forms.md §6',
  zh: ({ authority, category }) => `统一社会信用代码的登记管理部门（${authority}）与单位类别 ${category} 不符，请核实单位类别或代码`,
  en: ({ authority, category }) =>
    `The credit code's registration authority (${authority}) contradicts unit category ${category}; check the category or the code`,
});

export const orgUnitCommitteeCode = defineRule<{ category: string; prefix: string; village: boolean }>({
  id: 'org.unit.committeeCode',
  severity: 'warning',
  summary:
    "A village (15) whose credit code is neither 54 村民委员会 nor N2 村级集体经济组织, or a community (12, 14) whose code is not 民政's: worth a check",
  source: `${GUIDE} 注意事项（四）; GB 32100 (54/55 since villages and communities became special legal persons, 2017)`,
  zh: ({ category, prefix, village }) =>
    village
      ? `单位类别为 ${category}，统一社会信用代码一般以 54（村民委员会）或 N2（村级集体经济组织）开头，现以 ${prefix} 开头，请核实是否填了其他单位的代码`
      : `单位类别为 ${category}，社区（居委会）的统一社会信用代码一般由民政部门赋予（55 居民委员会），现以 ${prefix} 开头，请核实是否填了其他单位的代码`,
  en: ({ category, prefix, village }) =>
    village
      ? `Unit category ${category}: a village's credit code usually starts 54 (村民委员会) or N2 (village economic cooperative); this one starts ${prefix} — check it is not another unit's code`
      : `Unit category ${category}: a community's credit code is usually given by 民政 (55 居民委员会); this one starts ${prefix} — check it is not another unit's code`,
});

export const changeOrgName = defineRule<{ before: string; after: string }>({
  id: 'change.orgName',
  severity: 'review',
  summary: 'An org name changed: once in the national system it changes only by formal renaming',
  source: `${GUIDE} item 1 (1)`,
  zh: ({ before, after }) =>
    `党组织名称由“${before}”改为“${after}”：名称录入全国系统后，除撤销或正式更名外一般不许更改，确需更改须按级上报至中组部同意`,
  en: ({ before, after }) =>
    `The org name changed from "${before}" to "${after}": once in the national system a name changes only by formal renaming approved up to the Central Organization Department`,
});

/** Every organisation record rule, for the rule catalogue. */
export const orgRules = [
  orgRecordInvalid,
  orgFieldInvalid,
  orgFieldTooLong,
  orgNameRequired,
  orgNamePrefix,
  orgNameTemporary,
  orgNameFloating,
  orgNameJointMismatch,
  orgNameTypeMismatch,
  orgNameNumberedNoUnit,
  orgNameTwoNewRename,
  orgSecretaryMissing,
  orgSecretaryFallback,
  orgContactMissing,
  orgContactPhoneNotMobile,
  orgCategoryRequired,
  orgCategoryTemporary,
  orgCategoryJointMismatch,
  orgUnitSituationRequired,
  orgUnitSituationUnknown,
  orgUnitSituationChamber,
  orgUnitRequired,
  orgUnitUnexpected,
  orgJointTooFewUnits,
  orgJointDuplicateUnit,
  orgUnitBranchOffice,
  orgUnitCommunity,
  orgUnitAuthorityMismatch,
  orgUnitCommitteeCode,
  changeOrgName,
] as const;
