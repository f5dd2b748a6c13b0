/**
 * Items 7–10 against item 6: where the units sit in the record (`unit`, `units`, or the flat
 * columns `unitName` / `unitCategory` / `unitPartySetup` / `unitCode` / `unitId`), which the
 * situation needs, and the guide's unit heuristics.
 * @module
 */
import { arrayLength, isDate, isRecordLike, ownKeys, readIndex, readOwn, UNREADABLE } from '../_lib/safeRead.js';
import { tableFor } from '../codes/index.js';
import { parseCreditCode } from '../identifiers/index.js';
import type { Context } from '../options.js';
import type { Change, Issue, Path } from '../result.js';
import { createIssue } from '../rules/define.js';
import { keepExtra } from './extra.js';
import { FLAT_UNIT_COLUMNS, REQUIRED_UNIT_FIELDS, UNIT_FIELDS } from './fields.js';
import { describeKind } from './describeKind.js';
import { readUnit, type UnitCells } from './readUnit.js';
import {
  orgFieldInvalid,
  orgJointDuplicateUnit,
  orgJointTooFewUnits,
  orgUnitAuthorityMismatch,
  orgUnitBranchOffice,
  orgUnitCommitteeCode,
  orgUnitCommunity,
  orgUnitRequired,
  orgUnitUnexpected,
} from './rules.js';
import type { OrgUnit, UnitCodeKind, UnitSituation } from './types.js';
import { authorityFitsUnitCategory, branchOfficeMarker, committeeCodeFits, isCommunityName } from './unitHeuristics.js';

/** More units than any joint branch has; the rest are not read. */
const MAX_UNITS = 1000;

/** What the unit items give for a record. */
export interface UnitsChecked {
  /** The units that count for the situation (none for same-as-parent). */
  units: OrgUnit[];
  /** Record fields whose values were not used (kept in the draft's `extra`). */
  unused: [key: string, value: unknown][];
  issues: Issue[];
  changes: Change[];
}

interface FoundUnit {
  cells: UnitCells;
  /** Path of the unit as a whole: ['unit'], ['units', 2], or [] for flat columns. */
  path: Path;
  filled: boolean;
}

/**
 * Reads and checks the units of a record for its situation (`undefined` when item 6 is unusable:
 * the units are read, nothing is required).
 * @example
 * checkUnits({ unit: { name: '某局' } }, 'same-as-parent', resolveOptions({})).issues[0]?.rule // 'org.unit.unexpected'
 */
export function checkUnits(record: object, situation: UnitSituation | undefined, ctx: Context): UnitsChecked {
  const { locale } = ctx;
  const issues: Issue[] = [];
  const changes: Change[] = [];
  const { found, containerPath, usedKeys, unusedKeys } = findUnits(record, issues, ctx);
  // Blank cells carry nothing worth keeping; anything else not used goes to `extra`.
  const unused: [string, unknown][] = [];
  for (const k of unusedKeys) {
    const value = readOwn(record, k);
    if (!isBlankCell(value)) unused.push([k, value]);
  }
  const filled: FoundUnit[] = [];
  for (const unit of found) if (unit.filled) filled.push(unit);

  if (situation === 'same-as-parent') {
    if (filled.length > 0) {
      issues.push(createIssue(orgUnitUnexpected, filled[0]!.path.length ? filled[0]!.path : containerPath, { situation }, { locale }));
      for (const k of usedKeys) unused.push([k, readOwn(record, k)]);
    }
    return { units: [], unused, issues, changes };
  }
  let counted = filled;
  if (situation === 'legal-entity') {
    if (filled.length === 0) issues.push(createIssue(orgUnitRequired, containerPath, { field: 'unit' }, { locale }));
    if (filled.length > 1) {
      for (const extra of filled.slice(1)) issues.push(createIssue(orgUnitUnexpected, extra.path, { situation }, { locale }));
      for (const k of usedKeys) unused.push([k, readOwn(record, k)]);
      counted = filled.slice(0, 1);
    }
  } else if (situation === 'joint' && filled.length < 2) {
    issues.push(createIssue(orgJointTooFewUnits, containerPath, { count: filled.length }, { locale }));
  }
  const units: OrgUnit[] = [];
  for (const found of counted) {
    const r = readUnit(found.cells, ctx);
    issues.push(...r.issues);
    changes.push(...r.changes);
    if (situation === 'joint') checkRepeatedUnit(r.unit, units, found.path, ctx, issues);
    units.push(r.unit);
    if (situation === undefined) continue;
    for (const field of REQUIRED_UNIT_FIELDS) {
      const cell = found.cells[field];
      if (r.unit[field] === undefined && isBlankCell(cell.value)) {
        issues.push(createIssue(orgUnitRequired, cell.path, { field: `unit.${field}` }, { locale }));
      }
    }
    checkHeuristics(r.unit, found.cells, situation, ctx, issues);
  }
  return { units, unused, issues, changes };
}

