/**
 * Column names of the 2017 forms and the variants found in real exports, by field. Data, not code:
 * the first name of each list is the form's own item name (used when writing); the others are
 * variants, best first (when two columns name the same field, the better-ranked name wins).
 * Names are stored normalised (see `normalizeHeader`): no spaces or line breaks, ASCII folded.
 * Derived from the field tables (`src/member/fieldTable.ts`, `src/org/fieldTable.ts`, `src/org/unitFieldTable.ts`).
 */
import { byKey, type CellKind } from '../../_lib/fieldTable.js';
import { ORG_FIELD_TABLE } from '../../org/fieldTable.js';
import type { ORG_FIELDS } from '../../org/fields.js';
import { UNIT_FIELD_TABLE } from '../../org/unitFieldTable.js';
import type { MemberColumn } from '../../member/fields.js';
import { MEMBER_FIELD_TABLE } from '../../member/fieldTable.js';

type OrgField = (typeof ORG_FIELDS)[number];

type UnitSheetField = Extract<(typeof UNIT_FIELD_TABLE)[number], { item: number }>['key'];

/**
 * A column field of the org summary sheet.
 * @category Spreadsheets
 */
export type OrgColumnField = OrgField | `unit.${UnitSheetField}` | 'parentName';

interface SheetColumn {
  key: OrgColumnField;
  aliases: readonly string[];
  cell: CellKind;
}

/** 上级党组织: the parent's full name — a column of the org sheet, not a field of the record (the reader links it). */
const PARENT_NAME: SheetColumn = {
  key: 'parentName',
  aliases: ['上级党组织', '上级党组织名称', '上级组织', '上级组织名称', '隶属党组织', '上级党组织全称'],
  cell: 'text',
};

/** The org sheet's columns, from the org and unit field tables: items 1–10 in form order, the tree identity, 上级党组织. */
const ORG_SHEET_COLUMNS: readonly SheetColumn[] = [
  ...ORG_FIELD_TABLE.filter((f) => 'item' in f),
  ...UNIT_FIELD_TABLE.filter((f) => 'item' in f).map((f) => ({ ...f, key: `unit.${f.key}` as const })),
  ...ORG_FIELD_TABLE.filter((f) => !('item' in f)),
  PARENT_NAME,
];

/**
 * Org summary columns (党组织和所在单位信息汇总表) → record fields; `unit.*` are items 7–10.
 * @example
 * ORG_HEADER_ALIASES['unit.code'][0] // '党组织所在单位代码'
 * @category Spreadsheets
 */
export const ORG_HEADER_ALIASES: Readonly<Record<OrgColumnField, readonly string[]>> = byKey(ORG_SHEET_COLUMNS, (c) => c.aliases);

/**
 * Member summary columns (党员基本信息汇总表, 附件4) → record fields, from the member field table
 * (`src/member/fieldTable.ts`).
 * @example
 * MEMBER_HEADER_ALIASES.idNumber[0] // '公民身份证号'
 * @category Spreadsheets
 */
export const MEMBER_HEADER_ALIASES: Readonly<Record<MemberColumn, readonly string[]>> = byKey(MEMBER_FIELD_TABLE, (f) => f.aliases);

/**
 * A column field of the member summary sheet.
 * @category Spreadsheets
 */
export type MemberColumnField = MemberColumn;

export type { CellKind };

/**
 * How each org column is read (from the org and unit field tables).
 * @example
 * ORG_FIELD_KINDS.category // 'code'
 * @category Spreadsheets
 */
export const ORG_FIELD_KINDS: Readonly<Record<OrgColumnField, CellKind>> = byKey(ORG_SHEET_COLUMNS, (c) => c.cell);

/**
 * How each member column is read (from the member field table).
 * @example
 * MEMBER_FIELD_KINDS.idNumber // 'identifier'
 * @category Spreadsheets
 */
export const MEMBER_FIELD_KINDS: Readonly<Record<MemberColumnField, CellKind>> = byKey(MEMBER_FIELD_TABLE, (f) => f.cell);
