// Public API of src/codes, re-exported by src/index.ts and served alone as `partyinfo/codes`.
// This barrel must not import from other domains (identifiers, org, member …): `partyinfo/codes` stays small.
export type * from './types.js';
export type { OrgCategoryCode, OrgCategoryLeafCode } from './generated/orgCategory.js';
export type { UnitCategoryCode, UnitCategoryLeafCode } from './generated/unitCategory.js';
export type { UnitPartySetupCode, UnitPartySetupLeafCode } from './generated/unitPartySetup.js';
export type { EducationCode, EducationLeafCode } from './generated/education.js';
export type { WorkPostCode, WorkPostLeafCode } from './generated/workPost.js';
export type { EthnicityCode, EthnicityLeafCode } from './generated/ethnicity.js';
export type { EducationGbt4658Code, EducationGbt4658LeafCode } from './generated/educationGbt4658.js';
export {
  codeTables,
  orgCategoryTable,
  unitCategoryTable,
  unitPartySetupTable,
  educationTable,
  workPostTable,
  ethnicityTable,
  educationGbt4658Table,
  type BundledCodeTables,
} from './codeTables.js';
export { defineCodeTable } from './defineCodeTable.js';
export { tableFor } from './tableFor.js';
export { orgCategoryKind, isTemporaryOrgCategory, type OrgCategoryKind } from './orgCategoryKind.js';
export { mapGbt4658ToEducation, type Gbt4658Mapping } from './mapGbt4658ToEducation.js';
export {
  codesRules,
  codeUnknownRule,
  codeNotLeafRule,
  codeUnverifiedRule,
  codeNameMismatchRule,
  codeAmbiguousRule,
  codeNoMappingRule,
  codeTableShapeRule,
  codeTableDuplicateCodeRule,
  codeTableMissingParentRule,
  codeTableCycleRule,
  codeTableParentPrefixRule,
  codeTableNoLeavesRule,
  type TableLabel,
  type InputKind,
} from './rules.js';
