/**
 * 配强工作人员 (guide 四、1): the workers the collection needs — one per 1,000 members in each
 * 镇（街道）and 区直部门 (the children of the root orgs), and at least one in every 支部.
 * @module
 */
import type { OrgCategoryKind } from '../codes/index.js';
import type { OrgDraft } from '../org/types.js';
import type { OrgTree } from '../tree/buildOrgTree.js';
import type { DatasetSummary, StaffingUnit } from './summary.js';

/**
 * Members per worker (guide 四、1: 工作人员数与党员数1:1000).
 * @example
 * MEMBERS_PER_WORKER // 1000
 */
export const MEMBERS_PER_WORKER = 1000;

const UNKNOWN = -2;
const NONE = -1;

/**
 * The top-level unit of each org: its ancestor (or itself) whose parent is a root; a root is its
 * own unit; orgs in or below a parent-link cycle have none (-1).
 */
function unitsOf(tree: OrgTree<OrgDraft>): Int32Array {
  const n = tree.parentIndex.length;
  const unit = new Int32Array(n).fill(UNKNOWN);
  for (const cycle of tree.cycles) for (const i of cycle) unit[i] = NONE;
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    let j = i;
    path.length = 0;
    let found = UNKNOWN;
    for (let guard = 0; guard <= n; guard++) {
      if (unit[j] !== UNKNOWN) {
        found = unit[j]!;
        break;
      }
      path.push(j);
      const p = tree.parentIndex[j]!;
      if (p < 0) {
        found = j; // a root: its own unit
        break;
      }
      if (tree.parentIndex[p]! < 0 && unit[p] !== NONE) {
        found = j; // the child of a root
        break;
      }
      j = p;
    }
    for (const k of path) unit[k] = found === UNKNOWN ? NONE : found;
  }
  return unit;
}

/**
 * The staffing part of the summary.
 * @example
 * computeStaffing(buildOrgTree([{ id: 'a', name: '中共甲支部委员会' }]), ['branch'], new Int32Array([1200])).required // 3
 */
export function computeStaffing(tree: OrgTree<OrgDraft>, kinds: readonly OrgCategoryKind[], members: Int32Array): DatasetSummary['staffing'] {
  const n = kinds.length;
  const unit = n === tree.parentIndex.length ? unitsOf(tree) : new Int32Array(n).fill(NONE);
  const unitMembers = new Map<number, number>();
  const unitBranches = new Map<number, number>();
  let branchWorkers = 0;
  for (let i = 0; i < n; i++) {
    const isBranch = kinds[i] === 'branch';
    if (isBranch) branchWorkers++;
    const u = unit[i]!;
    if (u < 0) continue;
    if (members[i]! > 0) unitMembers.set(u, (unitMembers.get(u) ?? 0) + members[i]!);
    if (isBranch) unitBranches.set(u, (unitBranches.get(u) ?? 0) + 1);
  }
  const byUnit: StaffingUnit[] = [];
  let coordinators = 0;
  for (let u = 0; u < n; u++) {
    const m = unitMembers.get(u) ?? 0;
    const b = unitBranches.get(u) ?? 0;
    if (m === 0 && b === 0) continue;
    const need = Math.ceil(m / MEMBERS_PER_WORKER);
    coordinators += need;
    byUnit.push({ org: u, name: tree.views[u]?.name ?? tree.views[u]?.id ?? `#${u}`, members: m, branches: b, coordinators: need });
  }
  return { membersPerWorker: MEMBERS_PER_WORKER, coordinators, branchWorkers, required: coordinators + branchWorkers, byUnit };
}
