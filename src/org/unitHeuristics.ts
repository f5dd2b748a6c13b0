/**
 * The guide's rules of thumb about units (items 7–10): branch offices are not legal entities,
 * communities share their parent's unit, a credit code's registration authority should fit the
 * unit category, and villages and communities carry committee codes. Data tables first, then the small functions that read them.
 * @module
 */

/** Name parts of non-legal branch offices (guide item 7: give the legal entity they belong to). */
const BRANCH_OFFICE_MARKERS = ['分公司', '分行', '支行', '营业部', '分理处', '办事处'] as const;

/** Names that contain a marker yet are legal entities: a 街道办事处 is the 街道's own 机关. */
const LEGAL_ENTITY_NAMES = ['街道办事处'] as const;

/** Unit names of communities (社区居民委员会) — 注意事项（四）: a 社区 org is same-as-parent. */
const COMMUNITY_ENDINGS = ['社区', '社区居民委员会', '社区居委会', '居民委员会', '居委会'] as const;

/**
 * 统一社会信用代码 position 1 (登记管理部门) expected for a 单位类别, by the bundled codes.
 * Only categories with a clear answer are listed: 社区 (12, 14), 建制村 (15 — the guide lets a
 * village carry its economic cooperative's code, 注意事项（四）), 社会组织 (5: 民政, 司法, 工商 …)
 * and 其他 (9) are not checked.
 */
const AUTHORITIES_BY_UNIT_CATEGORY: ReadonlyMap<string, string> = new Map([
  ['11', '1'], // 城市街道: the 街道办事处, registered by 机构编制
  ['13', '1'], // 乡镇: the township government
  ['21', '9'], // 国有经济控制 enterprises: 工商 / 市场监管
  ['22', '9N'], // 集体经济控制: 工商, or 农业 for 集体经济组织
  ['23', '9'], // 非公有经济控制
  ['3', '1A'], // 事业单位 (参公 included): 机构编制, or the army's 事业单位
  ['4', '1A'], // 机关
]);

/**
 * Credit-code prefixes expected of the units of villages and communities, which became special legal
 * persons in October 2017 and have carried codes of their own since: a community (12, 14) is coded by
 * 民政 (55 居民委员会); a village (15) by 民政 as 54 村民委员会, or — the guide's way, 注意事项（四）—
 * carries its economic cooperative's code (N2 村级集体经济组织). An entry is either an authority (one
 * character) or a full pair (two).
 */
const COMMITTEE_CODE_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  ['12', ['5']], // 城市社区（居委会）
  ['14', ['5']], // 乡镇社区（居委会）
  ['15', ['54', 'N2']], // 建制村
]);

/**
 * The branch-office marker in a unit name (分公司, 支行, 办事处 …), or `undefined` (also for a value
 * that is not a string). A 街道办事处 is a legal entity and is not a branch office.
 * @example
 * branchOfficeMarker('中国农业银行股份有限公司宁波鄞州支行') // '支行'
 * branchOfficeMarker('宁波市鄞州区下应街道办事处') // undefined
 */
export function branchOfficeMarker(unitName: string): string | undefined {
  if (typeof unitName !== 'string') return undefined;
  let name = unitName;
  for (const legal of LEGAL_ENTITY_NAMES) if (name.includes(legal)) name = name.split(legal).join('');
  for (const marker of BRANCH_OFFICE_MARKERS) if (name.includes(marker)) return marker;
  return undefined;
}

/**
 * True when a unit name is that of a community (社区, 社区居民委员会, 居委会 …).
 * A value that is not a string gives `false`.
 * @example
 * isCommunityName('鄞州区下应街道东城社区居民委员会') // true
 * isCommunityName('鄞州区社区卫生服务中心') // false
 * @category Organisations
 */
export function isCommunityName(unitName: string): boolean {
  if (typeof unitName !== 'string') return false;
  return COMMUNITY_ENDINGS.some((e) => unitName.endsWith(e));
}

/**
 * Whether a credit code's registration authority (its first character) fits the unit category:
 * `true` fits, `false` contradicts, `undefined` when the category is not checked.
 * @example
 * authorityFitsUnitCategory('9', '4') // false
 * authorityFitsUnitCategory('1', '4') // true
 * authorityFitsUnitCategory('N', '15') // undefined
 * authorityFitsUnitCategory(null as never, '4') // undefined
 * @category Organisations
 */
export function authorityFitsUnitCategory(authority: string, unitCategory: string): boolean | undefined {
  const expected = AUTHORITIES_BY_UNIT_CATEGORY.get(unitCategory);
  if (expected === undefined || typeof authority !== 'string' || authority.length !== 1) return undefined;
  return expected.includes(authority);
}

/**
 * Whether a credit code fits a village or community unit category: `true` fits, `false` does not (a
 * community coded by another authority than 民政, a village with neither 54 nor N2), `undefined` when
 * the category is no village or community.
 * @param creditCode - an 18-character credit code (only positions 1–2 are read)
 * @param unitCategory - 单位类别 code
 * @example
 * committeeCodeFits('55330212MA2GXY0168', '12') // true
 * committeeCodeFits('91330212MA2GXY016G', '14') // false
 * committeeCodeFits('N2330212MA2GXY0160', '15') // true
 * committeeCodeFits('12330212MA2GXY016M', '15') // false
 * committeeCodeFits('91330212MA2GXY016G', '4') // undefined
 */
export function committeeCodeFits(creditCode: string, unitCategory: string): boolean | undefined {
  const prefixes = COMMITTEE_CODE_PREFIXES.get(unitCategory);
  if (prefixes === undefined || typeof creditCode !== 'string' || creditCode.length < 2) return undefined;
  for (const prefix of prefixes) if (creditCode.startsWith(prefix)) return true;
  return false;
}
