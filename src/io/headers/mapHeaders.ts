import {
  MEMBER_HEADER_ALIASES,
  ORG_HEADER_ALIASES,
  type MemberColumnField,
  type OrgColumnField,
} from './aliases.js';
import { normalizeHeader, stripHeaderNotes } from './normalizeHeader.js';

/**
 * Which sheet a header row belongs to.
 * @category Spreadsheets
 */
export type SheetKind = 'org' | 'member';

/**
 * What {@link mapHeaders} found: one entry per header, in order.
 * @category Spreadsheets
 */
export interface HeaderMapping<F extends string = OrgColumnField | MemberColumnField> {
  /** The field each column holds, or `undefined` for a column that is kept as it is. */
  fields: (F | undefined)[];
  /** The normalised header of each column. */
  normalized: string[];
  /** Columns whose field another, better-named column already claims: `[column, winning column]`. */
  duplicates: [number, number][];
}

interface Entry {
  field: string;
  rank: number;
}

function buildLookup(aliases: Record<string, readonly string[]>): Map<string, Entry> {
  const lookup = new Map<string, Entry>();
  for (const [field, names] of Object.entries(aliases)) {
    names.forEach((name, rank) => {
      if (!lookup.has(name)) lookup.set(name, { field, rank });
    });
    // The record's own field name works as a header too (a CSV written by a program).
    const own = field.toLowerCase();
    if (!lookup.has(own)) lookup.set(own, { field, rank: 100 });
  }
  return lookup;
}

const LOOKUPS: Record<SheetKind, Map<string, Entry>> = {
  org: buildLookup(ORG_HEADER_ALIASES),
  member: buildLookup(MEMBER_HEADER_ALIASES),
};

function lookUp(kind: SheetKind, normalized: string): Entry | undefined {
  if (normalized === '') return undefined;
  const table = LOOKUPS[kind];
  return table.get(normalized) ?? table.get(stripHeaderNotes(normalized));
}

/**
 * True when the header names a known column of that kind of sheet.
 * @example
 * isKnownHeader('身份证号码', 'member') // true
 * isKnownHeader('备注', 'member') // false
 */
export function isKnownHeader(header: unknown, kind: SheetKind): boolean {
  return lookUp(kind, normalizeHeader(header)) !== undefined;
}

/**
 * Maps column headers — the forms' item names and their common variants — to record fields.
 * Headers are normalised first (trim, full-width folded, inner spaces and line breaks removed,
 * bracketed notes ignored). Unknown columns map to `undefined` and are kept untouched by readers
 * and writers. When two columns name the same field, the one with the more official name is read
 * and the other is listed in `duplicates`.
 * @example
 * mapHeaders(['序号', '姓名', '身份证号码', '入党时间', '手机'], 'member').fields // [undefined, 'name', 'idNumber', 'joinDate', 'mobile']
 * mapHeaders(['党组织名称', '上级党组织', '单位代码'], 'org').fields // ['name', 'parentName', 'unit.code']
 * mapHeaders(['联系电话', '手机号'], 'member').duplicates // [[0, 1]]
 */
export function mapHeaders(headers: readonly unknown[], kind: 'org'): HeaderMapping<OrgColumnField>;
export function mapHeaders(headers: readonly unknown[], kind: 'member'): HeaderMapping<MemberColumnField>;
export function mapHeaders(headers: readonly unknown[], kind: SheetKind): HeaderMapping;
export function mapHeaders(headers: readonly unknown[], kind: SheetKind): HeaderMapping {
  const list = Array.isArray(headers) ? headers : [];
  const normalized = list.map((h) => normalizeHeader(h));
  const entries = normalized.map((n) => lookUp(kind === 'org' ? 'org' : 'member', n));
  const winner = new Map<string, number>();
  entries.forEach((entry, column) => {
    if (!entry) return;
    const current = winner.get(entry.field);
    if (current === undefined || entry.rank < entries[current]!.rank) winner.set(entry.field, column);
  });
  const duplicates: [number, number][] = [];
  const fields = entries.map((entry, column) => {
    if (!entry) return undefined;
    const win = winner.get(entry.field)!;
    if (win !== column) {
      duplicates.push([column, win]);
      return undefined;
    }
    return entry.field;
  });
  return { fields, normalized, duplicates } as HeaderMapping;
}
