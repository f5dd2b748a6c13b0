import { codeTables } from './codeTables.js';
import type { BundledCodeTableName, CodeTable } from './types.js';


/**
 * The table a validator should use for `name`: the replacement in `overrides` (the `tables` option,
 * e.g. an official appendix loaded with {@link defineCodeTable}) when it holds a usable one, else the
 * bundled table. Reads `overrides` defensively: anything odd there falls back to the bundled table.
 * For a name that is not a table (only possible from untyped code) it returns `undefined`.
 * @example
 * tableFor('orgCategory') === codeTables.orgCategory // true
 * tableFor('ethnicity', { ethnicity: codeTables.ethnicity }) === codeTables.ethnicity // true
 * tableFor('ethnicity', { ethnicity: 'not a table' }) === codeTables.ethnicity // true
 * @category Codes
 */
export function tableFor(name: BundledCodeTableName, overrides?: unknown): CodeTable {
  if (typeof name !== 'string') return undefined as unknown as CodeTable;
  const override = readOverride(overrides, name);
  if (override) return override;
  // Own-property read on the frozen bundle (never `in`): a non-table name gives undefined.
  return (Object.prototype.hasOwnProperty.call(codeTables, name) ? codeTables[name] : undefined) as CodeTable;
}

function readOverride(overrides: unknown, name: string): CodeTable | undefined {
  try {
    if (overrides === null || typeof overrides !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(overrides, name)) return undefined;
    const table = (overrides as Record<string, unknown>)[name];
    if (table === null || typeof table !== 'object') return undefined;
    const check = (table as { check?: unknown }).check;
    return typeof check === 'function' ? (table as CodeTable) : undefined;
  } catch {
    return undefined;
  }
}
