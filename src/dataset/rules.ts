/**
 * The dataset rules: what only shows across records — members linked to branches by name,
 * duplicate ID numbers, branches that are empty, under strength, oversized or set up for returnees,
 * remote confirmations piling up in a branch, the joint branches' 汇总表 — plus the input-shape error of the dataset check and
 * the drift rule of {@link compareSummaries}. Ids are public API; the catalogue is built from
 * {@link datasetRules}.
 * @module
 */
import { defineRule } from '../rules/define.js';

const SOURCE = 'docs/rules.md (dataset)';

export const memberBranchUnknown = defineRule<{ branch: string; suggestion?: string }>({
  id: 'member.branch.unknown',
  severity: 'error',
  summary: "The member's 所在党支部 names no organisation of the dataset",
  source: `${SOURCE}; guide item 18 (full name of the branch)`,
  zh: ({ branch, suggestion }) =>
    `所在党支部“${branch}”不在党组织名单中，应填写党支部全称${suggestion ? `（是否为“${suggestion}”？）` : ''}`,
  en: ({ branch, suggestion }) =>
    `Branch “${branch}” is not an organisation of the dataset; give the branch's full name${suggestion ? ` (did you mean “${suggestion}”?)` : ''}`,
});

export const memberBranchNotBranch = defineRule<{ branch: string; category: string; kind: string }>({
  id: 'member.branch.notBranch',
  severity: 'warning',
  summary: "The member's 所在党支部 is an org that is not a 支部 (a 党委 or 总支)",
  source: `${SOURCE}; guide item 18`,
  zh: ({ branch, category, kind }) => `所在党支部“${branch}”是${kind === 'committee' ? '党委' : kind === 'general-branch' ? '党总支' : '非支部党组织'}（组织类别 ${category}），党员应编入党支部`,
  en: ({ branch, category, kind }) => `Branch “${branch}” is a ${kind} (category ${category}), not a branch; members belong to a branch`,
});

export const memberIdNumberDuplicate = defineRule<{ masked: string; others: string }>({
  id: 'member.idNumber.duplicate',
  severity: 'error',
  summary: 'The same citizen ID number appears in more than one member record',
  source: `${SOURCE}; reference/member-rules.md §4`,
  zh: ({ masked, others }) => `公民身份证号 ${masked} 与第 ${others} 条党员记录重复，同一党员只能采集一次`,
  en: ({ masked, others }) => `Citizen ID number ${masked} also appears in member record ${others}; a member is collected once`,
});

export const treeBranchEmpty = defineRule<{ org: string }>({
  id: 'tree.branch.empty',
  severity: 'warning',
  summary: 'A 支部 without any member (空壳、僵尸支部)',
  source: `${SOURCE}; guide item 1(2)`,
  zh: ({ org }) => `${org}没有党员，是否为应清理的空壳、僵尸支部？`,
  en: ({ org }) => `${org} has no members: an empty (“zombie”) branch to be dissolved?`,
});

export const treeBranchTooFewFull = defineRule<{ org: string; full: number; members: number; min: number }>({
  id: 'tree.branch.tooFewFull',
  severity: 'warning',
  summary: 'A 支部 with fewer full members (正式党员) than the constitution requires (3)',
  source: `${SOURCE}; 党章 第三十条; guide item 1(2)`,
  zh: ({ org, full, members, min }) => `${org}只有 ${full} 名正式党员（共 ${members} 名党员），少于设立党支部所需的 ${min} 名`,
  en: ({ org, full, members, min }) => `${org} has ${full} full members (${members} members in all), fewer than the ${min} a branch needs`,
});

export const treeBranchTooLarge = defineRule<{ org: string; members: number; max: number }>({
  id: 'tree.branch.tooLarge',
  severity: 'warning',
  summary: 'A 支部 with more members than the policy allows (50)',
  source: `${SOURCE}; guide practice`,
  zh: ({ org, members, max }) => `${org}有 ${members} 名党员，超过 ${max} 名，应考虑分设党支部`,
  en: ({ org, members, max }) => `${org} has ${members} members, more than ${max}; consider splitting it`,
});

