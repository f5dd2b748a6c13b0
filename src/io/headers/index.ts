export { mapHeaders, isKnownHeader, type HeaderMapping, type SheetKind } from './mapHeaders.js';
export { normalizeHeader, stripHeaderNotes } from './normalizeHeader.js';
export {
  ORG_HEADER_ALIASES,
  MEMBER_HEADER_ALIASES,
  ORG_FIELD_KINDS,
  MEMBER_FIELD_KINDS,
  type OrgColumnField,
  type MemberColumnField,
  type CellKind,
} from './aliases.js';
