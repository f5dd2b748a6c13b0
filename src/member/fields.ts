/**
 * The member field lists and labels, derived from the field table (`./fieldTable.ts`) — never edited here.
 * @module
 */
import { byKey, keysWhere, type KeysWhere } from '../_lib/fieldTable.js';
import { MEMBER_FIELD_TABLE, type MemberFieldSpec } from './fieldTable.js';

type Table = typeof MEMBER_FIELD_TABLE;
type Spec = Table[number];

/**
 * Field keys of a member record, in the order of the form.
 * @category Members
 */
export const MEMBER_FIELDS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => !('partOf' in f)) as Readonly<
  KeysWhere<Table, { key: string }, { partOf: string }>
>;

/**
 * One of {@link MEMBER_FIELDS}.
 * @category Members
 */
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** Flat spreadsheet columns of the confirmation note (核对人员 / 核对时间 / 核对情况), read beside `confirmation`. */
export const CONFIRMATION_COLUMNS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => 'partOf' in f) as Readonly<
  KeysWhere<Table, { partOf: 'confirmation' }>
>;

/** Every key a member record is read for, in table order: the fields, then the confirmation columns. */
export const MEMBER_COLUMNS = keysWhere<Spec>(MEMBER_FIELD_TABLE, () => true) as Readonly<KeysWhere<Table, { key: string }>>;

/** One of {@link MEMBER_COLUMNS}: a field or a confirmation column. */
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

/**
 * Chinese and English labels of each field, as the form prints them.
 * @category Members
 */
export const MEMBER_FIELD_LABELS: Readonly<Record<MemberField, { zh: string; en: string }>> = byKey(
  MEMBER_FIELD_TABLE.filter((f) => !('partOf' in f)) as readonly Extract<Spec, { key: MemberField }>[],
  (f) => ({ zh: f.zh, en: f.en }),
);

/**
 * Fields whose blank cell is `member.<field>.required` — an error, or a warning for a 失联 member (who
 * "may be collected with only what is known"). `name` is always an error. The table says which, and
 * why the others are not.
 */
export const REQUIRED_MEMBER_FIELDS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => 'blank' in f) as Readonly<
  KeysWhere<Table, { blank: string }>
>;

/** Fields with a `member.<field>.invalid` rule: text or choice fields whose own parser is in src/member. */
export const CHOICE_OR_TEXT_FIELDS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => 'expected' in f) as Readonly<
  KeysWhere<Table, { expected: object }>
>;

/**
 * Fields reviewed by `change.sensitive` when a correction changes them (guide §三(二)(4)).
 * @category Members
 */
export const SENSITIVE_MEMBER_FIELDS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => 'sensitive' in f) as Readonly<
  KeysWhere<Table, { sensitive: true }>
>;

/** The free-text fields a hidden character could disguise (codes, dates and numbers fail their own format). */
export const FREE_TEXT_MEMBER_FIELDS = keysWhere<Spec>(MEMBER_FIELD_TABLE, (f) => 'freeText' in f) as Readonly<
  KeysWhere<Table, { freeText: true }>
>;

const SPECS: Readonly<Record<MemberColumn, MemberFieldSpec>> = byKey<Spec, MemberFieldSpec>(MEMBER_FIELD_TABLE, (f) => f);

/**
 * The table entry of a field or column.
 * @example
 * memberFieldSpec('joinDate').item // 19
 */
export function memberFieldSpec(key: MemberColumn): MemberFieldSpec {
  return SPECS[key];
}
