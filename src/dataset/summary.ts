/**
 * The dataset summary: the counts a collection report needs (orgs by category and unit situation;
 * members by type, gender, ethnicity, education, work post and age; 失联 and 流动), the issues by
 * rule and severity, and the staffing the guide asks for.
 * @module
 */
import type { OrgCategoryKind } from '../codes/index.js';
import type { MemberDraft } from '../member/types.js';
import type { OrgDraft } from '../org/types.js';
import type { Issue, Severity } from '../result.js';
import { readDigits } from '../dates/calendar.js';
import { Tally, type Counts } from './tally.js';

export type { Counts } from './tally.js';

/**
 * Age bands of the summary (whole years on the reference date), as the 党内统计 groups them.
 * @example
 * AGE_BANDS[0] // '0-30'
 * @category Dataset
 */
export const AGE_BANDS = ['0-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61-70', '71+'] as const;

/**
 * One 镇（街道） or 区直部门: a top-level unit of the tree (a child of a root org).
 * @category Dataset
 */
export interface StaffingUnit {
  /** Index of the org in `orgs`. */
  org: number;
  name: string;
  /** Members whose branch is in this unit's subtree. */
  members: number;
  /** 支部 in the subtree. */
  branches: number;
  /** Workers it needs at one per 1,000 members (at least one once it has members). */
  coordinators: number;
}

/**
 * Every field of the summary of a dataset.
 * @category Dataset
 */
export interface DatasetSummary {
  /** The reference date (`YYYY-MM-DD`) of ages and of every date rule. */
  today: string;
  orgs: {
    /** Org records. */
    total: number;
    /** By 组织类别 code as read (`'631'`); `unknown` when unreadable. */
    byCategory: Counts;
    /** By kind of the category: `committee` (党委), `general-branch` (总支), `branch` (支部), `other`. */
    byKind: Record<OrgCategoryKind, number>;
    /** By 党组织所在单位情况: `same-as-parent`, `legal-entity`, `joint`, `unknown`. */
    byUnitSituation: Counts;
    /** Orgs whose category is a 支部 (631, 632, 931, 932) — the same as `byKind.branch`. */
    branches: number;
    /** Of those, branches with no member (`tree.branch.empty`). */
    emptyBranches: number;
    /** Orgs with a temporary (9xx) category. */
    temporary: number;
  };
  members: {
    /** Member records. */
    total: number;
    /** 人员类别: `正式党员`, `预备党员`, `unknown`. */
    byType: Counts;
    /** 性别 (from the field, else the ID number): `男`, `女`, `unknown`. */
    byGender: Counts;
    /** 民族 by full name (`汉族`); `unknown` when unreadable. */
    byEthnicity: Counts;
    /** 学历 by code (`'21'`); `unknown` when unreadable. */
    byEducation: Counts;
    /** 工作岗位 by code (`'0215'`); `unknown` when unreadable. */
    byWorkPost: Counts;
    /** Whole years on `today`, in the bands of {@link AGE_BANDS}, plus `unknown`. */
    byAgeBand: Counts;
    /** 失联党员 (是否为失联党员 = 是). */
    lostContact: number;
    /** 流动党员 (是否为流动党员 = 是). */
    floating: number;
    /** Members confirmed by phone / WeChat instead of signing. */
    remoteConfirmations: number;
    /** Members whose 所在党支部 names no org of the dataset (or is blank). */
    unlinked: number;
  };
  issues: {
    total: number;
    bySeverity: Record<Severity, number>;
    /** By rule id. */
    byRule: Counts;
  };
  /**
   * 配强工作人员 (guide 四、1): each 镇（街道）and 区直部门 needs one worker per 1,000 members, and
   * every 支部 at least one worker of its own.
   */
  staffing: {
    /** Members per worker (1,000). */
    membersPerWorker: number;
    /** Σ over the units of ⌈members / 1,000⌉: the 具体负责同志 of the 镇（街道）and departments. */
    coordinators: number;
    /** One per 支部: the branches' own workers. */
    branchWorkers: number;
    /** `coordinators + branchWorkers`: the minimum number of people the collection needs. */
    required: number;
    /** The units: each 镇（街道）(by name or unit category), each 区直部门 of a district, else each root; in org order. */
    byUnit: StaffingUnit[];
  };
}


