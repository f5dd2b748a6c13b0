/**
 * partyinfo — rules, code tables, validators and normalisers for 党组织和党员基本信息采集.
 * @module
 */
export * from './result.js';
export { defineRule, createIssue, type Rule, type Locale, type MessageOptions } from './rules/define.js';
export { DEFAULT_POLICY, resolvePolicy, type Policy } from './policy.js';
export { resolveOptions, type ValidateOptions, type Context } from './options.js';
export { ageOn, addYears, isLeapYear, daysInMonth, isRealDay, formatYmd, readYmd, type Ymd } from './dates/calendar.js';
export * from './text/index.js';
export * from './codes/index.js';
export * from './identifiers/index.js';
export * from './org/index.js';
export * from './tree/index.js';
export * from './member/index.js';
export * from './dataset/index.js';
export { ruleCatalogue, ruleById, type RuleInfo } from './ruleCatalogue.js';
