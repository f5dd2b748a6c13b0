/**
 * Reading one unit (items 7–10) from an object or from flat columns: each field parsed with the
 * code tables and the unit-code parser, every change reported. Whether the fields are required is
 * decided by the caller (it knows the unit situation).
 * @module
 */
import { checkCodeCell } from '../codes/checkCodeCell.js';
import { tableFor } from '../codes/index.js';
import type { CodeTableName } from '../codes/types.js';
import { canonicalCreditCode } from '../identifiers/canonical.js';
import { parseUnitCode } from '../identifiers/index.js';
import type { Context } from '../options.js';
import { prefixIssues, type Change, type Issue, type Path } from '../result.js';
import { MAX_LENGTH } from '../text/limits.js';
import { toText } from '../text/toText.js';
import type { UnitField } from './fields.js';
import { normalizeOrgName } from './names.js';
import { readText } from './readText.js';
import type { OrgUnit, UnitCodeKind } from './types.js';

/** A unit field and where its raw value sits in the record. */
export interface UnitCell {
  value: unknown;
  path: Path;
}

/** The raw cells of one unit, by unit field; `extra` holds the unit object's unknown fields. */
export type UnitCells = { [field in UnitField]: UnitCell } & { extra?: Record<string, unknown> };

/** What reading a unit gives. */
export interface UnitRead {
  unit: OrgUnit;
  issues: Issue[];
  changes: Change[];
}

/**
 * Parses the cells of one unit. Blank fields stay `undefined` (no issue here).
 * @example
 * const cell = (value: unknown, field: string) => ({ value, path: ['unit', field] });
 * const cells = { id: cell(undefined, 'id'), name: cell(' 宁波市鄞州区民政局 ', 'name'), category: cell(4, 'category'), partySetup: cell('11', 'partySetup'), code: cell('000000000000000000', 'code') };
 * readUnit(cells, resolveOptions({})).unit.name // '宁波市鄞州区民政局'
 * readUnit(cells, resolveOptions({})).unit.codeKind // 'placeholder'
 */
export function readUnit(cells: UnitCells, ctx: Context): UnitRead {
  const { locale } = ctx;
  const issues: Issue[] = [];
  const changes: Change[] = [];
  const unit: OrgUnit = {};

  const id = readText(cells.id.value, 'unit.id', cells.id.path, MAX_LENGTH.name, locale);
  if (id.issue) issues.push(id.issue);
  else if (id.text !== undefined) {
    unit.id = id.text;
    noteChange(changes, cells.id, unit.id);
  }

  const name = readText(cells.name.value, 'unit.name', cells.name.path, MAX_LENGTH.name, locale);
  if (name.issue) issues.push(name.issue);
  else if (name.text !== undefined) {
    unit.name = normalizeOrgName(name.text);
    noteChange(changes, cells.name, unit.name);
  }

  const category = readCode('unitCategory', 'unit.category', cells.category, ctx, issues, changes);
  if (category !== undefined) unit.category = category;
  const partySetup = readCode('unitPartySetup', 'unit.partySetup', cells.partySetup, ctx, issues, changes);
  if (partySetup !== undefined) unit.partySetup = partySetup;

  // A credit code as the parser gives it back (most units): nothing to report or change.
  const canonicalCode = canonicalCreditCode(cells.code.value);
  if (canonicalCode !== undefined) {
    unit.code = canonicalCode;
    unit.codeKind = 'creditCode';
  } else readCodeCell(cells.code, unit, ctx, issues, changes);
  if (cells.extra !== undefined) unit.extra = cells.extra;
  return { unit, issues, changes };
}

/** Item 10 through the unit-code parser: a credit code, an organisation code or the placeholder. */
function readCodeCell(cell: UnitCell, unit: OrgUnit, ctx: Context, issues: Issue[], changes: Change[]): void {
  const code = readText(cell.value, 'unit.code', cell.path, MAX_LENGTH.identifier, ctx.locale);
  if (code.issue) {
    issues.push(code.issue);
    return;
  }
  if (code.text === undefined) return;
  const r = parseUnitCode(cell.value, {
    locale: ctx.locale,
    acceptPlaceholder: ctx.policy.acceptPlaceholderUnitCode,
    creditCodeChecksum: ctx.policy.creditCodeChecksum,
    allowList: ctx.policy.creditCodeAllowList,
  });
  issues.push(...prefixIssues(r.issues, cell.path));
  if (!r.ok) return;
  unit.code = r.value.value;
  unit.codeKind = r.value.kind as UnitCodeKind;
  noteChange(changes, cell, unit.code);
}

/**
 * A coded field through its table (leaf codes only); `undefined` when blank or not accepted.
 * `code.unverified` (a code missing from an incomplete table) is a warning and keeps the code.
 * Issues and changes are pushed onto the arrays given.
 * @example
 * const issues: Issue[] = [];
 * readCode('orgCategory', 'category', { value: '631 党支部', path: ['category'] }, resolveOptions({}), issues, []) // '631'
 * readCode('orgCategory', 'category', { value: '6', path: ['category'] }, resolveOptions({}), issues, []) // undefined
 * issues.map((i) => i.rule) // ['code.notLeaf']
 */
export function readCode(
  table: CodeTableName,
  field: string,
  cell: UnitCell,
  ctx: Context,
  issues: Issue[],
  changes: Change[],
): string | undefined {
  const text = readText(cell.value, field, cell.path, MAX_LENGTH.identifier, ctx.locale);
  if (text.issue) {
    issues.push(text.issue);
    return undefined;
  }
  if (text.text === undefined) return undefined;
  const outcome = checkCodeCell(tableFor(table, ctx.tables), cell.value, ctx.locale);
  if (outcome.issues.length > 0) issues.push(...prefixIssues(outcome.issues, cell.path));
  if (!outcome.ok) return undefined;
  noteChange(changes, cell, outcome.code);
  return outcome.code;
}

/**
 * Records a change when the value kept differs from the text given.
 * @example
 * const changes: Change[] = [];
 * noteChange(changes, { value: ' 631', path: ['category'] }, '631');
 * changes // [{ path: ['category'], before: ' 631', after: '631' }]
 */
export function noteChange(changes: Change[], cell: UnitCell, after: string): void {
  const before = toText(cell.value);
  if (before !== undefined && before !== after) changes.push({ path: cell.path, before, after });
}