/**
 * The age band of a birth date on a day (both `YYYY-MM-DD`).
 * @example
 * ageBand('1987-07-25', '2017-07-24') // '0-30'
 * ageBand('1946-07-24', '2017-07-24') // '71+'
 * ageBand(undefined, '2017-07-24') // 'unknown'
 * @category Dataset
 */
export function ageBand(birthDate: string | undefined, today: string): string {
  if (typeof today !== 'string' || typeof birthDate !== 'string') return 'unknown';
  return bandOn(birthDate, readDigits(today, 0, 4), readDigits(today, 5, 7) * 100 + readDigits(today, 8, 10));
}

/** {@link ageBand} with the reference date read once: its year and month × 100 + day. */
function bandOn(birthDate: string | undefined, year: number, monthDay: number): string {
  if (birthDate === undefined || birthDate.length !== 10) return 'unknown';
  const by = readDigits(birthDate, 0, 4);
  const bmd = readDigits(birthDate, 5, 7) * 100 + readDigits(birthDate, 8, 10);
  const age = year - by - (monthDay < bmd ? 1 : 0);
  if (by < 0 || bmd < 0 || age < 0) return 'unknown';
  if (age <= 30) return '0-30';
  if (age <= 60) return AGE_BANDS[Math.floor((age - 31) / 5) + 1]!;
  return age <= 70 ? '61-70' : '71+';
}

/** Band index of each age 0–120 in {@link AGE_BANDS}; ages past the table are the last band. */
const BAND_OF_AGE: Uint8Array = (() => {
  const bands = new Uint8Array(121);
  for (let age = 0; age <= 120; age++) bands[age] = AGE_BANDS.indexOf(bandOn(`${2000 - age}-01-01`, 2000, 101) as (typeof AGE_BANDS)[number]);
  return bands;
})();

/**
 * Collects the summary while the check runs (the member path: a few comparisons and increments).
 * @example
 * new SummaryBuilder('2017-07-24').finish([], { membersPerWorker: 1000, coordinators: 0, branchWorkers: 0, required: 0, byUnit: [] }, 0).members.total // 0
 */
export class SummaryBuilder {
  private orgTotal = 0;
  private readonly byCategory = new Tally();
  private readonly byKind: Record<OrgCategoryKind, number> = { committee: 0, 'general-branch': 0, branch: 0, other: 0 };
  private readonly bySituation = new Tally();
  private temporary = 0;
  private memberTotal = 0;
  /** 正式党员, 预备党员, other; 男, 女, other; 汉族. */
  private full = 0;
  private probationary = 0;
  private men = 0;
  private women = 0;
  private han = 0;
  private readonly byType = new Tally();
  private readonly byGender = new Tally();
  private readonly byEthnicity = new Tally();
  private readonly byEducation = new Tally();
  private readonly byWorkPost = new Tally();
  /** Members per age band (index of AGE_BANDS; the last slot: unknown). */
  private readonly ageBands = new Float64Array(AGE_BANDS.length + 1);
  private lostContact = 0;
  private floating = 0;
  private remote = 0;
  private unlinked = 0;
  private readonly todayYear: number;
  private readonly todayMonthDay: number;

  constructor(private readonly today: string) {
    this.todayYear = readDigits(today, 0, 4);
    this.todayMonthDay = readDigits(today, 5, 7) * 100 + readDigits(today, 8, 10);
  }

  /** Counts one org. */
  addOrg(org: OrgDraft, kind: OrgCategoryKind, temporary: boolean): void {
    this.orgTotal++;
    this.byCategory.bump(org.category ?? 'unknown');
    this.byKind[kind]++;
    this.bySituation.bump(org.unitSituation ?? 'unknown');
    if (temporary) this.temporary++;
  }

