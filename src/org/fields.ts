/**
 * Field names of organisation records and their labels, derived from the org and unit field tables
 * (`./fieldTable.ts`, `./unitFieldTable.ts`) — never edited here.
 * @module
 */
import { keysWhere, type KeysWhere } from '../_lib/fieldTable.js';
import { ORG_FIELD_TABLE } from './fieldTable.js';
import { UNIT_FIELD_TABLE } from './unitFieldTable.js';

type UnitTable = typeof UNIT_FIELD_TABLE;
type UnitSpec = UnitTable[number];

/** Fields of the record itself (items 1–6 plus the tree identity), identity first. */
export const ORG_FIELDS = keysWhere(ORG_FIELD_TABLE, () => true) as Readonly<KeysWhere<typeof ORG_FIELD_TABLE, { key: string }>>;

/** Where the unit items 7–10 may sit: a `unit` object, a `units` array, or flat spreadsheet columns. */
export const UNIT_CONTAINER_FIELDS = ['unit', 'units'] as const;

/** Fields of a unit object (items 7–10 plus the unit record's id). */
export const UNIT_FIELDS = keysWhere<UnitSpec>(UNIT_FIELD_TABLE, () => true) as Readonly<KeysWhere<UnitTable, { key: string }>>;

/** One of {@link UNIT_FIELDS}. */
export type UnitField = (typeof UNIT_FIELDS)[number];

/** The unit fields on the form (items 7–10): the `unit.*` columns of an org sheet. */
export const UNIT_ITEM_FIELDS = keysWhere<UnitSpec>(UNIT_FIELD_TABLE, (f) => 'item' in f) as Readonly<KeysWhere<UnitTable, { item: number }>>;

/** Flat spreadsheet columns for a single unit, and the unit field each one fills. */
export const FLAT_UNIT_COLUMNS: readonly (readonly [column: UnitSpec['flatColumn'], field: UnitField])[] = Object.freeze(
  UNIT_FIELD_TABLE.map((f) => Object.freeze([f.flatColumn, f.key] as const)),
);

/** Every key an org record is read for, in report order: its fields, the unit containers, the flat unit columns. */
export const ORG_RECORD_KEYS: readonly string[] = Object.freeze([
  ...ORG_FIELDS,
  ...UNIT_CONTAINER_FIELDS,
  ...FLAT_UNIT_COLUMNS.map(([column]) => column),
]);

/** The fields items 7–10 require, in form order. */
export const REQUIRED_UNIT_FIELDS = keysWhere<UnitSpec>(UNIT_FIELD_TABLE, (f) => 'required' in f) as Readonly<
  KeysWhere<UnitTable, { required: true }>
>;

/** Chinese and English labels of fields, unit fields and their parts, as messages name them. */
const LABELS: ReadonlyMap<string, readonly [zh: string, en: string]> = new Map<string, readonly [zh: string, en: string]>([
  ...ORG_FIELD_TABLE.map((f) => [f.key, [f.zh, f.en]] as const),
  ['secretary.name', ['党组织书记姓名', 'secretary name']],
  ['secretary.role', ['党组织书记职务', 'secretary role']],
  ['unit', ['所在单位信息', 'unit']],
  ['units', ['所在单位信息', 'units']],
  ...UNIT_FIELD_TABLE.map((f) => [`unit.${f.key}`, [f.zh, f.en]] as const),
]);

/**
 * The label of a field for messages; unknown fields are named as they are.
 * @example
 * fieldLabel('unit.code', 'zh-CN') // '党组织所在单位代码'
 * fieldLabel('contactPhone', 'en') // 'contact phone'
 */
export function fieldLabel(field: string, locale: 'zh-CN' | 'en'): string {
  const label = LABELS.get(field);
  if (label === undefined) return field;
  return locale === 'en' ? label[1] : label[0];
}
