/**
 * A record key that names no member field but likely meant one (`nmae`, `姓名`): a hint beside the
 * "required" error its field then gets.
 * @module
 */
import { defineRule } from '../../rules/define.js';

/** `member.key.misnamed`: a key like `nmae` or `姓名` where the field is `name`. */
export const memberKeyMisnamedRule = defineRule<{ key: string; field: string; label: string }>({
  id: 'member.key.misnamed',
  severity: 'warning',
  summary: 'A record key that is no member field but likely meant one (nmae → name, 姓名 → name)',
  source: 'docs/getting-started.md (record fields); spreadsheets: mapHeaders in partyinfo/io',
  zh: ({ key, field, label }) => `字段名“${key}”不是党员信息字段，应为“${field}”（${label}）？表格列名请用 partyinfo/io 的 mapHeaders 对应`,
  en: ({ key, field }) => `"${key}" is no member field; did you mean "${field}"? For spreadsheet headers use mapHeaders of partyinfo/io`,
});