  /** Counts one member; `linked` is false when its branch names no org; `birth`: its birth date as YYYYMMDD when the caller has it. */
  addMember(m: MemberDraft, linked: boolean, birth = -1): void {
    this.memberTotal++;
    const type = m.memberType;
    if (type === '正式党员') this.full++;
    else if (type === '预备党员') this.probationary++;
    else this.byType.bump('unknown');
    const gender = m.gender;
    if (gender === '男') this.men++;
    else if (gender === '女') this.women++;
    else this.byGender.bump('unknown');
    const ethnicity = m.ethnicityName ?? m.ethnicity;
    if (ethnicity === '汉族') this.han++;
    else this.byEthnicity.bump(ethnicity ?? 'unknown');
    this.byEducation.bump(m.education ?? 'unknown');
    this.byWorkPost.bump(m.workPost ?? 'unknown');
    this.ageBands[birth >= 0 ? this.bandOfDay(birth) : this.ageBandIndex(m.birthDate ?? birthOfId(m.idNumber))]!++;
    if (m.lostContact === true) this.lostContact++;
    if (m.floating === true) this.floating++;
    if (m.confirmation !== undefined && m.confirmation.kind === 'remote') this.remote++;
    if (!linked) this.unlinked++;
  }

  private ageBandIndex(birthDate: string | undefined): number {
    if (birthDate === undefined || birthDate.length !== 10) return AGE_BANDS.length;
    const by = readDigits(birthDate, 0, 4);
    const bmd = readDigits(birthDate, 5, 7) * 100 + readDigits(birthDate, 8, 10);
    return by < 0 || bmd < 0 ? AGE_BANDS.length : this.bandOf(by, bmd);
  }

  /** The band of a birth date given as YYYYMMDD. */
  private bandOfDay(birth: number): number {
    const by = Math.floor(birth / 10000);
    return this.bandOf(by, birth - by * 10000);
  }

  /** The band of a birth year and month × 100 + day on the reference date. */
  private bandOf(by: number, bmd: number): number {
    const age = this.todayYear - by - (this.todayMonthDay < bmd ? 1 : 0);
    return age < 0 ? AGE_BANDS.length : BAND_OF_AGE[Math.min(age, 120)]!;
  }

  /** The finished summary. */
  finish(issues: readonly Issue[], staffing: DatasetSummary['staffing'], emptyBranches: number): DatasetSummary {
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, review: 0 };
    const byRule = new Tally();
    for (const issue of issues) {
      bySeverity[issue.severity]++;
      byRule.bump(issue.rule);
    }
    this.byType.add('正式党员', this.full).add('预备党员', this.probationary);
    this.byGender.add('男', this.men).add('女', this.women);
    this.byEthnicity.add('汉族', this.han);
    const ages = new Tally();
    AGE_BANDS.forEach((band, i) => ages.add(band, this.ageBands[i]!));
    ages.add('unknown', this.ageBands[AGE_BANDS.length]!);
    return {
      today: this.today,
      orgs: {
        total: this.orgTotal,
        byCategory: this.byCategory.toCounts(),
        byKind: { ...this.byKind },
        byUnitSituation: this.bySituation.toCounts(['same-as-parent', 'legal-entity', 'joint']),
        branches: this.byKind.branch,
        emptyBranches,
        temporary: this.temporary,
      },
      members: {
        total: this.memberTotal,
        byType: this.byType.toCounts(['正式党员', '预备党员']),
        byGender: this.byGender.toCounts(['男', '女']),
        byEthnicity: this.byEthnicity.toCounts(['汉族']),
        byEducation: this.byEducation.toCounts(),
        byWorkPost: this.byWorkPost.toCounts(),
        byAgeBand: ages.toCounts(AGE_BANDS),
        lostContact: this.lostContact,
        floating: this.floating,
        remoteConfirmations: this.remote,
        unlinked: this.unlinked,
      },
      issues: { total: issues.length, bySeverity, byRule: byRule.toCounts() },
      staffing,
    };
  }
}

function birthOfId(id: string | undefined): string | undefined {
  return id === undefined || id.length !== 18 ? undefined : `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
