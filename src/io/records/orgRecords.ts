/**
 * Org summary rows → org input records: ids assigned where the sheet has none, parents linked by
 * 上级组织编号 or by the parent's full name (上级党组织), a joint branch's units gathered from its
 * extra rows and from the joint-branch unit sheet (建立联合党支部的单位基本信息汇总表).
 * @module
 */
import type { Issue } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import { normalizeOrgName } from '../../org/names.js';
import { ORG_FIELDS, UNIT_ITEM_FIELDS } from '../../org/fields.js';
import { readUnitSituation } from '../../org/situation.js';
import { ioJointUnitsUnknownBranchRule } from '../rules.js';
import type { CellRef, RecordSource } from './sources.js';

/** One data row of an org sheet (or of the joint-branch unit sheet), as read. */
export interface OrgRow {
  file?: string;
  sheet: string;
  row: number;
  values: Record<string, unknown>;
  /** Field → 1-based column, shared by the rows of a sheet. */
  columns: ReadonlyMap<string, number>;
  /** Cell problems, with paths relative to the row's fields (`['unit', 'code']`). */
  issues: Issue[];
}

const UNIT_FIELDS = UNIT_ITEM_FIELDS;
/** The org columns an extra row (a joint branch's further unit) leaves blank or repeats: all but the name. */
const ORG_LEVEL: readonly string[] = [...ORG_FIELDS.filter((f) => f !== 'name'), 'parentName'];

type Unit = Partial<Record<(typeof UNIT_FIELDS)[number], unknown>>;

interface Draft {
  record: Record<string, unknown>;
  source: RecordSource;
  first: OrgRow;
  units: { unit: Unit; row: OrgRow }[];
  joint: boolean;
  issues: Issue[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value === undefined ? '' : String(value);
}

function unitOf(row: OrgRow): Unit | undefined {
  let unit: Unit | undefined;
  for (const field of UNIT_FIELDS) {
    const value = row.values[`unit.${field}`];
    if (value !== undefined) (unit ??= {})[field] = value;
  }
  return unit;
}

/** An extra row of the org above: same (or no) name and org items, its own unit. */
function continues(row: OrgRow, draft: Draft | undefined): boolean {
  if (!draft || !unitOf(row)) return false;
  const name = text(row.values.name);
  if (name !== '' && normalizeOrgName(name) !== normalizeOrgName(text(draft.first.values.name))) return false;
  return ORG_LEVEL.every((f) => row.values[f] === undefined || text(row.values[f]) === text(draft.first.values[f]));
}

function looksJoint(values: Record<string, unknown>): boolean {
  const situation = text(values.unitSituation);
  if (situation !== '' && readUnitSituation(situation) === 'joint') return true;
  const category = text(values.category).slice(0, 3);
  return category === '632' || category === '932';
}

function sameUnit(a: Unit, b: Unit): boolean {
  const codeA = text(a.code);
  const codeB = text(b.code);
  if (codeA !== '' && codeA === codeB) return true;
  const nameA = text(a.name);
  return codeA === '' && codeB === '' && nameA !== '' && normalizeOrgName(nameA) === normalizeOrgName(text(b.name));
}

function unitCells(row: OrgRow, prefix: string, into: Record<string, CellRef>): void {
  for (const field of UNIT_FIELDS) {
    const column = row.columns.get(`unit.${field}`);
    if (column !== undefined) into[`${prefix}.${field}`] = { ...where(row), column };
  }
  const nameColumn = row.columns.get('unit.name') ?? row.columns.get('name');
  if (nameColumn !== undefined && !into[prefix]) into[prefix] = { ...where(row), column: nameColumn };
}

function where(row: OrgRow): { file?: string; sheet: string; row: number } {
  return row.file === undefined ? { sheet: row.sheet, row: row.row } : { file: row.file, sheet: row.sheet, row: row.row };
}

function relocate(issues: Issue[], record: number, unitPath: (string | number)[]): Issue[] {
  return issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const path = head === 'unit' ? [...unitPath, ...rest] : issue.path;
    return { ...issue, path: ['orgs', record, ...path] };
  });
}

/** What {@link assembleOrgs} gives: records, their sources, and problems found on the way. */
export interface AssembledOrgs {
  records: Record<string, unknown>[];
  sources: RecordSource[];
  issues: Issue[];
}

