/**
 * The org form's own fields (《党组织和所在单位信息采集表》 items 1–6) and the tree identity, as one table:
 * the single place an org field is described. The field lists and labels (`./fields.ts`), the report's field
 * order and the org sheet's header aliases and cell kinds (`partyinfo/io`) are derived from it; the unit
 * items 7–10 have a table of their own (`./unitFieldTable.ts`). Data only.
 * @module
 */
import type { FieldSpec } from '../_lib/fieldTable.js';

/** One field of an org record (items 1–6, plus the tree identity `id`, `parentId`, which has no item). */
export type OrgFieldSpec = FieldSpec;

/**
 * The org fields: the tree identity, then items 1–6 in form order (item 2 is the secretary, or the deputy or
 * first secretary when the post is vacant).
 * @example
 * ORG_FIELD_TABLE[2].aliases[0] // '党组织名称'
 */
export const ORG_FIELD_TABLE = [
  {
    key: 'id', zh: '党组织标识', en: 'org id', aliases: ['组织编号', '党组织编号', '党组织代码', '组织代码', '编号', 'id'],
    cell: 'identifier',
  },
  {
    key: 'parentId', zh: '上级党组织标识', en: 'parent org id',
    aliases: ['上级组织编号', '上级党组织编号', '上级党组织代码', '上级组织代码', 'parentid'], cell: 'identifier',
  },
  {
    key: 'name', item: 1, zh: '党组织名称', en: 'org name', aliases: ['党组织名称', '组织名称', '党组织全称', '联合党支部名称', '联合支部名称'],
    cell: 'text',
  },
  { key: 'secretary', item: 2, zh: '党组织书记', en: 'secretary', aliases: ['党组织书记', '书记', '书记姓名', '党组织书记姓名'], cell: 'text' },
  { key: 'deputySecretary', item: 2, zh: '副书记', en: 'deputy secretary', aliases: ['副书记', '党组织副书记'], cell: 'text' },
  { key: 'firstSecretary', item: 2, zh: '第一书记', en: 'first secretary', aliases: ['第一书记', '党组织第一书记'], cell: 'text' },
  { key: 'contact', item: 3, zh: '党组织联系人', en: 'contact', aliases: ['党组织联系人', '联系人', '联系人姓名'], cell: 'text' },
  {
    key: 'contactPhone', item: 4, zh: '联系电话', en: 'contact phone',
    aliases: ['联系电话', '联系人电话', '联系人手机', '联系人手机号', '手机号', '手机号码', '联系人联系电话'], cell: 'identifier',
  },
  {
    key: 'category', item: 5, zh: '组织类别', en: 'org category', aliases: ['组织类别', '党组织类别', '组织类型', '党组织类型', '组织类别代码'],
    cell: 'code',
  },
  {
    key: 'unitSituation', item: 6, zh: '党组织所在单位情况', en: 'unit situation', aliases: ['党组织所在单位情况', '所在单位情况', '单位情况'],
    cell: 'flag',
  },
] as const satisfies readonly OrgFieldSpec[];
