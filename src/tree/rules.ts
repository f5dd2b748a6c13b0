/**
 * The organisation tree rules (structure across records) and the errors of the tree operations.
 * Ids are public API; the catalogue is built from {@link treeRules}.
 * @module
 */
import { defineRule } from '../rules/define.js';

const SOURCE = 'docs/rules.md (tree)';

export const treeParentMissing = defineRule<{ org: string; parentId: string }>({
  id: 'tree.parent.missing',
  severity: 'error',
  summary: 'The parentId names no organisation in the list',
  source: SOURCE,
  zh: ({ org, parentId }) => `${org}的上级党组织（${parentId}）不存在`,
  en: ({ org, parentId }) => `The parent (${parentId}) of ${org} does not exist`,
});

export const treeCycle = defineRule<{ orgs: string }>({
  id: 'tree.cycle',
  severity: 'error',
  summary: 'Parent links run in a circle',
  source: SOURCE,
  zh: ({ orgs }) => `上级党组织关系形成循环：${orgs}`,
  en: ({ orgs }) => `The parent links form a cycle: ${orgs}`,
});

export const treeRootSameAsParent = defineRule<{ org: string }>({
  id: 'tree.root.sameAsParent',
  severity: 'error',
  summary: 'An org without a parent cannot inherit its unit (same-as-parent)',
  source: `${SOURCE}; guide item 6`,
  zh: ({ org }) => `${org}没有上级党组织，所在单位情况不能为“与上级党组织相同”`,
  en: ({ org }) => `${org} has no parent, so its unit situation cannot be same-as-parent`,
});

export const treeChildOfBranch = defineRule<{ org: string; parent: string; parentType: 'branch' | 'general-branch' }>({
  id: 'tree.child.ofBranch',
  severity: 'error',
  summary: 'A 支部 has a child org, or a 总支 has a child that is not a 支部',
  source: `${SOURCE}; 党章 (支部 are the basic level)`,
  zh: ({ org, parent, parentType }) =>
    parentType === 'branch'
      ? `${org}的上级${parent}是党支部，党支部下不能再设党组织`
      : `${org}的上级${parent}是党总支，党总支下只能设党支部`,
  en: ({ org, parent, parentType }) =>
    parentType === 'branch'
      ? `The parent of ${org}, ${parent}, is a branch (支部); a branch has no child orgs`
      : `The parent of ${org}, ${parent}, is a general branch (总支); its children are branches (支部) only`,
});

export const treeNameDuplicate = defineRule<{ org: string; other: string }>({
  id: 'tree.name.duplicate',
  severity: 'error',
  summary: 'Two organisations have the same name',
  source: `${SOURCE}; reference/forms.md §1 (names are unique)`,
  zh: ({ org, other }) => `${org}与${other}名称相同，党组织名称不能重复`,
  en: ({ org, other }) => `${org} has the same name as ${other}; org names must be unique`,
});

export const treeIdDuplicate = defineRule<{ org: string; other: string }>({
  id: 'tree.id.duplicate',
  severity: 'error',
  summary: 'Two organisations have the same id',
  source: 'partyinfo API',
  zh: ({ org, other }) => `${org}与${other}的标识（id）相同`,
  en: ({ org, other }) => `${org} has the same id as ${other}`,
});

export const unitDuplicate = defineRule<{ org: string; other: string; unit: string; parentShares: boolean }>({
  id: 'unit.duplicate',
  severity: 'warning',
  summary: 'The same unit (by code or name) is recorded twice instead of linked once',
  source: `${SOURCE}; guide 注意事项（三）（十一）`,
  zh: ({ org, other, unit, parentShares }) =>
    parentShares
      ? `${org}的所在单位“${unit}”与上级${other}的相同，所在单位情况应勾选“与上级党组织相同”`
      : `${org}的所在单位“${unit}”与${other}的重复登记，单位信息只能保留一条，请关联同一单位`,
  en: ({ org, other, unit, parentShares }) =>
    parentShares
      ? `The unit "${unit}" of ${org} is its parent ${other}'s unit: the unit situation should be same-as-parent`
      : `The unit "${unit}" of ${org} is recorded again at ${other}; keep one unit record and link both orgs to it`,
});

export const treeOrgNotFound = defineRule<{ id: string }>({
  id: 'tree.org.notFound',
  severity: 'error',
  summary: 'A tree operation names an org id that is not in the list',
  source: 'partyinfo API',
  zh: ({ id }) => `找不到标识为“${id}”的党组织`,
  en: ({ id }) => `No organisation has the id "${id}"`,
});

export const treeEditInvalid = defineRule<{ reason: 'same' | 'intoDescendant' | 'intoUnnamed' | 'noMatch' }>({
  id: 'tree.edit.invalid',
  severity: 'error',
  summary: 'A merge or relink that cannot be done as asked (same org, into a descendant …)',
  source: 'guide 注意事项（三）（十一）',
  zh: ({ reason }) =>
    reason === 'same'
      ? '两个标识指向同一个党组织，无法合并或关联'
      : reason === 'intoDescendant'
        ? '不能把党组织合并到它的下级党组织'
        : reason === 'intoUnnamed'
          ? '合并目标没有党组织名称，党员的所在党支部无法改为指向它'
          : '联合支部的单位中没有与要关联的单位相同的一条',
  en: ({ reason }) =>
    reason === 'same'
      ? 'Both ids name the same organisation: nothing to merge or link'
      : reason === 'intoDescendant'
        ? 'An organisation cannot be merged into one of its descendants'
        : reason === 'intoUnnamed'
          ? "The org merged into has no name, so members' branch cannot point to it"
          : "None of the joint branch's units is the unit to be linked",
});

export const treeRelinkNoUnit = defineRule<{ org: string }>({
  id: 'tree.relink.noUnit',
  severity: 'error',
  summary: 'The org whose unit is to be shared has no single unit of its own',
  source: 'guide 注意事项（十一）',
  zh: ({ org }) => `${org}没有唯一的所在单位，无法关联`,
  en: ({ org }) => `${org} has no single unit of its own to link to`,
});

/** Every tree rule, for the rule catalogue. */
export const treeRules = [
  treeParentMissing,
  treeCycle,
  treeRootSameAsParent,
  treeChildOfBranch,
  treeNameDuplicate,
  treeIdDuplicate,
  unitDuplicate,
  treeOrgNotFound,
  treeEditInvalid,
  treeRelinkNoUnit,
] as const;
