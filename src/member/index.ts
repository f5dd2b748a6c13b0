// Public API of src/member, re-exported by src/index.ts.
export type { Confirmation, Gender, Member, MemberCheck, MemberDraft, MemberType, PartyStatus } from './types.js';
export { validateMember, validateMemberWithChanges } from './validateMember.js';
export { memberSchema, createMemberSchema } from './memberSchema.js';
export { checkMemberRecord } from './checkMemberRecord.js';
export { diffMember, compareMembers, type MemberComparison } from './diffMember.js';
export { suggestFullDate, type FullDateSuggestion } from './suggestFullDate.js';
export { normalizeGender, normalizeMemberType, normalizeYesNo, normalizePartyStatus } from './normalize/choices.js';
export { normalizePersonName, isPlausiblePersonName, NAME_DOT } from './normalize/personName.js';
export { hasHouseNumber } from './normalize/houseNumber.js';
export { normalizeEthnicity } from './normalize/ethnicity.js';
export { MEMBER_FIELDS, MEMBER_FIELD_LABELS, SENSITIVE_MEMBER_FIELDS, type MemberField } from './fields.js';
export { memberRules } from './rules.js';
