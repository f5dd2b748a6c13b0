/**
 * The bookkeeping of planted problems: picking records to spoil (deterministically, each record at
 * most once, members from branches big enough that one spoilt member changes no branch rule), and
 * the list of issues each problem must cause.
 * @module
 */
import type { Path } from '../../result.js';
import type { Builder } from './builder.js';
import type { MemberFactory } from './members.js';
import type { BranchPlan, PlantedIssue, SampleMember, SampleOrg } from './types.js';

/** The smallest branch a spoilt member may come from (one fewer full member must keep it ≥ 3). */
const MIN_HOST_BRANCH = 8;

/** Picks records and writes down what each planted problem must cause. */
export class Planter {
  readonly planted: PlantedIssue[] = [];
  private readonly usedOrgs = new Set<number>();
  private readonly usedMembers = new Set<number>();
  private readonly usedBranches = new Set<string>();
  private readonly planByName = new Map<string, BranchPlan>();

  constructor(
    readonly b: Builder,
    readonly members: SampleMember[],
    readonly factory: MemberFactory,
    /** Branches the org phase planted: their members stay as they are. */
    reserved: ReadonlySet<number>,
  ) {
    for (const plan of b.branches) this.planByName.set(plan.name, plan);
    for (const org of reserved) {
      this.usedOrgs.add(org);
      this.usedBranches.add(b.orgs[org]!.name);
    }
  }

  get orgs(): SampleOrg[] {
    return this.b.orgs;
  }

  /** Writes down the issues one planted problem causes: `[rule, path]` pairs. */
  expect(note: string, ...issues: [rule: string, path: Path][]): void {
    for (const [rule, path] of issues) this.planted.push({ rule, path, note });
  }

  /** A not yet used org for which `accept` holds, from a random starting point. */
  org(accept: (org: SampleOrg, index: number) => boolean): number {
    const n = this.orgs.length;
    const start = Math.floor(this.b.rnd.next() * n);
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (this.usedOrgs.has(i) || !accept(this.orgs[i]!, i)) continue;
      this.usedOrgs.add(i);
      return i;
    }
    throw new Error('sample generator: no org left to plant a problem in');
  }

  /** Marks an org used (e.g. the partner of a planted pair). */
  useOrg(index: number): void {
    this.usedOrgs.add(index);
  }

  /** True when the org has not been spoilt yet. */
  isFree(index: number): boolean {
    return !this.usedOrgs.has(index);
  }

  /** The plan of a branch org, if it is one. */
  plan(org: SampleOrg): BranchPlan | undefined {
    return this.planByName.get(org.name);
  }

  /**
   * A not yet used member of an unspoilt branch with at least 8 members, for which `accept` holds;
   * its branch is then spoilt no more (one planted member per branch).
   */
  member(accept: (member: SampleMember, plan: BranchPlan) => boolean = () => true): number {
    const n = this.members.length;
    const start = Math.floor(this.b.rnd.next() * n);
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      const m = this.members[i]!;
      const plan = this.planByName.get(m.branch);
      if (this.usedMembers.has(i) || plan === undefined || plan.size < MIN_HOST_BRANCH || this.usedBranches.has(m.branch)) continue;
      if (!this.usedOrgs.has(plan.org) && accept(m, plan)) {
        this.usedMembers.add(i);
        this.usedBranches.add(m.branch);
        this.usedOrgs.add(plan.org);
        return i;
      }
    }
    throw new Error('sample generator: no member left to plant a problem in');
  }

  /** The name of the parent org of the org named `name`. */
  parentName(name: string): string {
    const org = this.orgs[this.planByName.get(name)!.org]!;
    return this.orgs.find((o) => typeof o === 'object' && o.id === org.parentId)!.name;
  }

  /** Renames an org, and its members' 所在党支部 with it (they wrote the name the org has). */
  rename(index: number, name: string): void {
    const org = this.orgs[index]!;
    const old = org.name;
    org.name = name;
    const plan = this.planByName.get(old);
    if (plan === undefined) return;
    plan.name = name;
    this.planByName.delete(old);
    this.planByName.set(name, plan);
    for (const m of this.members) if (m.branch === old) m.branch = name;
  }
}
