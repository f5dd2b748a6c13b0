/**
 * The sample district's fixed figures.
 * @module
 */

/** The guide's district: 2,906 orgs and 61,451 members (辅导稿 一（二）). */
export const SAMPLE_ORG_COUNT = 2906;
export const SAMPLE_MEMBER_COUNT = 61451;
/** The reference date of the sample: the day of the guide (ages, probation and "future" depend on it). */
export const SAMPLE_TODAY = '2017-07-24';
/** The default seed. */
export const SAMPLE_SEED = 20170724;
