/**
 * The standard name of an organisation: "中共" + 单位名称 + 党组织类型 (guide item 1).
 * @module
 */
import { isTemporaryOrgCategory, orgCategoryKind, tableFor } from '../codes/index.js';
import type { CodeTableOverrides } from '../codes/types.js';
import { MAX_LENGTH } from '../text/limits.js';
import { toText } from '../text/toText.js';
import { stripPartyPrefix } from './nameType.js';
import { normalizeOrgName } from './names.js';

/** The type part of a name by org-category kind, as the guide writes it (…机关支部委员会). */
const TYPE_NAMES = { committee: '委员会', 'general-branch': '总支部委员会', branch: '支部委员会' } as const;

/**
 * Suggests the standard full name "中共" + unit name + type for a unit and an org category:
 * 党委 → 委员会, 党总支 → 总支部委员会, 党支部 → 支部委员会, 联合党支部 → 联合支部委员会, with
 * 临时 in front of the type for temporary categories. `undefined` when the unit name is blank or
 * the category is not an org type with a known name (unknown codes, 党小组). A 党工委 (工作委员会)
 * has no code of its own, so it is never suggested: name it by hand.
 * @param input - `unitName` (a 中共 prefix is not doubled) and `category` (code, number or `631 党支部` cell)
 * @param options - `tables` to use instead of the bundled code tables
 * @example
 * suggestOrgName({ unitName: '鄞州区委组织部机关', category: '631' }) // '中共鄞州区委组织部机关支部委员会'
 * suggestOrgName({ unitName: '宁波市鄞州区民政局', category: 621 }) // '中共宁波市鄞州区民政局总支部委员会'
 * suggestOrgName({ unitName: '某某商圈', category: '632' }) // '中共某某商圈联合支部委员会'
 * suggestOrgName({ unitName: '', category: '631' }) // undefined
 * @category Organisations
 */
export function suggestOrgName(input: { unitName: unknown; category: unknown }, options?: { tables?: CodeTableOverrides }): string | undefined {
  let unitName: unknown;
  let category: unknown;
  try {
    unitName = input.unitName;
    category = input.category;
  } catch {
    return undefined;
  }
  const text = toText(unitName);
  if (text === undefined || text.length > MAX_LENGTH.name) return undefined;
  const unit = stripPartyPrefix(normalizeOrgName(text.trim()));
  if (unit === '') return undefined;
  let tables: CodeTableOverrides | undefined;
  try {
    tables = options?.tables;
  } catch {
    tables = undefined;
  }
  const table = tableFor('orgCategory', tables !== null && typeof tables === 'object' ? tables : undefined);
  const r = table.check(category, { leafOnly: true });
  if (!r.ok) return undefined;
  const code = r.value.code;
  const kind = orgCategoryKind(code, table);
  if (kind === 'other') return undefined;
  const joint = kind === 'branch' && (table.get(code)?.name ?? '').includes('联合');
  const temporary = isTemporaryOrgCategory(code, table) ? '临时' : '';
  return `中共${unit}${temporary}${joint ? '联合' : ''}${TYPE_NAMES[kind]}`;
}
