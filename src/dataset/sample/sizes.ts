/**
 * Fits the planned branch sizes to an exact member total, keeping every branch within the bounds a
 * clean branch has (at least 3 members, at most 48 — under the 50 of `tree.branch.tooLarge`).
 * @module
 */
import type { Random } from './random.js';
import type { BranchPlan } from './types.js';

/** Bounds of a clean branch's size. */
export const MIN_BRANCH_SIZE = 3;
export const MAX_BRANCH_SIZE = 48;

/**
 * Moves branch sizes up or down one member at a time (random branches, bounds kept) until they add
 * up to `total`; branches in `fixed` keep their size. Scaling first keeps the shape when the total is
 * far from the plan (a million members: sizes grow beyond the bounds in proportion, as they must).
 */
export function fitSizes(rnd: Random, branches: BranchPlan[], total: number, fixed: ReadonlySet<number>): void {
  const free = branches.filter((_, i) => !fixed.has(i));
  if (free.length === 0) return;
  let sum = branches.reduce((s, p) => s + p.size, 0);
  const fixedSum = branches.reduce((s, p, i) => s + (fixed.has(i) ? p.size : 0), 0);
  // Fewer members than the branches can hold cleanly: empty branches are then unavoidable.
  const min = total - fixedSum >= free.length * MIN_BRANCH_SIZE ? MIN_BRANCH_SIZE : 0;
  if (total < fixedSum) return;
  let max = MAX_BRANCH_SIZE;
  if (total - fixedSum > free.length * MAX_BRANCH_SIZE * 0.9) {
    // Far more members than the district holds: scale every free branch, then fit.
    const factor = (total - fixedSum) / (sum - fixedSum);
    for (const p of free) p.size = Math.max(min, Math.round(p.size * factor));
    max = Number.MAX_SAFE_INTEGER;
    sum = branches.reduce((s, p) => s + p.size, 0);
  }
  while (sum !== total) {
    const p = free[Math.floor(rnd.next() * free.length)]!;
    if (sum < total && p.size < max) {
      p.size++;
      sum++;
    } else if (sum > total && p.size > min) {
      p.size--;
      sum--;
    }
  }
}
