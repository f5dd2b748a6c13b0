/**
 * Test fixtures: org records as systems hold them. The credit codes are made up for the tests
 * (region 330212 鄞州区) and pass GB 32100 and GB 11714 checks; they name no real unit.
 */

/** 机构编制 · 机关 */
export const AGENCY_CODE = '11330212002905524M';
/** 机构编制 · 事业单位 */
export const INSTITUTION_CODE = '12330212002905532D';
/** 工商 · 企业 */
export const COMPANY_CODE = '91330212MA2AGH011Y';
/** 工商 · 企业 (a second one) */
export const COMPANY_CODE_2 = '91330212MA2AGH02XN';
/** 农业 · 村级集体经济组织 (a village economic cooperative) */
export const COOPERATIVE_CODE = 'N2330212MF0A00012Q';
/** 民政 · 村民委员会 (a village committee, coded since 2017) */
export const VILLAGE_COMMITTEE_CODE = '54330212MA2GXY016B';
/** 民政 · 居民委员会 (a residents' committee) */
export const RESIDENTS_COMMITTEE_CODE = '55330212MA2GXY0168';

/** A valid same-as-parent branch (the guide's 湾底村第三支部). */
export function branchRecord(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'wd3',
    parentId: 'wd',
    name: '中共鄞州区下应街道湾底村第三支部委员会',
    secretary: '张三',
    contact: '张三',
    contactPhone: '13805740000',
    category: '631',
    unitSituation: '与上级党组织相同',
    ...patch,
  };
}

/** A valid legal-entity committee: a 机关 with its own unit. */
export function agencyRecord(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mz',
    name: '中共宁波市鄞州区民政局委员会',
    secretary: '李四',
    contact: '王五',
    contactPhone: '13905741234',
    category: '611',
    unitSituation: '法人单位',
    unit: { name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: AGENCY_CODE },
    ...patch,
  };
}

/** A valid joint branch of two companies. */
export function jointRecord(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'lh',
    parentId: 'xy',
    name: '中共鄞州区下应街道某商圈联合支部委员会',
    secretary: '赵六',
    contact: '赵六',
    contactPhone: '13705745678',
    category: '632',
    unitSituation: '联合支部',
    units: [
      { name: '宁波某甲贸易有限公司', category: '23', partySetup: '11', code: COMPANY_CODE },
      { name: '宁波某乙科技有限公司', category: '23', partySetup: '11', code: COMPANY_CODE_2 },
    ],
    ...patch,
  };
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
