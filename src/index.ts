/**
 * partyinfo — rules, code tables, validators and normalisers for 党组织和党员基本信息采集.
 *
 * The main entry is the library a party-information system imports: results, identifiers, code tables,
 * org and member validators, the tree and the dataset check. Single rules are reached through the
 * catalogue (`rules['member.gender.idMismatch']`); the sample district is `partyinfo/sample`;
 * spreadsheets are `partyinfo/io`. Internals are not exported.
 * @module
 */

// Results and rules
export { hasError, toResult, failure, prefixIssues, type Issue, type Result, type Severity, type Path, type Change, type RuleId } from './result.js';
export { defineRule, createIssue, type Rule, type Locale, type MessageOptions } from './rules/define.js';
export { ruleCatalogue, ruleById, rules, type RuleInfo } from './ruleCatalogue.js';
export { RULE_IDS } from './rules/ruleIds.js';
export { DEFAULT_POLICY, resolvePolicy, type Policy } from './policy.js';
export { resolveOptions, type ValidateOptions, type Context } from './options.js';

// Text
export { foldFullWidth, toText, isBlank, MAX_LENGTH } from './text/index.js';

// Code tables
export type * from './codes/types.js';
export type {
  OrgCategoryCode, OrgCategoryLeafCode, UnitCategoryCode, UnitCategoryLeafCode, UnitPartySetupCode, UnitPartySetupLeafCode,
  EducationCode, EducationLeafCode, WorkPostCode, WorkPostLeafCode, EthnicityCode, EthnicityLeafCode,
  EducationGbt4658Code, EducationGbt4658LeafCode, BundledCodeTables, TableLabel, InputKind, OrgCategoryKind, Gbt4658Mapping,
} from './codes/index.js';
export {
  codeTables, orgCategoryTable, unitCategoryTable, unitPartySetupTable, educationTable, workPostTable, ethnicityTable,
  educationGbt4658Table, defineCodeTable, tableFor, orgCategoryKind, isTemporaryOrgCategory, mapGbt4658ToEducation,
} from './codes/index.js';

// Identifiers
export {
  parseIdNumber, isValidIdNumber, normalizeIdNumber, idNumberCheckChar, upgradeIdNumber15,
  parseCreditCode, isValidCreditCode, creditCodeCheckChar, describeRegistration, CREDIT_CODE_ALPHABET,
  parseOrgCode, isValidOrgCode, orgCodeCheckChar, parseUnitCode, parseMobile, isValidMobile, hasKnownSegment,
  parseLandline, parseDate, excelSerialToYmd, maskIdNumber, maskMobile, isProvincePrefix, provinceName, isKnownCountyCode,
  type IdNumber, type IdNumberOptions, type CreditCode, type CreditCodeOptions, type CodeName, type OrgCode, type UnitCode,
  type UnitCodeOptions, type Mobile, type MobileOptions, type Landline, type LandlineOptions, type ParsedDate,
} from './identifiers/index.js';

// Organisations and their units
export type * from './org/types.js';
export {
  validateOrg, checkOrgRecord, orgSchema, createOrgSchema, normalizeOrgName, orgNameType, hasPartyPrefix, isJointName,
  suggestOrgName, diffOrg, readUnitSituation, unitSituationLabel, isCommunityName, authorityFitsUnitCategory,
  type OrgRecordCheck, type OrgNameType,
} from './org/index.js';

// The organisation tree
export { buildOrgTree, isOrgTree, checkOrgTree, mergeOrgs, relinkUnit, type OrgTree, type EffectiveUnit, type MergeOptions, type TreeEdit, type OrgView } from './tree/index.js';

// Members
export {
  validateMember, validateMemberWithChanges, memberSchema, createMemberSchema, checkMemberRecord, diffMember, compareMembers,
  suggestFullDate, normalizeGender, normalizeMemberType, normalizeYesNo, normalizePartyStatus, normalizePersonName,
  isPlausiblePersonName, NAME_DOT, hasHouseNumber, normalizeEthnicity, MEMBER_FIELDS, MEMBER_FIELD_LABELS, SENSITIVE_MEMBER_FIELDS,
  type Confirmation, type Gender, type Member, type MemberCheck, type MemberDraft, type MemberType, type PartyStatus,
  type MemberComparison, type FullDateSuggestion, type MemberField,
} from './member/index.js';

// The dataset check
export {
  checkDataset, checkDatasetStream, summarize, ageBand, AGE_BANDS, compareSummaries, DEFAULT_COMPARED_FIGURES,
  type DatasetInput, type DatasetStreamInput, type MemberChunk, type StreamOptions, type DatasetReport, type Counts,
  type DatasetSummary, type StaffingUnit, type CompareOptions,
} from './dataset/index.js';
