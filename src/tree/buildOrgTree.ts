/**
 * The organisation tree built from a flat list linked by `id` / `parentId` (the links and walks are in
 * `links.ts`: iterative, so a chain 10,000 deep is as safe as a wide tree). Building is linear in the
 * number of records.
 * @module
 */
import type { OrgDraft, OrgUnit } from '../org/types.js';
import { findCycles } from './cycles.js';
import { below, linkRecords, walkLinks } from './links.js';
import { viewOfDraft, viewOrg, type OrgView } from './view.js';

/**
 * The unit an org really sits in: its own, or the nearest ancestor's it inherits by `same-as-parent`.
 * @category Tree
 */
export interface EffectiveUnit<T = unknown> {
  /** The record that holds the unit (the org itself when it is `legal-entity` or `joint`). */
  org: T;
  index: number;
  situation: 'legal-entity' | 'joint';
  units: OrgUnit[];
}

/**
 * A read-only organisation tree over the records given (they are not copied or changed).
 * @category Tree
 */
export interface OrgTree<T = unknown> {
  /** The records in input order. */
  readonly orgs: readonly T[];
  /** What the tree read from each record, by index. */
  readonly views: readonly OrgView[];
  /** Index of each record's parent: -1 for a root, a missing parent, or no record. */
  readonly parentIndex: Int32Array;
  /** The parent-link cycles (record indices), found once while building. */
  readonly cycles: readonly (readonly number[])[];
  /** The record with this id (the first one, when ids repeat). */
  get(id: string): T | undefined;
  /** Input position of the record with this id, -1 when none. */
  indexOf(id: string): number;
  parent(id: string): T | undefined;
  children(id: string): T[];
  /** Records without a `parentId`. */
  roots(): T[];
  /** Parent, grandparent … up to the root (nearest first); stops where a cycle closes. */
  ancestors(id: string): T[];
  /** Every record below, depth-first in input order (the record itself excluded). */
  descendants(id: string): T[];
  /**
   * Visits every record depth-first, from each root and each record whose parent is missing, in
   * input order; return `false` to skip a subtree. Records in (or hanging below) a cycle are not reached.
   */
  walk(visit: (org: T, depth: number, index: number) => void | boolean): void;
  /** Follows `same-as-parent` up to the nearest legal-entity or joint org; `undefined` when none is reachable. */
  effectiveUnit(id: string): EffectiveUnit<T> | undefined;
  /** Low level, by position: the index of the record holding the effective unit of record `index`, -1 when none. */
  effectiveIndex(index: number): number;
}

/**
 * The mark of a tree made here: a private field, which `#built in value` finds without asking the object
 * (no getter or proxy trap can fake it), so `isOrgTree` can tell a tree from a list.
 */
class BuiltTree {
  readonly #built = true;

  static has(value: object): boolean {
    return #built in value;
  }
}

/**
 * True for a tree made by {@link buildOrgTree}.
 * @example
 * isOrgTree(buildOrgTree([])) // true
 * isOrgTree([]) // false
 * @category Tree
 */
export function isOrgTree(value: unknown): value is OrgTree {
  return value !== null && typeof value === 'object' && BuiltTree.has(value);
}

/**
 * Builds the tree of a flat list (`id`, `parentId`). Accepts raw records, `OrgDraft`s or `Org`s;
 * ids such as `__proto__` or `constructor` are ordinary ids. Never throws: a value that is not an
 * array gives an empty tree.
 * @example
 * const tree = buildOrgTree([{ id: 'a', name: '中共甲委员会' }, { id: 'b', parentId: 'a', name: '中共甲第一支部委员会' }]);
 * tree.children('a').length // 1
 * tree.parent('b')?.name // '中共甲委员会'
 * @category Tree
 */
export function buildOrgTree<T>(orgs: readonly T[]): OrgTree<T> {
  return treeOfViews(orgs, viewOrg);
}

