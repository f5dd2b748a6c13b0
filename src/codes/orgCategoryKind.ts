import { orgCategoryTable } from './codeTables.js';
import type { CodeTable } from './types.js';

/**
 * What an organisation category is: 党委, 党总支, 党支部 (incl. 联合 and 临时 ones), or anything else.
 * @example
 * orgCategoryKind('632') // 'branch'
 * @category Codes
 */
export type OrgCategoryKind = 'committee' | 'general-branch' | 'branch' | 'other';

const KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(['committee', 'general-branch', 'branch']);

/**
 * The kind of an organisation category: `committee` (611 党委, 911 临时党委), `general-branch`
 * (621, 921), `branch` (631, 632, 931, 932) or `other` (groups, 612 党组, 641 党小组, unknown codes,
 * junk). Accepts what {@link CodeTable.check} accepts (631, `'631 党支部'`, 党支部). With a
 * replacement `table` its `kind` column is used, else the bundled table's kind for the same code.
 * @example
 * orgCategoryKind('631') // 'branch'
 * orgCategoryKind('临时党总支部') // 'general-branch'
 * orgCategoryKind('6') // 'other'
 * @category Codes
 */
export function orgCategoryKind(code: unknown, table: CodeTable = orgCategoryTable): OrgCategoryKind {
  const resolved = resolve(code, table);
  if (resolved === undefined) return 'other';
  const own = safeKind(table, resolved);
  const kind = own ?? orgCategoryTable.get(resolved)?.['kind'];
  return KINDS.has(kind) ? (kind as OrgCategoryKind) : 'other';
}

/**
 * True for a temporary (临时) organisation category: codes under 9 (911, 921, 931, 932, or an
 * unlisted 9xx). The guide: temporary organisations are reported for review with their approval
 * documents. Accepts what {@link CodeTable.check} accepts.
 * @example
 * isTemporaryOrgCategory('931') // true
 * isTemporaryOrgCategory(631) // false
 * @category Codes
 */
export function isTemporaryOrgCategory(code: unknown, table: CodeTable = orgCategoryTable): boolean {
  const resolved = resolve(code, table);
  return resolved !== undefined && resolved.charCodeAt(0) === 0x39 && /^[0-9]+$/.test(resolved);
}

function resolve(code: unknown, table: CodeTable): string | undefined {
  try {
    // A code of the table as it stands (the usual case: a checked record's category) needs no check.
    if (typeof code === 'string' && table.get(code) !== undefined) return code;
    const result = table.check(code, { leafOnly: false, flagLowConfidence: false });
    return result.ok ? result.value.code : undefined;
  } catch {
    return undefined;
  }
}

function safeKind(table: CodeTable, code: string): unknown {
  try {
    return table.get(code)?.['kind'];
  } catch {
    return undefined;
  }
}
