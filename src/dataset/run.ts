/**
 * One run of the dataset check, fed in steps — all orgs, then members in one array (the batch
 * form) or in chunks (the streaming form) — so both forms share every line and report the same
 * issues for the same data. Memory beyond the orgs is an ID-number index (~8 bytes per member) and
 * the issues found.
 * @module
 */
import { arrayLength, isArray, readIndex, typeName, UNREADABLE } from '../_lib/safeRead.js';
import { isTemporaryOrgCategory, orgCategoryKind, tableFor, type OrgCategoryKind } from '../codes/index.js';
import { maskIdNumber } from '../identifiers/mask.js';
import { emptyMemberDraft, MemberChecker } from '../member/checkMemberRecord.js';
import type { MemberDays } from '../member/check/crossFieldRules.js';
import type { MemberDraft } from '../member/types.js';
import type { Context } from '../options.js';
import { checkOrgRecord } from '../org/checkOrgRecord.js';
import type { OrgDraft } from '../org/types.js';
import type { Issue, Path } from '../result.js';
import { createIssue, type Rule } from '../rules/define.js';
import { buildDraftTree, type OrgTree } from '../tree/buildOrgTree.js';
import { checkOrgTree } from '../tree/checkOrgTree.js';
import { BranchLinks } from './branchLinks.js';
import { IdNumberIndex } from './idNumberIndex.js';
import { checkBranches } from './branchRules.js';
import { remindJointUnits } from './jointReminder.js';
import {
  datasetInputInvalid,
  datasetOrgsAbsent,
  memberBranchNotBranch,
  memberBranchUnknown,
  memberIdNumberDuplicate,
} from './rules.js';
import { sortIssues } from './sortIssues.js';
import { computeStaffing } from './staffing.js';
import { SummaryBuilder, type DatasetSummary } from './summary.js';

/**
 * What the dataset check returns: `ok` is false exactly when some issue is an `error`.
 * @category Dataset
 */
export interface DatasetReport {
  ok: boolean;
  /** Sorted: input-level issues, then orgs by index, then members by index; by field within a record. */
  issues: Issue[];
  summary: DatasetSummary;
}

/** Per-org member tallies, by org index. */
export interface BranchTallies {
  members: Int32Array;
  full: Int32Array;
  remote: Int32Array;
}

/** Element `i` of a list that may be a hostile proxy; `undefined` when reading it throws. */
function readItem(list: unknown, i: number): unknown {
  const item = readIndex(list, i);
  return item === UNREADABLE ? undefined : item;
}

/**
 * The state of one dataset check: `addOrgs` once, `addMembers` per chunk, then `finish`.
 * @example
 * new DatasetRun(resolveOptions({})).finish().ok // true
 */
export class DatasetRun {
  readonly issues: Issue[];
  private readonly summary: SummaryBuilder;
  private drafts: OrgDraft[] = [];
  private kinds: OrgCategoryKind[] = [];
  private tree: OrgTree<OrgDraft> | undefined;
  private readonly links = new BranchLinks();
  private tallies: BranchTallies = { members: new Int32Array(0), full: new Int32Array(0), remote: new Int32Array(0) };
  /** Duplicate ID numbers, found as they come (batch and stream alike). */
  private readonly ids: IdNumberIndex;
  /** Members already reported as the first of a duplicate pair. */
  private readonly firstsReported = new Set<number>();
  private memberCount = 0;
  /** The member check's settings, memos and scratch space, for this run only. */
  private readonly members: MemberChecker;
  /** False for members checked without orgs: the branch links are not checked. */
  private withOrgs = true;
  private readonly scratch: MemberDraft = emptyMemberDraft();
  /** The scratch draft's dates as numbers (the summary's age band reads the birth date from here). */
  private readonly days: MemberDays = { birth: -1, join: -1, full: -1 };

  /** `expectedMembers`: how many members are coming, when known (sizes the ID-number index at once; more may come). */
  constructor(private readonly ctx: Context, expectedMembers = 0) {
    this.ids = new IdNumberIndex(expectedMembers);
    this.issues = [...ctx.issues];
    this.summary = new SummaryBuilder(ctx.today);
    this.members = new MemberChecker(ctx);
  }

  /** Reports a dataset-level problem. */
  report<P>(rule: Rule<P>, path: Path, params: P): void {
    this.issues.push(createIssue(rule, path, params, { locale: this.ctx.locale }));
  }

  private pushPrefixed(issues: readonly Issue[], collection: 'orgs' | 'members', index: number): void {
    for (let k = 0; k < issues.length; k++) {
      const issue = issues[k]!;
      this.issues.push({ rule: issue.rule, severity: issue.severity, path: [collection, index, ...issue.path], message: issue.message });
    }
  }

  /** Instead of {@link addOrgs}, for a member sheet alone: the rules that need the orgs are skipped, and said so once. */
  skipOrgs(): void {
    this.withOrgs = false;
    this.report(datasetOrgsAbsent, ['orgs'], {});
  }

