/**
 * A kept speed trick (bench/README.md, "kept tricks"): 所在党支部 cells repeat across a dataset (a few
 * thousand distinct names among tens of thousands of members), so each is normalised once per check and
 * remembered in a map the check owns (`MemberEnv.branchNames`).
 * @module
 */
import { normalizeOrgName } from '../../../org/names.js';

const MAX_REMEMBERED_BRANCHES = 8192;

/**
 * The normalised name of a 所在党支部 cell (`normalizeOrgName`), remembered in `memo`
 * (the check's own).
 * @example
 * normalizeBranch('中共 某某支部', new Map()) // '中共某某支部'
 */
export function normalizeBranch(text: string, memo: Map<string, string>): string {
  let name = memo.get(text);
  if (name === undefined) {
    name = normalizeOrgName(text);
    if (memo.size < MAX_REMEMBERED_BRANCHES) memo.set(text, name);
  }
  return name;
}
