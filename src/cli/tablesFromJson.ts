/**
 * A district's code tables from parsed JSON (a table in the `codes/*.json` format, or an array of
 * them): what `--tables` files and the browser page both load. No file access: browser and Node.
 * @module
 */
import { defineCodeTable } from '../codes/defineCodeTable.js';
import type { CodeTableName, CodeTableOverrides } from '../codes/types.js';

/** The tables the validators take (`educationGbt4658` is a mapping source, not one of them). */
const TABLE_NAMES: ReadonlySet<string> = new Set<CodeTableName>(['orgCategory', 'unitCategory', 'unitPartySetup', 'education', 'workPost', 'ethnicity']);

/**
 * The tables of parsed JSON data, or what is wrong with it (the first problem, in the locale). An
 * empty list is refused, so a district that meant to check with its appendix does not silently
 * check with the bundled tables.
 * @example
 * typeof tablesFromJson({ id: 'x' }, 'en') // 'string'
 * tablesFromJson([], 'en') // 'holds no code table (an empty list)'
 */
export function tablesFromJson(data: unknown, locale: 'zh-CN' | 'en'): CodeTableOverrides | string {
  const en = locale === 'en';
  if (Array.isArray(data) && data.length === 0) return en ? 'holds no code table (an empty list)' : '没有任何代码表（空列表）';
  const tables: CodeTableOverrides = {};
  for (const [i, item] of (Array.isArray(data) ? data : [data]).entries()) {
    const where = Array.isArray(data) ? `[${i}] ` : '';
    const table = defineCodeTable(item, { locale });
    if (!table.ok) {
      const first = table.issues.find((issue) => issue.severity === 'error') ?? table.issues[0];
      return `${where}${first?.message ?? ''}`;
    }
    const id = table.value.data.id;
    if (!TABLE_NAMES.has(id)) {
      return `${where}${en ? `id ${id} is not one of ${[...TABLE_NAMES].join(' ')}` : `代码表 id ${id} 不是 ${[...TABLE_NAMES].join(' ')} 之一`}`;
    }
    tables[id as CodeTableName] = table.value;
  }
  return tables;
}