  /** Checks every org record and the tree; prepares the branch links. Call once, before members. */
  addOrgs(input: unknown): void {
    let orgs: readonly unknown[] = [];
    if (isArray(input)) orgs = input;
    else this.report(datasetInputInvalid, ['orgs'], { field: 'orgs', type: typeName(input) });
    const table = tableFor('orgCategory', this.ctx.tables);
    let n = arrayLength(orgs) ?? -1;
    if (n < 0) {
      this.report(datasetInputInvalid, ['orgs'], { field: 'orgs', type: 'unreadable array' });
      n = 0;
    }
    this.drafts = new Array<OrgDraft>(n);
    this.kinds = new Array<OrgCategoryKind>(n);
    // A dataset has a handful of categories: each is looked up once.
    const categories = new Map<string, { kind: OrgCategoryKind; temporary: boolean }>();
    for (let i = 0; i < n; i++) {
      const { org, issues } = checkOrgRecord(readItem(orgs, i), this.ctx);
      this.drafts[i] = org;
      this.pushPrefixed(issues, 'orgs', i);
      let category = org.category === undefined ? undefined : categories.get(org.category);
      if (category === undefined && org.category !== undefined) {
        category = { kind: orgCategoryKind(org.category, table), temporary: isTemporaryOrgCategory(org.category, table) };
        categories.set(org.category, category);
      }
      const kind = category?.kind ?? 'other';
      this.kinds[i] = kind;
      this.summary.addOrg(org, kind, category?.temporary ?? false);
      this.links.add(org.name, i);
    }
    this.tree = buildDraftTree(this.drafts);
    for (const issue of checkOrgTree(this.tree, this.ctx)) {
      this.issues.push({ ...issue, path: ['orgs', ...issue.path] });
    }
    this.tallies = { members: new Int32Array(n), full: new Int32Array(n), remote: new Int32Array(n) };
  }

  /**
   * Checks a run of member records; `records[k]` is member number `memberCount + k` of the dataset.
   * `length`: the list's length when the caller has read it (it is read once: a list whose length
   * changes between reads is checked as long as it was then).
   */
  addMembers(records: readonly unknown[], length: number | undefined = arrayLength(records)): void {
    const n = length ?? -1;
    if (n < 0) this.report(datasetInputInvalid, ['members'], { field: 'members', type: 'unreadable array' });
    // One draft for every record: the run keeps no member, so a clean record allocates nothing — and
    // the members' unknown fields, which only a kept draft would carry, are not read at all.
    const draft = this.scratch;
    const checker = this.members;
    const days = this.days;
    for (let k = 0; k < n; k++) this.acceptMember(draft, checker.check(readItem(records, k), draft, false, days), days.birth);
  }

  /** Takes in the next member's check: its issues, its branch link, its ID number, its counts (`birth`: YYYYMMDD, -1 when unknown). */
  acceptMember(member: MemberDraft, issues: readonly Issue[], birth = -1): void {
    const index = this.memberCount++;
    if (issues.length > 0) this.pushPrefixed(issues, 'members', index);
    const linked = member.branch === undefined || !this.withOrgs ? false : this.link(member, index);
    if (member.idNumber !== undefined) this.checkDuplicate(member.idNumber, index);
    this.summary.addMember(member, linked, birth);
  }

  private link(member: MemberDraft, index: number): boolean {
    const branch = member.branch!;
    const org = this.links.find(branch);
    if (org < 0) {
      this.report(memberBranchUnknown, ['members', index, 'branch'], { branch, suggestion: this.links.suggest(branch) });
      return false;
    }
    const t = this.tallies;
    t.members[org]!++;
    if (member.memberType === '正式党员') t.full[org]!++;
    if (member.confirmation?.kind === 'remote') t.remote[org]!++;
    const kind = this.kinds[org]!;
    if (kind === 'committee' || kind === 'general-branch') {
      this.report(memberBranchNotBranch, ['members', index, 'branch'], { branch, category: this.drafts[org]!.category ?? '', kind });
    }
    return true;
  }

  /** Reports record `index` as repeating the number of an earlier record, and that record as repeated by `index` the first time. */
  private checkDuplicate(id: string, index: number): void {
    const first = this.ids.add(id, index);
    if (first < 0) return;
    const masked = maskIdNumber(id);
    if (!this.firstsReported.has(first)) {
      this.firstsReported.add(first);
      this.report(memberIdNumberDuplicate, ['members', first, 'idNumber'], { masked, others: String(index + 1) });
    }
    this.report(memberIdNumberDuplicate, ['members', index, 'idNumber'], { masked, others: String(first + 1) });
  }

  /** The branch rules, the summary, and the issues in report order. */
  finish(): DatasetReport {
    const tree = this.tree ?? buildDraftTree(this.drafts);
    const empty = checkBranches(this, this.drafts, this.kinds, this.tallies, this.ctx.policy);
    remindJointUnits(this, this.drafts);
    const staffing = computeStaffing(tree, this.kinds, this.tallies.members);
    const issues = sortIssues(this.issues);
    let ok = true;
    for (const issue of issues) if (issue.severity === 'error') ok = false;
    return { ok, issues, summary: this.summary.finish(issues, staffing, empty) };
  }
}
