/**
 * Planted problems that shape the district itself, added before the 两新 filler so the org count
 * still comes out exact: branches that are empty, under strength, oversized, set up for returnees,
 * or full of remote confirmations, and records that are not records at all.
 * @module
 */
import { addBranch, addOrg, makeUnit, type Builder } from './builder.js';
import type { Township } from './district.js';
import type { PlantedIssue, SampleOrg } from './types.js';

/** What the structural plants leave for the record phase. */
export interface StructurePlants {
  /** Branch plans whose sizes the fitting must not touch. */
  fixedPlans: Set<number>;
  /** Their orgs: members and records there stay as planted. */
  reservedOrgs: Set<number>;
  /** The branch whose members get remote confirmations. */
  remoteBranch: number;
  planted: PlantedIssue[];
}

/** Adds the planted branches and junk records; their members are planned with fixed sizes. */
export function plantStructure(b: Builder, townships: readonly Township[]): StructurePlants {
  const planted: PlantedIssue[] = [];
  const fixedPlans = new Set<number>();
  const reservedOrgs = new Set<number>();
  const town = townships.find((t) => t.isTown)!;
  const street = townships.find((t) => !t.isTown)!;
  const branch = (parent: number, name: string, size: number, profile: 'private' | 'village' | 'joint' = 'private', rural = false): number => {
    const unitName = name.slice(2, -'支部委员会'.length);
    if (profile === 'private') b.names.add(unitName);
    const unit = profile === 'private' ? makeUnit(b, unitName, '23', '13', '91') : undefined;
    const org = addBranch(b, parent, name, { profile, home: town.home, rural, size }, unit ? 'legal-entity' : 'same-as-parent', unit);
    fixedPlans.add(b.branches.length - 1);
    reservedOrgs.add(org);
    return org;
  };

  const empty = branch(town.twoNew, `中共明州惠达纺织品有限公司支部委员会`, 0);
  planted.push({ rule: 'tree.branch.empty', path: ['orgs', empty], note: 'a dissolved company\'s branch kept in the list without members (空壳支部)' });

  const weak = branch(street.twoNew, `中共明州博远电子科技有限公司支部委员会`, 2);
  planted.push({ rule: 'tree.branch.tooFewFull', path: ['orgs', weak], note: 'a company branch with 2 members: fewer than 3 正式党员' });

  const village = addOrg(b, findTop(b, town), `中共${town.stem}上林村总支部委员会`, '621', 'legal-entity',
    makeUnit(b, `明州市${town.stem}上林村村民委员会`, '15', '12', 'N2'));
  reservedOrgs.add(village);
  const large = branch(village, `中共${town.stem}上林村第一支部委员会`, 62, 'village', true);
  branch(village, `中共${town.stem}上林村第二支部委员会`, 30, 'village', true);
  planted.push({ rule: 'tree.branch.tooLarge', path: ['orgs', large], note: 'a village branch of 62 members, never split' });

  const returnees = branch(findTop(b, town), `中共${town.stem}返乡大学生支部委员会`, 14, 'joint');
  planted.push({ rule: 'tree.branch.returnees', path: ['orgs', returnees, 'name'], note: 'a branch the town set up to hold returning graduates (滞留返乡支部)' });

  const remoteBranch = branch(street.twoNew, `中共明州天协速运有限公司支部委员会`, 12);
  planted.push({ rule: 'confirm.remote.branch', path: ['orgs', remoteBranch], note: '5 of the 12 members of a logistics company confirmed by phone or WeChat (they drive long-distance)' });

  // A record that is not an object: a spreadsheet row pasted as text.
  const junk = b.orgs.length;
  b.orgs.push('中共明州某某有限公司支部委员会 631 法人单位' as unknown as SampleOrg);
  reservedOrgs.add(junk);
  planted.push({ rule: 'org.record.invalid', path: ['orgs', junk], note: 'an org record that is a line of text, not an object' });
  return { fixedPlans, reservedOrgs, remoteBranch, planted };
}

/** The township's top org (its 党委 / 党工委). */
function findTop(b: Builder, t: Township): number {
  const parentId = b.orgs[t.twoNew]!.parentId;
  return b.orgs.findIndex((o) => o.id === parentId);
}
