/**
 * The order of a dataset report: issues about the input as a whole first, then org records, then
 * member records, each by record index, then by field in the order of the form (a record's own
 * issues before its fields'), then as found.
 * @module
 */
import { MEMBER_COLUMNS } from '../member/fields.js';
import { ORG_RECORD_KEYS, UNIT_FIELDS } from '../org/fields.js';
import { isArray, readOwnOf } from '../_lib/safeRead.js';
import type { Issue, Path } from '../result.js';

function ranks(fields: readonly string[]): ReadonlyMap<string, number> {
  return new Map(fields.map((f, i) => [f, i]));
}

/** Field order of each record kind: one map per kind, since org and member fields share names (`name`). */
const ORG_RANK = ranks(ORG_RECORD_KEYS);
const MEMBER_RANK = ranks(MEMBER_COLUMNS);
const UNIT_RANK = ranks(UNIT_FIELDS);
const NO_RANK: ReadonlyMap<string, number> = new Map();

const COLLECTION: ReadonlyMap<unknown, number> = new Map([['orgs', 1], ['members', 2]]);
const RECORD_RANK: readonly ReadonlyMap<string, number>[] = [NO_RANK, ORG_RANK, MEMBER_RANK];

function compareStep(a: unknown, b: unknown, ranks: ReadonlyMap<string, number>): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  if (typeof a !== 'string' || typeof b !== 'string') return typeof a === 'string' ? -1 : typeof b === 'string' ? 1 : 0;
  const ra = ranks.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = ranks.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two dataset paths: `['orgs', 3, 'unit', 'code']` before `['members', 0]`.
 * @example
 * compareDatasetPaths(['orgs', 3], ['members', 0]) < 0 // true
 * compareDatasetPaths(['members', 2, 'name'], ['members', 2, 'idNumber']) < 0 // true
 * compareDatasetPaths(['orgs', 0, 'parentId'], ['orgs', 0, 'name']) < 0 // true
 */
export function compareDatasetPaths(a: Path, b: Path): number {
  try {
    return comparePaths(isArray(a) ? a : [], isArray(b) ? b : []);
  } catch {
    // A path that cannot be read (a throwing getter) sorts as equal.
    return 0;
  }
}

function comparePaths(a: Path, b: Path): number {
  const ca = COLLECTION.get(a[0]) ?? 0;
  const cb = COLLECTION.get(b[0]) ?? 0;
  if (ca !== cb) return ca - cb;
  const n = Math.min(a.length, b.length);
  const recordRank = RECORD_RANK[ca]!;
  for (let i = ca === 0 ? 0 : 1; i < n; i++) {
    // Below a record: its form's field order; below an org's unit: items 7–10 in order.
    const unit = ca === 1 && i >= 3 && (a[i - 1] === 'unit' || typeof a[i - 1] === 'number');
    const c = compareStep(a[i] ?? '', b[i] ?? '', unit ? UNIT_RANK : recordRank);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * The issues in report order (a new array; stable for equal paths).
 * @example
 * sortIssues([{ rule: 'b', severity: 'error', path: ['members', 1], message: '' }, { rule: 'a', severity: 'error', path: ['orgs', 5], message: '' }]).map((i) => i.rule) // ['a', 'b']
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  let list: Issue[];
  try {
    list = isArray(issues) ? [...issues] : [];
  } catch {
    return [];
  }
  return list.sort((x, y) => compareDatasetPaths(readOwnOf(x, 'path') as Path, readOwnOf(y, 'path') as Path));
}
