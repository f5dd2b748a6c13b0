/**
 * A record key that names no org field but likely meant one (`nmae`, `党组织名称`). Unknown keys that
 * resemble no field stay quietly in `extra`.
 * @module
 */
import { defineRule } from '../rules/define.js';

/** `org.key.misnamed`: a key like `catgory` or `组织类别` where the field is `category`. */
export const orgKeyMisnamedRule = defineRule<{ key: string; field: string; label: string }>({
  id: 'org.key.misnamed',
  severity: 'warning',
  summary: 'A record key that is no org field but likely meant one (catgory → category, 组织类别 → category)',
  source: 'docs/getting-started.md (record fields); spreadsheets: mapHeaders in partyinfo/io',
  zh: ({ key, field, label }) => `字段名“${key}”不是党组织信息字段，应为“${field}”（${label}）？该值已放入 extra；表格列名请用 partyinfo/io 的 mapHeaders 对应`,
  en: ({ key, field }) => `"${key}" is no org field (kept in extra); did you mean "${field}"? For spreadsheet headers use mapHeaders of partyinfo/io`,
});
