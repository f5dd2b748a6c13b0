/**
 * Linking an org to a unit record another org already holds, so one legal entity is one unit
 * record (guide 注意事项（十一）: 单位关联, keep one unit). What `unit.duplicate` asks for.
 * @module
 */
import { FLAT_UNIT_COLUMNS } from '../org/fields.js';
import { arrayLength, isRecordLike, readIndex, readOwn } from '../_lib/safeRead.js';
import type { OrgUnit } from '../org/types.js';
import type { Change, Result } from '../result.js';
import { createIssue } from '../rules/define.js';
import { buildOrgTree, isOrgTree, type OrgTree } from './buildOrgTree.js';
import { copyRecord, REMOVE } from './copyRecord.js';
import { describeOrg } from './describe.js';
import { locate, readLocale, type TreeEdit } from './mergeOrgs.js';
import { treeEditInvalid, treeRelinkNoUnit } from './rules.js';
import { describeUnit } from './unitText.js';
import type { OrgView } from './view.js';

/**
 * Makes org `orgId` share the unit of org `sharesWithId`, without touching the input.
 * - `sharesWithId` is the org's parent: the org becomes `same-as-parent` and its own unit fields go
 *   (the guide's way of sharing the parent's legal entity).
 * - otherwise the other org must be `legal-entity`; its unit record gets an `id` if it had none
 *   (its code, else `<id>:unit`) and the org takes a copy with that id: `legal-entity` with that
 *   unit, or — for a joint branch — the founding unit with the same code or name is replaced.
 * @param source - the org records (any shape the tree reads) or a tree built from them
 * @example
 * const p = { id: 'p', name: '中共某局委员会', unitSituation: 'legal-entity', unit: { name: '某局', code: '11330212002905524M' } };
 * const r = relinkUnit([p, { ...p, id: 'c', parentId: 'p', name: '中共某局机关支部委员会' }], 'c', 'p');
 * r.ok && r.value.orgs[1]?.unitSituation // 'same-as-parent'
 * @category Tree
 */
export function relinkUnit<T>(
  source: OrgTree<T> | readonly T[],
  orgId: unknown,
  sharesWithId: unknown,
  options?: { locale?: 'zh-CN' | 'en' },
): Result<TreeEdit<T>> {
  const locale = readLocale(options);
  const tree = (isOrgTree(source) ? source : buildOrgTree(source as readonly T[])) as OrgTree<T>;
  const org = locate(tree, orgId, locale);
  const other = locate(tree, sharesWithId, locale);
  if (typeof org !== 'number' || typeof other !== 'number') {
    return { ok: false, issues: [org, other].filter((x) => typeof x !== 'number') };
  }
  if (org === other) return { ok: false, issues: [createIssue(treeEditInvalid, [], { reason: 'same' }, { locale })] };
  const { views, orgs } = tree;
  const view = views[org]!;
  const out = orgs.slice();
  const changes: Change[] = [];

  if (tree.parentIndex[org] === other) {
    const patch = new Map<string, unknown>([['unitSituation', situationLike(orgs[org], 'same-as-parent')]]);
    for (const [key] of unitKeys(orgs[org])) patch.set(key, key === 'units' && hasUnitsArray(orgs[org]) ? [] : REMOVE);
    out[org] = copyRecord(orgs[org], patch) as T;
    changes.push({ path: ['orgs', org, 'unitSituation'], before: view.unitSituation ?? '', after: 'same-as-parent' });
    view.units.forEach((unit, k) => changes.push({ path: ['orgs', org, ...unitPath(view, k)], before: describeUnit(unit), after: '' }));
    return { ok: true, value: { orgs: out, changes }, issues: [] };
  }

  const target = views[other]!;
  if (target.unitSituation !== 'legal-entity' || target.units.length !== 1) {
    return { ok: false, issues: [createIssue(treeRelinkNoUnit, [], { org: describeOrg(target, other) }, { locale })] };
  }
  const targetUnit = target.units[0]!;
  const unitId = targetUnit.id ?? targetUnit.code ?? `${target.id}:unit`;
  const shared = copyRecord(unitSource(orgs[other], target), new Map([['id', unitId]]));
  if (targetUnit.id === undefined) {
    out[other] = copyRecord(orgs[other], writeUnits(orgs[other], target, [shared])) as T;
    changes.push({ path: ['orgs', other, ...unitPath(target, 0), 'id'], before: '', after: unitId });
  }
  let units: unknown[];
  if (view.unitSituation === 'joint') {
    const k = view.units.findIndex((u) => sameUnit(u, targetUnit));
    if (k < 0) return { ok: false, issues: [createIssue(treeEditInvalid, [], { reason: 'noMatch' }, { locale })] };
    units = Array.from({ length: view.units.length }, (_, i) => (i === k ? shared : readIndex(readOwn(orgs[org] as object, view.unitShape), i)));
    changes.push({ path: ['orgs', org, 'units', k], before: describeUnit(view.units[k]!), after: `${describeUnit(targetUnit)} (${unitId})` });
  } else {
    units = [shared];
    changes.push({ path: ['orgs', org, 'unit'], before: describeUnit(view.units[0] ?? {}), after: `${describeUnit(targetUnit)} (${unitId})` });
    if (view.unitSituation !== 'legal-entity') {
      changes.push({ path: ['orgs', org, 'unitSituation'], before: view.unitSituation ?? '', after: 'legal-entity' });
    }
  }
  const patch = writeUnits(orgs[org], view, units);
  if (view.unitSituation !== 'joint') patch.set('unitSituation', situationLike(orgs[org], 'legal-entity'));
  out[org] = copyRecord(orgs[org], patch) as T;
  changes.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
  return { ok: true, value: { orgs: out, changes }, issues: [] };
}

