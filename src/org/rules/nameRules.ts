/**
 * The org name (item 1): required, the 中共 prefix, 临时/流动 names, joint and numbered names, the 两新 rename, the name's type against the category.
 * @module
 */
import { defineRule } from '../../rules/define.js';
import { GUIDE } from './source.js';

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
