/**
 * Merging two organisations — the guide's only way to remove one (注意事项（三）): the children
 * and members of `from` move to `into`, `from` disappears, and the unit is kept once.
 * @module
 */
import { normalizeOrgName } from '../org/names.js';
import { arrayLength, isRecordLike, readIndex, readOwn } from '../_lib/safeRead.js';
import type { Change, Issue, Result } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { toText } from '../text/toText.js';
import { buildOrgTree, isOrgTree, type OrgTree } from './buildOrgTree.js';
import { copyRecord } from './copyRecord.js';
import { describeOrg } from './describe.js';
import { treeEditInvalid, treeOrgNotFound } from './rules.js';
import { describeUnit } from './unitText.js';

/**
 * Options of {@link mergeOrgs}.
 * @category Tree
 */
export interface MergeOptions<M = unknown> {
  /** Member records whose `branch` is the merged org's name; they are returned re-pointed. */
  members?: readonly M[];
  locale?: Locale;
}

/**
 * What an edit of the tree returns: new lists (unchanged records are the same objects) and the changes.
 * @category Tree
 */
export interface TreeEdit<T = unknown, M = unknown> {
  /** The new org list; changed records are plain-object copies with the same fields. */
  orgs: T[];
  /** Present when members were given; re-pointed members are plain-object copies. */
  members?: M[];
  /**
   * Every change, with paths into the INPUT lists: `['orgs', 4, 'parentId']`, `['members', 9, 'branch']`;
   * `['orgs', i]` alone means record i was merged into the org named in `after`; a unit path with
   * `after: ''` means that unit record was dropped.
   */
  changes: Change[];
}

/**
 * Merges org `fromId` into org `intoId` without touching the input: `from`'s children get
 * `parentId = intoId`, members whose branch is `from`'s name get `into`'s name, `from` is left out
 * of the new list, and its unit record is dropped (the merged org keeps `into`'s unit — one unit
 * record, not two). Fails with `tree.org.notFound` or `tree.edit.invalid` (same org, into a
 * descendant, members to move but `into` has no name).
 * @param source - the org records (any shape the tree reads) or a tree built from them
 * @example
 * const orgs = [{ id: 'a', name: '中共甲委员会' }, { id: 'b', parentId: 'a', name: '中共甲一支部委员会' }, { id: 'c', parentId: 'a', name: '中共甲二支部委员会' }];
 * const r = mergeOrgs(orgs, 'c', 'b', { members: [{ name: '张三', branch: '中共甲二支部委员会' }] });
 * r.ok && r.value.orgs.length // 2
 * r.ok && r.value.members?.[0]?.branch // '中共甲一支部委员会'
 * @category Tree
 */
export function mergeOrgs<T, M = unknown>(
  source: OrgTree<T> | readonly T[],
  fromId: unknown,
  intoId: unknown,
  options?: MergeOptions<M>,
): Result<TreeEdit<T, M>> {
  const locale: Locale = readLocale(options);
  const tree = (isOrgTree(source) ? source : buildOrgTree(source as readonly T[])) as OrgTree<T>;
  const from = locate(tree, fromId, locale);
  const into = locate(tree, intoId, locale);
  if (typeof from !== 'number' || typeof into !== 'number') {
    return { ok: false, issues: [from, into].filter((x): x is Issue => typeof x !== 'number') };
  }
  if (from === into) return { ok: false, issues: [createIssue(treeEditInvalid, [], { reason: 'same' }, { locale })] };
  if (isBelow(tree, into, from)) return { ok: false, issues: [createIssue(treeEditInvalid, [], { reason: 'intoDescendant' }, { locale })] };
  const { views, parentIndex, orgs } = tree;
  const fromView = views[from]!;
  const intoView = views[into]!;
  const changes: Change[] = [];

  const membersIn = isRecordLike(options) ? readOwn(options, 'members') : undefined;
  let members: M[] | undefined;
  if (arrayLength(membersIn) !== undefined) {
    members = [];
    const n = arrayLength(membersIn)!;
    for (let k = 0; k < n; k++) {
      const member = readIndex(membersIn, k);
      const branch = isRecordLike(member) ? toText(readOwn(member, 'branch')) : undefined;
      if (branch !== undefined && fromView.name !== undefined && normalizeOrgName(branch) === fromView.name) {
        if (intoView.name === undefined) return { ok: false, issues: [createIssue(treeEditInvalid, [], { reason: 'intoUnnamed' }, { locale })] };
        members.push(copyRecord(member, new Map([['branch', intoView.name]])) as M);
        changes.push({ path: ['members', k, 'branch'], before: branch, after: intoView.name });
      } else members.push(member as M);
    }
  }

  const newParentId = intoView.id!;
  const out: T[] = [];
  for (let i = 0; i < orgs.length; i++) {
    if (i === from) continue;
    if (parentIndex[i] === from) {
      out.push(copyRecord(orgs[i], new Map([['parentId', newParentId]])) as T);
      changes.push({ path: ['orgs', i, 'parentId'], before: fromView.id!, after: newParentId });
    } else out.push(orgs[i]!);
  }
  changes.push({ path: ['orgs', from], before: describeOrg(fromView, from), after: describeOrg(intoView, into) });
  if (fromView.unitSituation === 'legal-entity' || fromView.unitSituation === 'joint') {
    fromView.units.forEach((unit, k) => {
      const path = fromView.unitSituation === 'joint' ? ['orgs', from, 'units', k] : ['orgs', from, 'unit'];
      changes.push({ path, before: describeUnit(unit), after: '' });
    });
  }
  changes.sort(byPath);
  return { ok: true, value: members === undefined ? { orgs: out, changes } : { orgs: out, members, changes }, issues: [] };
}

/**
 * The record index of an id, or the `tree.org.notFound` issue.
 * @example
 * locate(buildOrgTree([{ id: 'a' }]), 'a', 'zh-CN') // 0
 * (locate(buildOrgTree([]), 'a', 'en') as Issue).rule // 'tree.org.notFound'
 */
export function locate<T>(tree: OrgTree<T>, id: unknown, locale: Locale): number | Issue {
  const text = toText(id)?.trim();
  const i = text === undefined ? -1 : tree.indexOf(text);
  return i >= 0 ? i : createIssue(treeOrgNotFound, [], { id: text === undefined ? typeof id : text.slice(0, 64) }, { locale });
}

/** True when record `i` lies below record `ancestor` (cycles end the climb). */
function isBelow<T>(tree: OrgTree<T>, i: number, ancestor: number): boolean {
  const seen = new Set<number>();
  for (let j = tree.parentIndex[i]!; j >= 0 && !seen.has(j); j = tree.parentIndex[j]!) {
    if (j === ancestor) return true;
    seen.add(j);
  }
  return false;
}

/**
 * `'en'` when the options ask for it, else zh-CN.
 * @example
 * readLocale({ locale: 'en' }) // 'en'
 * readLocale(null) // 'zh-CN'
 */
export function readLocale(options: unknown): Locale {
  return isRecordLike(options) && readOwn(options, 'locale') === 'en' ? 'en' : 'zh-CN';
}

/** Orders changes: the org list before the member list, then by position. */
function byPath(a: Change, b: Change): number {
  if (a.path[0] !== b.path[0]) return a.path[0] === 'orgs' ? -1 : 1;
  return (a.path[1] as number) - (b.path[1] as number);
}