/**
 * {@link buildOrgTree} for the drafts `checkOrgRecord` made (the dataset check): their fields are already
 * normalised, so the tree takes them as they are instead of reading each record again.
 * @example
 * buildDraftTree([checkOrgRecord({ id: 'a', name: '中共甲委员会' }, resolveOptions({})).org]).roots().length // 1
 */
export function buildDraftTree(drafts: readonly OrgDraft[]): OrgTree<OrgDraft> {
  return treeOfViews(drafts, viewOfDraft);
}

/**
 * For a record's position, the position of the record holding its effective unit: the nearest
 * legal-entity or joint org up its chain; -1 when none is reachable (a missing situation, a missing parent,
 * or a cycle). Each answer is remembered for the tree's lifetime.
 */
function effectiveResolver(views: readonly OrgView[], parentIndex: Int32Array): (start: number) => number {
  const n = parentIndex.length;
  const effective = new Int32Array(n).fill(-2); // -2 not yet known, -1 none
  const stamp = new Int32Array(n);
  let stampCounter = 0;
  return (start) => {
    if (effective[start] !== -2) return effective[start]!;
    stampCounter++;
    const path: number[] = [];
    let j = start;
    let result = -1;
    while (j !== -1) {
      if (effective[j] !== -2) {
        result = effective[j]!;
        break;
      }
      if (stamp[j] === stampCounter) break; // a cycle: nothing to inherit
      stamp[j] = stampCounter;
      path.push(j);
      const situation = views[j]!.unitSituation;
      if (situation === 'legal-entity' || situation === 'joint') {
        result = j;
        break;
      }
      if (situation !== 'same-as-parent') break;
      j = parentIndex[j]!;
    }
    for (const k of path) effective[k] = result;
    return result;
  };
}

function treeOfViews<T>(orgs: readonly T[], view: (record: T) => OrgView): OrgTree<T> {
  const links = linkRecords(orgs, view);
  const { records, views, byId, parentIndex, childStart, childList } = links;
  const n = records.length;
  const cycles = findCycles(parentIndex);
  const resolveEffective = effectiveResolver(views, parentIndex);
  const pick = (indices: ArrayLike<number>): T[] => Array.from(indices, (i) => records[i]!);

  const tree: OrgTree<T> = Object.assign(new BuiltTree(), {
    orgs: records,
    views,
    parentIndex,
    cycles,
    get: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : records[i];
    },
    indexOf: (id) => byId.get(id) ?? -1,
    parent: (id) => {
      const i = byId.get(id);
      return i === undefined || parentIndex[i]! < 0 ? undefined : records[parentIndex[i]!];
    },
    children: (id) => {
      const i = byId.get(id);
      return i === undefined ? [] : pick(childList.subarray(childStart[i]!, childStart[i + 1]!));
    },
    roots: () => records.filter((_, i) => views[i]!.parentId === undefined),
    ancestors: (id) => {
      const i = byId.get(id);
      if (i === undefined) return [];
      const out: T[] = [];
      const seen = new Set<number>([i]);
      for (let j = parentIndex[i]!; j >= 0 && !seen.has(j); j = parentIndex[j]!) {
        seen.add(j);
        out.push(records[j]!);
      }
      return out;
    },
    descendants: (id) => {
      const i = byId.get(id);
      return i === undefined ? [] : pick(below(links, i));
    },
    walk: (visit) => walkLinks(links, (i, depth) => visit(records[i]!, depth, i)),
    effectiveIndex: (index) => (Number.isInteger(index) && index >= 0 && index < n ? resolveEffective(index) : -1),
    effectiveUnit: (id) => {
      const i = byId.get(id);
      if (i === undefined) return undefined;
      const e = resolveEffective(i);
      if (e < 0) return undefined;
      const view = views[e]!;
      return { org: records[e]!, index: e, situation: view.unitSituation as 'legal-entity' | 'joint', units: view.units };
    },
  } satisfies OrgTree<T>);
  return tree;
}
