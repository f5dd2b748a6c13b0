// Public API of src/org, re-exported by src/index.ts.
export { validateOrg } from './validateOrg.js';
export { checkOrgRecord, type OrgRecordCheck } from './checkOrgRecord.js';
export { orgSchema, createOrgSchema } from './schema.js';
export { normalizeOrgName } from './names.js';
export { orgNameType, hasPartyPrefix, isJointName, type OrgNameType } from './nameType.js';
export { suggestOrgName } from './suggestOrgName.js';
export { diffOrg } from './diffOrg.js';
export { readUnitSituation, unitSituationLabel } from './situation.js';
export { branchOfficeMarker, isCommunityName, authorityFitsUnitCategory, committeeCodeFits } from './unitHeuristics.js';
export * from './rules.js';
export type * from './types.js';
