/**
 * The member rules (items 11–26 of 《党员基本信息采集表》, the corrections review and the confirmation),
 * gathered for the rule catalogue. Ids are public API. The identifier, date and code rules the member fields
 * also raise (`id.*`, `phone.*`, `date.*`, `code.*`) belong to their own domains.
 * @module
 */
import type { Rule } from '../rules/define.js';
import { changeSensitiveRule, confirmRemoteIncompleteRule, confirmRemoteRule } from './rules/correctionRules.js';
import { memberFieldUnreadableRule, memberInvalidRules, memberRecordInvalidRule, memberRequiredRules } from './rules/fieldRules.js';
import {
  birthDateIdMismatchRule,
  birthDateImplausibleRule,
  ethnicityUnknownRule,
  fullDateExtendedRule,
  fullDateFutureRule,
  fullDateMissingRule,
  fullDateTooEarlyRule,
  fullDateTooLateRule,
  fullDateUnexpectedRule,
  genderIdMismatchRule,
  joinDateBeforeBirthRule,
  joinDateBeforeFoundingRule,
  joinDateFutureRule,
  joinDateUnderageRule,
  probationOverdueRule,
} from './rules/identityDateRules.js';
import {
  addressNoHouseNumberRule,
  educationDegreeRule,
  floatingDestinationRule,
  lostContactDateRule,
  lostContactReportRule,
  mobileMissingRule,
  partyStatusNotNormalRule,
  workPostElderMigrantRule,
  workPostReportListRule,
  workPostYoungRetireeRule,
} from './rules/statusRules.js';

export * from './rules/correctionRules.js';
export * from './rules/fieldRules.js';
export * from './rules/identityDateRules.js';
export * from './rules/statusRules.js';

/**
 * Every member rule, for the rule catalogue (docs and tests).
 * @example
 * memberRules.some((rule) => rule.id === 'member.fullDate.tooEarly') // true
 */
export const memberRules: readonly Rule<never>[] = Object.freeze([
  memberRecordInvalidRule,
  memberFieldUnreadableRule,
  ...Object.values(memberRequiredRules),
  ...Object.values(memberInvalidRules),
  genderIdMismatchRule,
  birthDateIdMismatchRule,
  birthDateImplausibleRule,
  ethnicityUnknownRule,
  educationDegreeRule,
  joinDateBeforeBirthRule,
  joinDateUnderageRule,
  joinDateFutureRule,
  joinDateBeforeFoundingRule,
  fullDateMissingRule,
  fullDateUnexpectedRule,
  fullDateTooEarlyRule,
  fullDateExtendedRule,
  fullDateTooLateRule,
  fullDateFutureRule,
  probationOverdueRule,
  workPostElderMigrantRule,
  workPostYoungRetireeRule,
  workPostReportListRule,
  mobileMissingRule,
  addressNoHouseNumberRule,
  partyStatusNotNormalRule,
  lostContactReportRule,
  lostContactDateRule,
  floatingDestinationRule,
  changeSensitiveRule,
  confirmRemoteRule,
  confirmRemoteIncompleteRule,
] as Rule<never>[]);