export const treeBranchReturnees = defineRule<{ org: string; word: string }>({
  id: 'tree.branch.returnees',
  severity: 'review',
  summary: 'A township branch set up to hold returning graduates (返乡, 综合支部 in the name)',
  source: `${SOURCE}; guide item 1(2) (滞留返乡（综合）支部)`,
  zh: ({ org, word }) => `${org}名称含“${word}”，疑为镇（街道）为落实返乡人员组织关系设立的支部，应将党员转到社区、属地或工作单位党组织`,
  en: ({ org, word }) => `${org} contains “${word}”: a branch set up for returning graduates? Move its members to their community or employer`,
});

export const confirmRemoteBranch = defineRule<{ org: string; remote: number; members: number }>({
  id: 'confirm.remote.branch',
  severity: 'warning',
  summary: 'Many members of one branch confirmed by phone or WeChat instead of signing (should be very few)',
  source: 'guide 三（二）(3) (此类人员应为极少数，不能大量出现)',
  zh: ({ org, remote, members }) => `${org}有 ${remote} 名党员（共 ${members} 名）通过电话、微信等方式确认，此类人员应为极少数`,
  en: ({ org, remote, members }) => `${remote} of the ${members} members of ${org} confirmed remotely (phone, WeChat); these should be very few`,
});

export const datasetInputInvalid = defineRule<{ field: 'orgs' | 'members' | 'data'; type: string }>({
  id: 'dataset.input.invalid',
  severity: 'error',
  summary: 'The dataset is not `{ orgs: [...], members: [...] }`',
  source: 'partyinfo API',
  zh: ({ field, type }) => (field === 'data' ? `数据集应为包含 orgs 和 members 的对象，实际为 ${type}` : `${field} 应为数组，实际为 ${type}`),
  en: ({ field, type }) => (field === 'data' ? `The dataset must be an object with orgs and members, got ${type}` : `${field} must be an array, got ${type}`),
});

export const datasetOrgsAbsent = defineRule<Record<string, never>>({
  id: 'dataset.orgs.absent',
  severity: 'warning',
  summary: 'Members checked without the org sheet: the rules that need the org tree were not run',
  source: 'docs/spreadsheets.md (a member sheet alone)',
  zh: () => '未提供党组织信息，只检查了党员信息：所在党支部是否在党组织名单中、是否为党支部、支部党员人数均未检查',
  en: () => 'No organisations were given, so only the members were checked: whether each branch exists, is a branch, and its size were not checked',
});

export const datasetJointSummaryTable = defineRule<{ joint: number; units: number }>({
  id: 'dataset.joint.summaryTable',
  severity: 'review',
  summary: 'The dataset has joint branches: their units go on the 建立联合党支部的单位基本信息汇总表, sent to the district (once per dataset)',
  source: 'guide item 6 (联合支部)',
  zh: ({ joint, units }) =>
    `本数据有 ${joint} 个联合支部，共登记 ${units} 个单位：建立联合党支部的所有单位信息应登记在《建立联合党支部的单位基本信息汇总表》，以电子形式报送区委组织部，请核对是否已报送`,
  en: ({ joint, units }) =>
    `The dataset has ${joint} joint branches listing ${units} units: every founding unit goes on the 建立联合党支部的单位基本信息汇总表, sent electronically to the district's organisation department; check it was sent`,
});

export const summaryDrift = defineRule<{ figure: string; previous: number; current: number; change: string; tolerance: string }>({
  id: 'summary.drift',
  severity: 'warning',
  summary: 'A figure moved more than the tolerance against the previous report (半年报)',
  source: 'guide items 21 and 26 (与半年报数据不能有太大差异)',
  zh: ({ figure, previous, current, change, tolerance }) => `${figure}由 ${previous} 变为 ${current}（${change}），与上次报表相差超过 ${tolerance}，请核实`,
  en: ({ figure, previous, current, change, tolerance }) => `${figure} went from ${previous} to ${current} (${change}), more than ${tolerance} off the previous report`,
});

/**
 * Every dataset rule, for the rule catalogue.
 * @example
 * datasetRules.map((r) => r.id).includes('member.idNumber.duplicate') // true
 */
export const datasetRules = [
  memberBranchUnknown,
  memberBranchNotBranch,
  memberIdNumberDuplicate,
  treeBranchEmpty,
  treeBranchTooFewFull,
  treeBranchTooLarge,
  treeBranchReturnees,
  confirmRemoteBranch,
  datasetInputInvalid,
  datasetOrgsAbsent,
  datasetJointSummaryTable,
  summaryDrift,
] as const;
