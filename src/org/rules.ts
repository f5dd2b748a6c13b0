/**
 * The organisation record rules (items 1–10 of 《党组织和所在单位基本信息采集表》).
 * Ids are public API; the catalogue is built from {@link orgRules}.
 * @module
 */
import { orgRecordInvalid, orgFieldInvalid, orgFieldTooLong, changeOrgName } from './rules/recordRules.js';
import {
  orgNameRequired,
  orgNamePrefix,
  orgNameTemporary,
  orgNameFloating,
  orgNameJointMismatch,
  orgNameNumberedNoUnit,
  orgNameTwoNewRename,
  orgNameTypeMismatch,
} from './rules/nameRules.js';
import {
  orgSecretaryMissing,
  orgSecretaryFallback,
  orgContactMissing,
  orgContactPhoneNotMobile,
} from './rules/peopleRules.js';
import {
  orgCategoryRequired,
  orgCategoryTemporary,
  orgCategoryJointMismatch,
  orgUnitSituationChamber,
  orgUnitSituationRequired,
  orgUnitSituationUnknown,
  orgUnitRequired,
  orgUnitUnexpected,
  orgJointTooFewUnits,
  orgJointDuplicateUnit,
  orgUnitBranchOffice,
  orgUnitCommunity,
  orgUnitAuthorityMismatch,
  orgUnitCommitteeCode,
} from './rules/unitRules.js';

export * from './rules/recordRules.js';
export * from './rules/nameRules.js';
export * from './rules/peopleRules.js';
export * from './rules/unitRules.js';

/** Every organisation record rule, for the rule catalogue. */
export const orgRules = [
  orgRecordInvalid,
  orgFieldInvalid,
  orgFieldTooLong,
  orgNameRequired,
  orgNamePrefix,
  orgNameTemporary,
  orgNameFloating,
  orgNameJointMismatch,
  orgNameTypeMismatch,
  orgNameNumberedNoUnit,
  orgNameTwoNewRename,
  orgSecretaryMissing,
  orgSecretaryFallback,
  orgContactMissing,
  orgContactPhoneNotMobile,
  orgCategoryRequired,
  orgCategoryTemporary,
  orgCategoryJointMismatch,
  orgUnitSituationRequired,
  orgUnitSituationUnknown,
  orgUnitSituationChamber,
  orgUnitRequired,
  orgUnitUnexpected,
  orgJointTooFewUnits,
  orgJointDuplicateUnit,
  orgUnitBranchOffice,
  orgUnitCommunity,
  orgUnitAuthorityMismatch,
  orgUnitCommitteeCode,
  changeOrgName,
] as const;
