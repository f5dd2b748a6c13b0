/**
 * The rules over each 支部 and its members, applied once all members are in: empty, too few full
 * members, too large, set up for returnees, remote confirmations piling up.
 * @module
 */
import type { OrgCategoryKind } from '../codes/index.js';
import type { OrgDraft } from '../org/types.js';
import type { Policy } from '../policy.js';
import type { Path } from '../result.js';
import type { Rule } from '../rules/define.js';
import {
  confirmRemoteBranch,
  treeBranchEmpty,
  treeBranchReturnees,
  treeBranchTooFewFull,
  treeBranchTooLarge,
} from './rules.js';

/** Name words of the branches townships set up for returning graduates (guide item 1(2)). */
const RETURNEE_WORDS: readonly string[] = ['返乡', '综合党支部', '综合支部'];

/**
 * The word that marks a returnee branch's name, if any.
 * @example
 * returneeWord('中共某镇返乡大学生支部委员会') // '返乡'
 * returneeWord('中共某区综合行政执法局机关支部委员会') // undefined
 */
export function returneeWord(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  for (const word of RETURNEE_WORDS) if (name.includes(word)) return word;
  return undefined;
}

/** Where branch issues go. */
export interface BranchIssueSink {
  report<P>(rule: Rule<P>, path: Path, params: P): void;
}

/**
 * How org messages name an org: its name in quotes, else its id, else its position (as the tree rules do).
 * @example
 * orgLabel({ id: 'x', units: [], extra: {} }, 3) // 'id=x'
 */
export function orgLabel(org: OrgDraft, index: number): string {
  if (org.name !== undefined) return `“${org.name}”`;
  if (org.id !== undefined) return `id=${org.id}`;
  return `#${index}`;
}

/**
 * Applies the branch rules to every org of kind `branch`; returns the number of empty branches.
 * @example
 * checkBranches({ report: () => {} }, [{ name: '中共甲支部委员会', units: [], extra: {} }], ['branch'], { members: new Int32Array(1), full: new Int32Array(1), remote: new Int32Array(1) }, DEFAULT_POLICY) // 1
 */
export function checkBranches(
  sink: BranchIssueSink,
  orgs: readonly OrgDraft[],
  kinds: readonly OrgCategoryKind[],
  tallies: { members: Int32Array; full: Int32Array; remote: Int32Array },
  policy: Policy,
): number {
  let empty = 0;
  for (let i = 0; i < orgs.length; i++) {
    if (kinds[i] !== 'branch') continue;
    const draft = orgs[i]!;
    const org = orgLabel(draft, i);
    const path = ['orgs', i];
    const members = tallies.members[i]!;
    const full = tallies.full[i]!;
    const remote = tallies.remote[i]!;
    if (members === 0) {
      empty++;
      sink.report(treeBranchEmpty, path, { org });
    } else if (full < policy.minFullMembersPerBranch) {
      sink.report(treeBranchTooFewFull, path, { org, full, members, min: policy.minFullMembersPerBranch });
    }
    if (members > policy.maxMembersPerBranch) sink.report(treeBranchTooLarge, path, { org, members, max: policy.maxMembersPerBranch });
    const word = draft.name === undefined ? undefined : returneeWord(draft.name);
    if (word !== undefined) sink.report(treeBranchReturnees, ['orgs', i, 'name'], { org, word });
    if (remote > policy.maxRemoteConfirmationsPerBranch && remote > members * policy.maxRemoteConfirmationShare) {
      sink.report(confirmRemoteBranch, path, { org, remote, members });
    }
  }
  return empty;
}
