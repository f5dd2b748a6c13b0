/**
 * The sample district's fixed figures.
 * @module
 */

/**
 * Orgs of the guide's district (辅导稿 一（二）: 全区2906个党组织).
 * @example
 * SAMPLE_ORG_COUNT // 2906
 * @category Sample district
 */
export const SAMPLE_ORG_COUNT = 2906;
/**
 * Members of the guide's district (61451名党员).
 * @example
 * SAMPLE_MEMBER_COUNT // 61451
 * @category Sample district
 */
export const SAMPLE_MEMBER_COUNT = 61451;
/**
 * The reference date of the sample: the day of the guide (ages, probation and "future" depend on it).
 * @example
 * SAMPLE_TODAY // '2017-07-24'
 * @category Sample district
 */
export const SAMPLE_TODAY = '2017-07-24';
/**
 * The default seed.
 * @example
 * SAMPLE_SEED // 20170724
 * @category Sample district
 */
export const SAMPLE_SEED = 20170724;
/**
 * The most orgs or members a sample district is made with; beyond it (or below 0) the option is not used.
 * @example
 * SAMPLE_MAX_COUNT // 100000000
 */
export const SAMPLE_MAX_COUNT = 100_000_000;