/** A joint branch's unit that an earlier one already lists (same code other than 18 zeros, or same name). */
function checkRepeatedUnit(unit: OrgUnit, earlier: readonly OrgUnit[], path: Path, ctx: Context, issues: Issue[]): void {
  const { code, name } = unit;
  const hasCode = code !== undefined && unit.codeKind !== 'placeholder';
  const twin = earlier.find((e) => (hasCode && e.code === code) || (name !== undefined && e.name === name));
  if (twin === undefined) return;
  const label = hasCode && twin.code === code ? (name !== undefined ? `${name} ${code}` : code!) : name!;
  issues.push(createIssue(orgJointDuplicateUnit, path, { unit: label }, { locale: ctx.locale }));
}

/** The guide's heuristics on one read unit. */
function checkHeuristics(unit: OrgUnit, cells: UnitCells, situation: UnitSituation, ctx: Context, issues: Issue[]): void {
  const { locale } = ctx;
  if (unit.name !== undefined) {
    const marker = branchOfficeMarker(unit.name);
    if (marker !== undefined) issues.push(createIssue(orgUnitBranchOffice, cells.name.path, { unitName: unit.name, marker }, { locale }));
  }
  if (situation === 'legal-entity') {
    const categoryName = unit.category === undefined ? undefined : tableFor('unitCategory', ctx.tables).get(unit.category)?.name;
    const community = (unit.name !== undefined && isCommunityName(unit.name)) || (categoryName !== undefined && categoryName.includes('社区'));
    // 注意事项（四） rests on communities having no credit code; since late 2017 a 居民委员会 carries a 55 code
    // and is a legal entity in its own right.
    const residentsCommittee = unit.codeKind === 'creditCode' && unit.code !== undefined && unit.code.startsWith('55');
    if (community && !residentsCommittee) issues.push(createIssue(orgUnitCommunity, ['unitSituation'], { unitName: unit.name ?? categoryName ?? '' }, { locale }));
  }
  if (unit.codeKind === 'creditCode' && unit.code !== undefined && unit.category !== undefined) {
    const authority = unit.code.charAt(0);
    if (authorityFitsUnitCategory(authority, unit.category) === false) {
      const parsed = parseCreditCode(unit.code, { locale, checksum: 'warning', allowList: ctx.policy.creditCodeAllowList });
      const authorityName = parsed.ok ? `${authority} ${parsed.value.authority.name}` : authority;
      const categoryName = tableFor('unitCategory', ctx.tables).get(unit.category)?.name;
      issues.push(
        createIssue(
          orgUnitAuthorityMismatch,
          cells.code.path,
          { authority: authorityName, category: categoryName ? `${unit.category} ${categoryName}` : unit.category },
          { locale },
        ),
      );
    }
    if (committeeCodeFits(unit.code, unit.category) === false) {
      const categoryName = tableFor('unitCategory', ctx.tables).get(unit.category)?.name;
      const category = categoryName ? `${unit.category} ${categoryName}` : unit.category;
      const village = unit.category === '15';
      issues.push(createIssue(orgUnitCommitteeCode, cells.code.path, { category, prefix: unit.code.slice(0, 2), village }, { locale }));
    }
  }
}

