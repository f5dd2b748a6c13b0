/**
 * What an organisation's name says about it: the Party prefix, the type its ending names, whether
 * it calls itself a joint branch. Names are expected normalised (`normalizeOrgName`).
 * @module
 */

/**
 * The organisation type a name ends with. 工作委员会 (党工委) is told apart from 委员会 (党委).
 * @category Organisations
 */
export type OrgNameType = 'committee' | 'work-committee' | 'general-branch' | 'branch';

/** Endings, checked in this order: longer and more specific first (总支部委员会 before 支部委员会 before 委员会). */
const TYPE_ENDINGS: readonly (readonly [ending: string, type: OrgNameType])[] = [
  ['总支部委员会', 'general-branch'],
  ['党总支部', 'general-branch'],
  ['总支部', 'general-branch'],
  ['党总支', 'general-branch'],
  ['支部委员会', 'branch'],
  ['支部', 'branch'],
  ['工作委员会', 'work-committee'],
  ['党工委', 'work-committee'],
  ['委员会', 'committee'],
  ['党委', 'committee'],
];

/** The prefixes of a full Party organisation name. */
const PARTY_PREFIXES = ['中共', '中国共产党'] as const;

/**
 * The organisation type a name ends with and the ending itself, or `undefined` when the name ends
 * with none of them (党小组, a shortened name) or is not a string.
 * @example
 * orgNameType('中共鄞州区下应街道湾底村第三支部委员会') // { type: 'branch', ending: '支部委员会' }
 * orgNameType('中共鄞州区下应街道工作委员会') // { type: 'work-committee', ending: '工作委员会' }
 * orgNameType('中共某某公司党总支') // { type: 'general-branch', ending: '党总支' }
 * orgNameType('某某党小组') // undefined
 * @category Organisations
 */
export function orgNameType(name: string): { type: OrgNameType; ending: string } | undefined {
  if (typeof name !== 'string') return undefined;
  for (const [ending, type] of TYPE_ENDINGS) if (name.endsWith(ending)) return { type, ending };
  return undefined;
}

/**
 * True when the name starts with 中共 or 中国共产党.
 * A value that is not a string gives `false`.
 * @example
 * hasPartyPrefix('中共鄞州区委组织部机关支部委员会') // true
 * hasPartyPrefix('鄞州区委组织部机关支部') // false
 * @category Organisations
 */
export function hasPartyPrefix(name: string): boolean {
  if (typeof name !== 'string') return false;
  return PARTY_PREFIXES.some((p) => name.startsWith(p));
}

/**
 * The name without its 中共 / 中国共产党 prefix.
 * @example
 * stripPartyPrefix('中共宁波市鄞州区民政局') // '宁波市鄞州区民政局'
 */
export function stripPartyPrefix(name: string): string {
  for (const p of PARTY_PREFIXES) if (name.startsWith(p)) return name.slice(p.length);
  return name;
}

/**
 * True when the name calls the org a joint branch (联合支部 / 联合党支部 …).
 * A value that is not a string gives `false`.
 * @example
 * isJointName('中共某某商圈联合支部委员会') // true
 * isJointName('中共某某公司支部委员会') // false
 * @category Organisations
 */
export function isJointName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return name.includes('联合支部') || name.includes('联合党支部');
}

/** A branch number: 第 and Chinese or Arabic numerals (第三, 第12). */
const BRANCH_NUMBER = /^第[〇零一二两三四五六七八九十百0-9]+/;

/**
 * True when the name, without its Party prefix, is only a number and an organisation type
 * (`中共第三支部委员会`): guide item 1 asks a numbered branch to carry its unit's name.
 * A value that is not a string gives `false`.
 * @example
 * isNumberOnlyName('中共第三支部委员会') // true
 * isNumberOnlyName('中共鄞州区下应街道湾底村第三支部委员会') // false
 */
export function isNumberOnlyName(name: string): boolean {
  if (typeof name !== 'string') return false;
  const body = stripPartyPrefix(name);
  const number = BRANCH_NUMBER.exec(body);
  if (number === null) return false;
  const rest = body.slice(number[0].length);
  const type = orgNameType(rest);
  return type !== undefined && (rest === type.ending || rest === `党${type.ending}`);
}

/** Old names of a township's 两新 committee (guide 一、（一）2: renamed 两新组织综合党委). */
const TWO_NEW_OLD_NAMES = ['两新工作委员会', '两新组织工作委员会', '两新党工委', '两新工委'] as const;

/**
 * True when the name is that of a 两新工委 / 两新党工委, which the guide renames “XX镇（街道）两新组织综合党委”.
 * @example
 * isOldTwoNewName('中共某某镇两新工作委员会') // true
 * isOldTwoNewName('中共某某镇两新组织综合委员会') // false
 */
export function isOldTwoNewName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return TWO_NEW_OLD_NAMES.some((old) => name.includes(old));
}

/** Chambers of commerce and self-employed associations (guide 注意事项（一）1). */
const CHAMBER_MARKERS = ['商会', '个体劳动者协会', '个体协会', '个体私营经济协会', '个私协会'] as const;

/**
 * True when the name is that of a 商会 or 个体协会 organisation, which is never same-as-parent.
 * @example
 * isChamberName('中共某某县温州商会支部委员会') // true
 * isChamberName('中共某某公司支部委员会') // false
 */
export function isChamberName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return CHAMBER_MARKERS.some((marker) => name.includes(marker));
}
