/**
 * Thresholds and policies of the rules, in one object with documented defaults. Every validator
 * takes `policy: Partial<Policy>`; what is not given falls back to {@link DEFAULT_POLICY}.
 * @module
 * @category Results and rules
 */

export interface Policy {
  /** `tree.branch.tooFewFull`: a branch needs at least this many 正式党员 (党章: 3). */
  minFullMembersPerBranch: number;
  /** `tree.branch.tooLarge`: more members than this in one branch (guide practice: 50). */
  maxMembersPerBranch: number;
  /** `member.joinDate.underage`: minimum age on the join date (党章: 18). */
  minJoinAge: number;
  /** `member.workPost.elderMigrant`: from this age, 外出务工经商 is reported (guide: 70). */
  elderMigrantAge: number;
  /** `member.workPost.youngRetiree`: up to this age, 离退休 is reported (guide: 45). */
  youngRetireeAge: number;
  /** Earliest birth year accepted inside an ID number (`id.birthDate`; GB 11643's own example is born 1880). */
  minBirthYear: number;
  /** `member.birthDate.implausible`: a member older than this on the reference date (or born before 1900). */
  maxMemberAge: number;
  /** Check the county-level region of ID numbers too (off: abolished codes are still on cards). */
  checkCountyRegion: boolean;
  /** `unit.code.placeholder`: accept 18 × "0" as a unit code (as a review); false makes it an error. */
  acceptPlaceholderUnitCode: boolean;
  /** Severity of `creditCode.checksum` (some pre-2016 codes fail the standard's check character). */
  creditCodeChecksum: 'error' | 'warning';
  /** Credit codes known to be real although their check character fails; accepted silently. */
  creditCodeAllowList: readonly string[];
  /** 停止党籍 accepted as a 党籍状态 (nationally it exists; the guide's district accepts only 正常). */
  allowStoppedPartyStatus: boolean;
  /** `confirm.remote` in a dataset: more remote confirmations than this share of a branch is a warning. */
  maxRemoteConfirmationShare: number;
  /** …and more than this many in one branch. */
  maxRemoteConfirmationsPerBranch: number;
  /** Mobile numbers: 'segments' checks the number segment table; 'loose' only 1[3-9] + 9 digits. */
  mobileCheck: 'segments' | 'loose';
}

/**
 * The defaults, from the 2017 guide and the Party Constitution.
 * @category Results and rules
 */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  minFullMembersPerBranch: 3,
  maxMembersPerBranch: 50,
  minJoinAge: 18,
  elderMigrantAge: 70,
  youngRetireeAge: 45,
  minBirthYear: 1800,
  maxMemberAge: 110,
  checkCountyRegion: false,
  acceptPlaceholderUnitCode: true,
  creditCodeChecksum: 'error',
  creditCodeAllowList: Object.freeze([]) as readonly string[],
  allowStoppedPartyStatus: false,
  maxRemoteConfirmationShare: 0.2,
  maxRemoteConfirmationsPerBranch: 3,
  mobileCheck: 'segments',
});

/**
 * The policy in force: the defaults overridden by what the caller gave (unknown keys and values of
 * the wrong type are ignored, never trusted).
 * @example
 * resolvePolicy({ maxMembersPerBranch: 60 }).maxMembersPerBranch // 60
 * resolvePolicy(undefined).minJoinAge // 18
 * @category Results and rules
 */
export function resolvePolicy(policy: unknown): Policy {
  const out: Policy = { ...DEFAULT_POLICY };
  if (policy === null || typeof policy !== 'object') return out;
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof Policy)[]) {
    let value: unknown;
    try {
      if (!Object.prototype.hasOwnProperty.call(policy, key)) continue;
      value = (policy as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    const fallback = DEFAULT_POLICY[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value)) (out as unknown as Record<string, unknown>)[key] = value.filter((v) => typeof v === 'string');
    } else if (typeof value === typeof fallback && (typeof value !== 'number' || Number.isFinite(value))) {
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}