/**
 * Builds org input records from the rows of the org sheet(s) and of the joint-branch unit sheet.
 * @example
 * assembleOrgs([{ sheet: 'S', row: 2, values: { name: '中共甲委员会' }, columns: new Map([['name', 1]]), issues: [] }], [], 'zh-CN').records // [{ id: 'R2', name: '中共甲委员会' }]
 */
export function assembleOrgs(rows: readonly OrgRow[], jointRows: readonly OrgRow[], locale: Locale): AssembledOrgs {
  const drafts: Draft[] = [];
  for (const row of rows) {
    const last = drafts[drafts.length - 1];
    if (continues(row, last)) {
      last!.units.push({ unit: unitOf(row)!, row });
      last!.joint = true;
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(row.values)) {
      if (!field.startsWith('unit.') && field !== 'parentName') record[field] = value;
    }
    const unit = unitOf(row);
    drafts.push({
      record,
      source: { ...where(row), columns: row.columns },
      first: row,
      units: unit ? [{ unit, row }] : [],
      joint: looksJoint(row.values),
      issues: [],
    });
  }
  const issues: Issue[] = [];
  const byName = new Map<string, Draft>();
  for (const draft of drafts) {
    const name = normalizeOrgName(text(draft.record.name));
    if (name !== '' && !byName.has(name)) byName.set(name, draft);
  }
  jointRows.forEach((row, k) => {
    const draft = byName.get(normalizeOrgName(text(row.values.name)));
    const unit = unitOf(row);
    if (!unit) return;
    if (!draft) {
      issues.push(createIssue(ioJointUnitsUnknownBranchRule, ['jointUnits', k, 'name'], { sheet: row.sheet, row: row.row, name: text(row.values.name).slice(0, 200) }, { locale }));
      return;
    }
    draft.joint = true;
    if (!draft.units.some((u) => sameUnit(u.unit, unit))) draft.units.push({ unit, row });
  });
  // Sheets without 组织编号 get ids from their row numbers, so messages still say where to look.
  const manySheets = new Set(rows.map((r) => r.sheet)).size > 1;
  for (const draft of drafts) {
    const at = manySheets ? `${draft.first.sheet}!R${draft.first.row}` : `R${draft.first.row}`;
    draft.record.id = text(draft.record.id) || at;
  }
  linkParents(drafts);
  const records: Record<string, unknown>[] = [];
  const sources: RecordSource[] = [];
  drafts.forEach((draft, i) => {
    const cells: Record<string, CellRef> = {};
    if (draft.joint) {
      draft.record.units = draft.units.map(({ unit, row }, k) => {
        unitCells(row, `units.${k}`, cells);
        issues.push(...relocate(row.issues, i, ['units', k]));
        return unit;
      });
    } else {
      const only = draft.units[0];
      if (only) draft.record.unit = only.unit;
    }
    if (!draft.joint || draft.units.every((u) => u.row !== draft.first)) issues.push(...relocate(draft.first.issues, i, ['unit']));
    const parentColumn = draft.first.columns.get('parentId') ?? draft.first.columns.get('parentName');
    if (parentColumn !== undefined && !draft.first.columns.has('parentId')) cells.parentId = { ...where(draft.first), column: parentColumn };
    if (Object.keys(cells).length > 0) draft.source.cells = cells;
    records.push(draft.record);
    sources.push(draft.source);
  });
  return { records, sources, issues };
}

/** parentId from 上级组织编号 as given, else by the parent's full name; an unknown name stays as text. */
function linkParents(drafts: readonly Draft[]): void {
  const idByName = new Map<string, string>();
  for (const draft of drafts) {
    const name = normalizeOrgName(text(draft.record.name));
    if (name !== '' && !idByName.has(name)) idByName.set(name, text(draft.record.id));
  }
  for (const draft of drafts) {
    if (draft.record.parentId !== undefined) {
      draft.record.parentId = text(draft.record.parentId);
      continue;
    }
    const parentName = text(draft.first.values.parentName);
    if (parentName === '') continue;
    draft.record.parentId = idByName.get(normalizeOrgName(parentName)) ?? parentName;
  }
}
