/**
 * The links of an organisation tree by position: each record's parent, and its children in compressed
 * rows (`childList[childStart[p] .. childStart[p + 1])`, in input order). Walks over them are iterative
 * (explicit stacks), so a chain 10,000 deep is as safe as a wide tree.
 * @module
 */
import { arrayLength, readIndex } from '../_lib/safeRead.js';
import type { OrgView } from './view.js';

/** The records, what the tree read from each, and the links between them by position. */
export interface TreeLinks<T> {
  readonly records: T[];
  readonly views: OrgView[];
  /** The first record of each id. */
  readonly byId: Map<string, number>;
  /** Index of each record's parent: -1 for a root, a missing parent, or no record. */
  readonly parentIndex: Int32Array;
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
}

/**
 * Reads every record once (`view`) and links it to its parent by `parentId`. Never throws: a value that is
 * not an array has no records.
 * @example
 * Array.from(linkRecords([{ id: 'a' }, { id: 'b', parentId: 'a' }], viewOrg).parentIndex) // [-1, 0]
 */
export function linkRecords<T>(orgs: readonly T[], view: (record: T) => OrgView): TreeLinks<T> {
  const n = arrayLength(orgs) ?? 0;
  const records: T[] = new Array<T>(n);
  const views: OrgView[] = new Array<OrgView>(n);
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const record = readIndex(orgs, i) as T;
    records[i] = record;
    const v = view(record);
    views[i] = v;
    if (v.id !== undefined && !byId.has(v.id)) byId.set(v.id, i);
  }
  const parentIndex = new Int32Array(n).fill(-1);
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const parentId = views[i]!.parentId;
    const p = parentId === undefined ? undefined : byId.get(parentId);
    if (p !== undefined) {
      parentIndex[i] = p;
      childCount[p]!++;
    }
  }
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i]! + childCount[i]!;
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(childStart[n]!);
  for (let i = 0; i < n; i++) if (parentIndex[i]! >= 0) childList[fill[parentIndex[i]!]!++] = i;
  return { records, views, byId, parentIndex, childStart, childList };
}

/** Pushes the children of `i` on `stack` so that they pop in input order. */
function pushChildren(links: TreeLinks<unknown>, i: number, stack: number[]): void {
  for (let k = links.childStart[i + 1]! - 1; k >= links.childStart[i]!; k--) stack.push(links.childList[k]!);
}

/**
 * The records below `from`, depth-first in input order (`from` excluded); a cycle is walked once.
 * @example
 * below(linkRecords([{ id: 'a' }, { id: 'b', parentId: 'a' }], viewOrg), 0) // [1]
 */
export function below(links: TreeLinks<unknown>, from: number): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(links.parentIndex.length);
  seen[from] = 1;
  const stack: number[] = [];
  pushChildren(links, from, stack);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen[i]) continue;
    seen[i] = 1;
    out.push(i);
    pushChildren(links, i, stack);
  }
  return out;
}

/**
 * Visits every record depth-first from each parentless record, in input order; `visit` returning `false`
 * skips the subtree. Records in a cycle always have a parent, so they are not reached.
 * @example
 * const seen: number[] = [];
 * walkLinks(linkRecords([{ id: 'a' }, { id: 'b', parentId: 'a' }], viewOrg), (i) => { seen.push(i); });
 * seen // [0, 1]
 */
export function walkLinks(links: TreeLinks<unknown>, visit: (index: number, depth: number) => void | boolean): void {
  const { parentIndex, childStart, childList } = links;
  const stack: [index: number, depth: number][] = [];
  for (let r = parentIndex.length - 1; r >= 0; r--) if (parentIndex[r]! < 0) stack.push([r, 0]);
  while (stack.length > 0) {
    const [i, depth] = stack.pop()!;
    if (visit(i, depth) === false) continue;
    for (let k = childStart[i + 1]! - 1; k >= childStart[i]!; k--) stack.push([childList[k]!, depth + 1]);
  }
}
