/**
 * Shapes of the sample district: org and member records as a spreadsheet import would give them,
 * the branch plan the member generator fills, and the planted problems.
 * @module
 */
import type { Path } from '../../result.js';

/**
 * Items 7–10 of the org form.
 * @category Sample district
 */
export interface SampleUnit {
  name: string;
  /** 单位类别 code. */
  category: string;
  /** 单位建立党组织情况 code. */
  partySetup: string;
  /** Credit code, organisation code, or 18 × "0". */
  code: string;
}

/**
 * One org record (items 1–10 plus the tree link). Planted problems may put odd values in any field.
 * @category Sample district
 */
export interface SampleOrg {
  id: string;
  parentId?: string;
  name: string;
  secretary: string | { name: string; role: 'secretary' | 'deputy' | 'first' };
  contact: string;
  contactPhone: string;
  category: string;
  unitSituation: 'same-as-parent' | 'legal-entity' | 'joint';
  unit?: SampleUnit;
  units?: SampleUnit[];
  [field: string]: unknown;
}

/**
 * One member record (items 11–26). Dates are `YYYY-MM-DD`, codes are strings.
 * @category Sample district
 */
export interface SampleMember {
  name: string;
  gender: '男' | '女';
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  education: string;
  memberType: '正式党员' | '预备党员';
  branch: string;
  joinDate: string;
  fullDate?: string;
  workPost: string;
  mobile: string;
  landline?: string;
  address: string;
  partyStatus: string;
  lostContact: boolean;
  lostContactDate?: string;
  floating: boolean;
  floatingDestination?: string;
  [field: string]: unknown;
}

/** What kind of members a branch holds: decides ages, work posts and education. */
export type Profile =
  | 'organ' | 'police' | 'school' | 'hospital' | 'state' | 'private' | 'joint' | 'social'
  | 'village' | 'community' | 'retiree' | 'township';

/** A branch to be filled with members. */
export interface BranchPlan {
  /** Index of the org in the org list. */
  org: number;
  name: string;
  profile: Profile;
  /** Where its members live: the start of their home address (明州市江滨区…街道/镇…). */
  home: string;
  /** Whether the home is a village (addresses end in a house number of the village, not a flat). */
  rural: boolean;
  /** Number of members. */
  size: number;
}

/**
 * One issue the check must report on the sample district because a problem was planted there.
 * @category Sample district
 */
export interface PlantedIssue {
  rule: string;
  /** Full dataset path: `['orgs', i, …]` or `['members', i, …]`. */
  path: Path;
  /** What was planted (the same text for the several issues one problem causes). */
  note: string;
}

/**
 * The sample district: records and the problems planted in them.
 * @category Sample district
 */
export interface SampleDistrict {
  orgs: SampleOrg[];
  members: SampleMember[];
  planted: PlantedIssue[];
}
