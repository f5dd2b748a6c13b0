/**
 * Field names of organisation records and their labels on the 2017 form. Data, not logic.
 * @module
 */

/** Fields of the record itself (items 1–6 plus the tree identity). */
export const ORG_FIELDS = [
  'id',
  'parentId',
  'name',
  'secretary',
  'deputySecretary',
  'firstSecretary',
  'contact',
  'contactPhone',
  'category',
  'unitSituation',
] as const;

/** Where the unit items 7–10 may sit: a `unit` object, a `units` array, or flat spreadsheet columns. */
export const UNIT_CONTAINER_FIELDS = ['unit', 'units'] as const;

/** Flat spreadsheet columns for a single unit, and the unit field each one fills. */
export const FLAT_UNIT_COLUMNS = [
  ['unitId', 'id'],
  ['unitName', 'name'],
  ['unitCategory', 'category'],
  ['unitPartySetup', 'partySetup'],
  ['unitCode', 'code'],
] as const;

/** Fields of a unit object (items 7–10 plus the unit record's id). */
export const UNIT_FIELDS = ['id', 'name', 'category', 'partySetup', 'code'] as const;

/** The fields items 7–10 require, in form order. */
export const REQUIRED_UNIT_FIELDS = ['name', 'category', 'partySetup', 'code'] as const;

/** Chinese and English labels of fields and unit fields, as messages name them. */
const LABELS: ReadonlyMap<string, readonly [zh: string, en: string]> = new Map([
  ['id', ['党组织标识', 'org id']],
  ['parentId', ['上级党组织标识', 'parent org id']],
  ['name', ['党组织名称', 'org name']],
  ['secretary', ['党组织书记', 'secretary']],
  ['secretary.name', ['党组织书记姓名', 'secretary name']],
  ['secretary.role', ['党组织书记职务', 'secretary role']],
  ['deputySecretary', ['副书记', 'deputy secretary']],
  ['firstSecretary', ['第一书记', 'first secretary']],
  ['contact', ['党组织联系人', 'contact']],
  ['contactPhone', ['联系电话', 'contact phone']],
  ['category', ['组织类别', 'org category']],
  ['unitSituation', ['党组织所在单位情况', 'unit situation']],
  ['unit', ['所在单位信息', 'unit']],
  ['units', ['所在单位信息', 'units']],
  ['unit.id', ['单位标识', 'unit id']],
  ['unit.name', ['单位名称', 'unit name']],
  ['unit.category', ['单位类别', 'unit category']],
  ['unit.partySetup', ['单位建立党组织情况', 'unit party setup']],
  ['unit.code', ['党组织所在单位代码', 'unit code']],
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
