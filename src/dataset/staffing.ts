/**
 * 配强工作人员 (guide 四、1): the workers the collection needs — one per 1,000 members in each
 * 镇（街道）and 区直部门, and at least one in every 支部. The 镇（街道）are found by what they are (name,
 * unit category), not by their depth in the tree.
 * @module
 */
import type { OrgCategoryKind } from '../codes/index.js';
import type { OrgDraft } from '../org/types.js';
import type { OrgTree } from '../tree/buildOrgTree.js';
import type { OrgView } from '../tree/view.js';
import type { DatasetSummary, StaffingUnit } from './summary.js';

/**
 * Members per worker (guide 四、1: 工作人员数与党员数1:1000).
 * @example
 * MEMBERS_PER_WORKER // 1000
 */
export const MEMBERS_PER_WORKER = 1000;

const NONE = -1;

/** Names of a 镇（街道）'s own committee: 镇 / 乡 / 街道 and the committee word. */
const TOWNSHIP_ENDINGS = ['镇委员会', '乡委员会', '街道工作委员会', '街道委员会', '镇党委', '乡党委', '街道党工委', '街道党委'] as const;
/** 单位类别 of a 镇（街道）'s own unit: 11 城市街道, 13 乡镇. */
const TOWNSHIP_UNIT_CATEGORIES: ReadonlySet<string> = new Set(['11', '13']);
/** Names of a district-level committee (区委, 县委, 县级市委, 旗委) — not a 社区's. */
const DISTRICT_ENDINGS = ['区委员会', '县委员会', '市委员会', '旗委员会'] as const;

/** A 镇（街道）by what it is: its committee's name, or its own unit a 城市街道 or 乡镇. */
function isTownship(view: OrgView): boolean {
  const name = view.name;
  if (name !== undefined && TOWNSHIP_ENDINGS.some((e) => name.endsWith(e))) return true;
  const category = view.unitSituation === 'legal-entity' ? view.units[0]?.category : undefined;
  return category !== undefined && TOWNSHIP_UNIT_CATEGORIES.has(category);
}

/** A district's (区委, 县委 …) committee by its name. */
function isDistrictName(name: string | undefined): boolean {
  return name !== undefined && !name.endsWith('社区委员会') && DISTRICT_ENDINGS.some((e) => name.endsWith(e));
}

/**
 * The unit of each org for 四、1 (-1 for orgs in or below a parent-link cycle): the topmost 镇（街道）above
 * or at it; else, under a district (a root named as one, or with a 镇（街道）below it), the 区直部门 — the
 * root's child it belongs to — or the root itself; else its root (a dataset of one department, one company).
 */
function unitsOf(tree: OrgTree<OrgDraft>): Int32Array {
  const { parentIndex, views } = tree;
  const n = parentIndex.length;
  const unit = new Int32Array(n).fill(NONE);
  const root = new Int32Array(n).fill(NONE);
  const department = new Int32Array(n).fill(NONE);
  const township = new Int32Array(n).fill(NONE);
  const order: number[] = [];
  // Parents first: each org takes what its parent found.
  tree.walk((_org, _depth, i) => {
    order.push(i);
    const p = parentIndex[i]!;
    root[i] = p < 0 ? i : root[p]!;
    department[i] = p < 0 ? i : parentIndex[p]! < 0 ? i : department[p]!;
    township[i] = p >= 0 && township[p]! >= 0 ? township[p]! : isTownship(views[i]!) ? i : NONE;
  });
  const district = new Uint8Array(n);
  for (const i of order) if (township[i] === i && root[i] !== i) district[root[i]!] = 1;
  for (const i of order) if (root[i] === i && isDistrictName(views[i]!.name)) district[i] = 1;
  for (const i of order) unit[i] = township[i]! >= 0 ? township[i]! : district[root[i]!] ? department[i]! : root[i]!;
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
