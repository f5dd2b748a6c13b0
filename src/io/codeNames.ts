/**
 * Code names for writing cells the way the 2017 template's dropdowns show them (`01 汉族`).
 * @module
 */
import { tableFor } from '../codes/index.js';
import type { BundledCodeTableName } from '../codes/types.js';

const TABLES: ReadonlySet<string> = new Set<string>(['orgCategory', 'unitCategory', 'unitPartySetup', 'education', 'workPost', 'ethnicity']);

/**
 * The name of a leaf code in a bundled table (with the `tables` overrides when given), else `undefined`.
 * @example
 * leafCodeName('ethnicity', '01') // '汉族'
 * leafCodeName('orgCategory', '6') // undefined
 */
export function leafCodeName(table: string, code: string, overrides?: unknown): string | undefined {
  if (!TABLES.has(table) || typeof code !== 'string') return undefined;
  const t = tableFor(table as BundledCodeTableName, overrides);
  if (!t.isLeaf(code)) return undefined;
  const name = t.get(code)?.name;
  return name ? name : undefined;
}

/**
 * The dropdown list of a table: every leaf as `code name`.
 * @example
 * dropdownList('ethnicity')[0] // '01 汉族'
 */
export function dropdownList(table: string, overrides?: unknown): string[] {
  if (!TABLES.has(table)) return [];
  const t = tableFor(table as BundledCodeTableName, overrides);
  return t.leaves().map((code) => `${code} ${t.get(code)?.name ?? ''}`.trim());
}
