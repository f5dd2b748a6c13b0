/**
 * The unit items of the org form (《党组织和所在单位信息采集表》 items 7–10) and the unit's own id, as one
 * table: the single place a unit field is described. The unit field lists, the flat spreadsheet columns
 * (`unitName`…), the labels, the org sheet's `unit.*` header aliases and cell kinds, and the unit columns of
 * the written org summary are derived from it. Data only.
 * @module
 */
import type { FieldSpec } from '../_lib/fieldTable.js';

/** One field of a unit (an org's `unit`, an element of `units`, or flat columns of the org record). */
export interface UnitFieldSpec extends FieldSpec {
  /** The flat column of an org record that holds it for a single unit. */
  readonly flatColumn: string;
  /** The code table whose codes the cell holds (written as `code name`). */
  readonly codeTable?: 'unitCategory' | 'unitPartySetup';
  /** Required for every founding unit of a legal-entity or joint org (`org.unit.required`). */
  readonly required?: true;
}

/**
 * The unit fields: the unit's id, then items 7–10 in form order.
 * @example
 * UNIT_FIELD_TABLE[4].aliases[0] // '党组织所在单位代码'
 */
export const UNIT_FIELD_TABLE = [
  { key: 'id', zh: '单位标识', en: 'unit id', flatColumn: 'unitId', aliases: [], cell: 'identifier' },
  {
    key: 'name', item: 7, zh: '单位名称', en: 'unit name', flatColumn: 'unitName', aliases: ['单位名称', '所在单位名称', '党组织所在单位名称', '所在单位'],
    cell: 'text', required: true,
  },
  {
    key: 'category', item: 8, zh: '单位类别', en: 'unit category', flatColumn: 'unitCategory',
    aliases: ['单位类别', '单位性质类别', '单位性质', '单位类别代码'], cell: 'code', codeTable: 'unitCategory', required: true,
  },
  {
    key: 'partySetup', item: 9, zh: '单位建立党组织情况', en: 'unit party setup', flatColumn: 'unitPartySetup',
    aliases: ['单位建立党组织情况', '单位建立中共组织情况', '建立党组织情况'], cell: 'code', codeTable: 'unitPartySetup', required: true,
  },
  {
    key: 'code', item: 10, zh: '党组织所在单位代码', en: 'unit code', flatColumn: 'unitCode',
    aliases: [
      '党组织所在单位代码', '单位代码', '统一社会信用代码', '机构代码或统一社会信用代码', '单位统一社会信用代码', '组织机构代码', '所在单位代码',
    ],
    cell: 'identifier', required: true,
  },
] as const satisfies readonly UnitFieldSpec[];
