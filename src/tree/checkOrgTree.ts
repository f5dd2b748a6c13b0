/**
 * The tree rules over a list of organisation records: links, cycles, roots, what may hang below
 * a 支部 or 总支, duplicate names and ids, and units recorded twice. Linear in the number of records.
 * @module
 */
import { orgCategoryKind, tableFor, type OrgCategoryKind } from '../codes/index.js';
import { contextOf, type Context } from '../options.js';
import type { Issue, Path } from '../result.js';
import { createIssue, type Rule } from '../rules/define.js';
import { buildOrgTree, isOrgTree, type OrgTree } from './buildOrgTree.js';
import { describeCycle, describeOrg } from './describe.js';
import {
  treeChildOfBranch,
  treeCycle,
  treeIdDuplicate,
  treeNameDuplicate,
  treeParentMissing,
  treeRootSameAsParent,
  unitDuplicate,
} from './rules.js';

/** Shorter codes are not real unit codes (an org code has 9 characters); they are not compared. */
const MIN_UNIT_CODE_LENGTH = 9;

/**
 * Checks the tree rules (`tree.parent.missing`, `tree.cycle`, `tree.root.sameAsParent`,
 * `tree.child.ofBranch`, `tree.name.duplicate`, `tree.id.duplicate`, `unit.duplicate`). Paths
 * start at the record's position: `[3, 'parentId']` (the dataset check puts `'orgs'` in front).
 * Issues involving several records name them in the message. Never throws.
 * @param orgs - `OrgDraft`s (as `checkOrgRecord` gives them), validated `Org`s, raw records, or a built tree
 * @param ctx - resolved options (`resolveOptions`); only the locale is used
 * @example
 * checkOrgTree([{ id: 'a', parentId: 'x', name: '中共甲支部委员会' }]).map((i) => i.rule) // ['tree.parent.missing']
 * checkOrgTree([{ id: 'a', name: '中共甲委员会', unitSituation: 'legal-entity' }]) // []
 * @category Tree
 */
export function checkOrgTree(orgs: readonly unknown[] | OrgTree, ctx?: Context): Issue[] {
  const context = contextOf(ctx);
  const locale = context.locale;
  const tree: OrgTree = isOrgTree(orgs) ? orgs : buildOrgTree(orgs as readonly unknown[]);
  const { views, parentIndex } = tree;
  const n = views.length;
  const issues: Issue[] = [];
  const push = <P>(rule: Rule<P>, path: Path, params: P): void => {
    issues.push(createIssue(rule, path, params, { locale }));
  };
  const name = (i: number): string => describeOrg(views[i]!, i);

  const categories = tableFor('orgCategory', context.tables);
  // A dataset has a handful of distinct categories: resolve each once.
  const kinds = new Map<string, OrgCategoryKind>();
  const kindOf = (category: string | undefined): OrgCategoryKind => {
    if (category === undefined) return 'other';
    let kind = kinds.get(category);
    if (kind === undefined) kinds.set(category, (kind = orgCategoryKind(category, categories)));
    return kind;
  };
  const firstByName = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const view = views[i]!;
    if (view.id !== undefined) {
      const first = tree.indexOf(view.id);
      if (first !== i) push(treeIdDuplicate, [i, 'id'], { org: name(i), other: name(first) });
    }
    const p = parentIndex[i]!;
    if (view.parentId === undefined) {
      if (view.unitSituation === 'same-as-parent') push(treeRootSameAsParent, [i, 'unitSituation'], { org: name(i) });
    } else if (p < 0) {
      push(treeParentMissing, [i, 'parentId'], { org: name(i), parentId: view.parentId });
    } else {
      const parentKind = kindOf(views[p]!.category);
      const kind = kindOf(view.category);
      if (parentKind === 'branch' || (parentKind === 'general-branch' && kind !== 'branch' && kind !== 'other')) {
        push(treeChildOfBranch, [i, 'parentId'], { org: name(i), parent: name(p), parentType: parentKind });
      }
    }
    if (view.name !== undefined) {
      const first = firstByName.get(view.name);
      if (first === undefined) firstByName.set(view.name, i);
      else push(treeNameDuplicate, [i, 'name'], { org: name(i), other: name(first) });
    }
  }
  for (const cycle of tree.cycles) {
    const orgsText = describeCycle(views, cycle);
    for (const i of cycle) push(treeCycle, [i, 'parentId'], { orgs: orgsText });
  }
  checkUnitDuplicates(tree, (i, path, other, unit) => {
    const parentShares = parentIndex[i]! >= 0 && tree.effectiveIndex(parentIndex[i]!) === other;
    push(unitDuplicate, [i, ...path], { org: name(i), other: name(other), unit, parentShares });
  });
  // Stable: by record, then in rule order.
  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

/**
 * Finds units recorded more than once: the same code (placeholders aside) or the same name on
 * two unit records that are not one record (no shared unit `id`). Records are visited parents
 * first, so the issue lands on the lower org and names the one that came first.
 */
function checkUnitDuplicates(
  tree: OrgTree,
  report: (index: number, path: Path, other: number, unit: string) => void,
): void {
  const { views } = tree;
  // The first unit seen with each code and each name; a unit is the same unit as another when they
  // share a unit id, else only itself (its org and position, as a number: never equal to an id string).
  const byCode = new Map<string, FirstUnit>();
  const byName = new Map<string, FirstUnit>();
  const visit = (i: number): void => {
    const view = views[i]!;
    if (view.unitSituation !== 'legal-entity' && view.unitSituation !== 'joint') return;
    const units = view.units;
    for (let k = 0; k < units.length; k++) {
      const unit = units[k]!;
      const identity = unit.id !== undefined ? unit.id : i * UNITS_PER_ORG + k;
      const code = unit.code !== undefined && unit.code.length >= MIN_UNIT_CODE_LENGTH && !isAllZeros(unit.code) ? unit.code : undefined;
      // Both are noted; one issue per unit: by its code, else by its name.
      const sameCode = firstOther(byCode, code, i, identity);
      const sameName = firstOther(byName, unit.name, i, identity);
      const other = sameCode ?? sameName;
      // A joint branch listing one unit twice is its own record's issue (org.joint.duplicateUnit).
      if (other !== undefined && other !== i) report(i, view.unitSituation === 'joint' ? ['units', k] : ['unit'], other, unit.name ?? unit.code ?? '');
    }
  };
  const visited = new Uint8Array(views.length);
  tree.walk((_org, _depth, i) => {
    visited[i] = 1;
    visit(i);
  });
  for (let i = 0; i < views.length; i++) if (!visited[i]) visit(i);
}

/** Where a code or name was first seen. */
interface FirstUnit {
  index: number;
  identity: string | number;
}

/** More units than an org lists (a view reads at most 1,000): positions as numbers never collide. */
const UNITS_PER_ORG = 1_000_000;

/**
 * Notes `key` (a code or a name) for record `index`; returns the record that had it first when that was
 * another unit, else `undefined`.
 */
function firstOther(seen: Map<string, FirstUnit>, key: string | undefined, index: number, identity: string | number): number | undefined {
  if (key === undefined) return undefined;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, { index, identity });
    return undefined;
  }
  return first.identity !== identity ? first.index : undefined;
}

function isAllZeros(code: string): boolean {
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) !== 48) return false;
  return true;
}
