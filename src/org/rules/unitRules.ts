/**
 * The category (item 5), the unit situation (item 6) and the unit itself (items 7–10): required fields, joint branches' units, and the guide's heuristics on what a unit is.
 * @module
 */
import { defineRule } from '../../rules/define.js';
import { fieldLabel } from '../fields.js';
import { GUIDE } from './source.js';

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