/** Finds where the record keeps its units. `usedKeys` are the keys the units came from. */
function findUnits(
  record: object,
  issues: Issue[],
  ctx: Context,
): { found: FoundUnit[]; containerPath: Path; usedKeys: string[]; unusedKeys: string[] } {
  const units = readOwn(record, 'units');
  const unit = readOwn(record, 'unit');
  const flatKeys: string[] = [];
  for (const column of FLAT_COLUMNS) if (readOwn(record, column) !== undefined) flatKeys.push(column);
  const found: FoundUnit[] = [];
  // The first container present is the one used; the other and the flat columns are kept aside.
  if (units !== undefined && units !== null) {
    readContainer('units', units, found, issues, ctx);
    if (unit !== undefined) flatKeys.unshift('unit');
    return { found, containerPath: ['units'], usedKeys: ['units'], unusedKeys: flatKeys };
  }
  if (unit !== undefined && unit !== null) {
    readContainer('unit', unit, found, issues, ctx);
    return { found, containerPath: ['unit'], usedKeys: ['unit'], unusedKeys: flatKeys };
  }
  if (flatKeys.length === 0) return { found, containerPath: ['unit'], usedKeys: [], unusedKeys: [] };
  const cells = {} as UnitCells;
  for (const [column, field] of FLAT_UNIT_COLUMNS) cells[field] = { value: readOwn(record, column), path: [column] };
  found.push({ cells, path: [], filled: isFilled(cells) });
  const firstFilled = flatKeys.find((k) => !isBlankCell(readOwn(record, k))) ?? flatKeys[0]!;
  return { found, containerPath: [firstFilled], usedKeys: flatKeys, unusedKeys: [] };
}

/** The units of a `unit` / `units` value: an array of unit objects, or one. */
function readContainer(key: 'unit' | 'units', value: unknown, found: FoundUnit[], issues: Issue[], ctx: Context): void {
  const n = arrayLength(value);
  if (n === undefined) {
    const cells = unitObjectCells(value, [key], issues, ctx);
    if (cells) found.push(cells);
    return;
  }
  for (let k = 0; k < Math.min(n, MAX_UNITS); k++) {
    const cells = unitObjectCells(readIndex(value, k), [key, k], issues, ctx);
    if (cells) found.push(cells);
  }
}

/** The cells of a unit object; `undefined` (with an issue) when the element is not an object. */
function unitObjectCells(value: unknown, path: Path, issues: Issue[], ctx: Context): FoundUnit | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === UNREADABLE || !isRecordLike(value) || isDate(value)) {
    issues.push(createIssue(orgFieldInvalid, path, { field: 'unit', got: describeKind(value) }, { locale: ctx.locale }));
    return undefined;
  }
  const cells = {} as UnitCells;
  for (const field of UNIT_FIELDS) cells[field] = unitCell(value, path, field);
  for (const k of ownKeys(value) ?? []) {
    if (UNIT_FIELD_SET.has(k)) continue;
    const cell = readOwn(value, k);
    // `codeKind` is derived from the code: a validated unit read back carries one.
    if (k === 'codeKind' && typeof cell === 'string' && CODE_KINDS.has(cell)) continue;
    keepExtra((cells.extra ??= {}), k, cell);
  }
  return { cells, path, filled: isFilled(cells) };
}

const UNIT_FIELD_SET: ReadonlySet<string> = new Set(UNIT_FIELDS);
const CODE_KINDS: ReadonlySet<string> = new Set<UnitCodeKind>(['creditCode', 'orgCode', 'placeholder']);
const FLAT_COLUMNS: readonly string[] = FLAT_UNIT_COLUMNS.map(([column]) => column);

function unitCell(unit: object, path: Path, field: string): { value: unknown; path: Path } {
  return { value: readOwn(unit, field), path: path.length === 1 ? [path[0]!, field] : [...path, field] };
}

/** A unit counts when any of items 7–10 holds something (blank rows of a sheet do not). */
function isFilled(cells: UnitCells): boolean {
  for (const field of REQUIRED_UNIT_FIELDS) if (!isBlankCell(cells[field].value)) return true;
  return false;
}

/** An empty cell: nothing, or only white space. */
function isBlankCell(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