function unitPath(view: OrgView, k: number): (string | number)[] {
  return view.unitSituation === 'joint' ? ['units', k] : ['unit'];
}

function sameUnit(a: OrgUnit, b: OrgUnit): boolean {
  return (a.code !== undefined && a.code === b.code) || (a.name !== undefined && a.name === b.name);
}

/** The keys a record holds its unit in: `unit`, `units` and the flat columns it has. */
function unitKeys(record: unknown): [string, unknown][] {
  if (!isRecordLike(record)) return [];
  const keys = ['unit', 'units', ...FLAT_UNIT_COLUMNS.map(([column]) => column)];
  return keys.filter((k) => readOwn(record, k) !== undefined).map((k) => [k, readOwn(record, k)]);
}

function hasUnitsArray(record: unknown): boolean {
  return isRecordLike(record) && arrayLength(readOwn(record, 'units')) !== undefined;
}

/** The object the record keeps its single unit in (flat columns become a unit object). */
function unitSource(record: unknown, view: OrgView): unknown {
  if (!isRecordLike(record)) return {};
  if (view.unitShape === 'flat') {
    const unit = view.units[0]!;
    return Object.fromEntries(Object.entries(unit).filter(([, v]) => v !== undefined));
  }
  const holder = readOwn(record, view.unitShape === 'units' ? 'units' : 'unit');
  return arrayLength(holder) !== undefined ? readIndex(holder, 0) : holder;
}

/** A patch that stores `units` in the record's own way of holding them. */
function writeUnits(record: unknown, view: OrgView, units: unknown[]): Map<string, unknown> {
  const patch = new Map<string, unknown>();
  if (view.unitShape === 'flat' && units.length === 1) {
    const unit = units[0] as Record<string, unknown>;
    for (const [column, field] of FLAT_UNIT_COLUMNS) {
      const value = readOwn(unit, field);
      if (value !== undefined) patch.set(column, value);
    }
    return patch;
  }
  for (const [key] of unitKeys(record)) patch.set(key, REMOVE);
  if (hasUnitsArray(record) || units.length !== 1) patch.set('units', units);
  else patch.set('unit', units[0]);
  return patch;
}

/** The situation written the way the record writes it: the form's label when it used Chinese. */
function situationLike(record: unknown, situation: 'same-as-parent' | 'legal-entity'): string {
  const current = isRecordLike(record) ? readOwn(record, 'unitSituation') : undefined;
  const chinese = typeof current === 'string' && /[\u4e00-\u9fff]/.test(current);
  if (!chinese) return situation;
  return situation === 'same-as-parent' ? '与上级党组织相同' : '法人单位';
}
