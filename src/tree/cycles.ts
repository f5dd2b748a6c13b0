/**
 * Cycle detection on parent links by three-colour marking, iteratively: each record is coloured
 * once, so the work is linear in the number of records whatever the depth.
 * @module
 */

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/**
 * The cycles of a parent-link array (`parent[i]` is the index of i's parent, -1 for none).
 * Each cycle lists its records in parent order, starting at its lowest index.
 * @example
 * findCycles(Int32Array.from([1, 0, -1, 2])) // [[0, 1]]
 * findCycles(Int32Array.from([-1, 0, 1])) // []
 */
export function findCycles(parent: Int32Array): number[][] {
  const n = parent.length;
  const colour = new Uint8Array(n);
  const positionInPath = new Int32Array(n);
  const cycles: number[][] = [];
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (colour[start] !== WHITE) continue;
    path.length = 0;
    let j = start;
    while (j !== -1 && colour[j] === WHITE) {
      colour[j] = GREY;
      positionInPath[j] = path.length;
      path.push(j);
      j = parent[j]!;
    }
    if (j !== -1 && colour[j] === GREY) cycles.push(rotateToLowest(path.slice(positionInPath[j]!)));
    for (const k of path) colour[k] = BLACK;
  }
  return cycles;
}

function rotateToLowest(cycle: number[]): number[] {
  let lowest = 0;
  for (let k = 1; k < cycle.length; k++) if (cycle[k]! < cycle[lowest]!) lowest = k;
  return lowest === 0 ? cycle : [...cycle.slice(lowest), ...cycle.slice(0, lowest)];
}
