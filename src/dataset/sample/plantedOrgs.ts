/**
 * Planted problems in org records: one or more for every org, tree, identifier and code rule an
 * org record can break. Each spoils a different org and writes down exactly the issues it causes.
 * @module
 */
import { creditCodeCheckChar } from '../../identifiers/index.js';
import type { Planter } from './planter.js';
import type { SampleOrg, SampleUnit } from './types.js';

const isCompany = (o: SampleOrg): boolean =>
  o.category === '631' && o.unitSituation === 'legal-entity' && o.unit?.category === '23' && o.unit.partySetup === '13';
const isCommunityBranch = (o: SampleOrg): boolean => o.category === '631' && o.unitSituation === 'same-as-parent' && o.name.includes('社区第');
const isVillageBranch = (o: SampleOrg): boolean => o.category === '631' && o.unitSituation === 'same-as-parent' && /村第[一二三]支部/.test(o.name);

/** Swaps the check character of a credit code for another valid-looking one. */
function wrongCheck(code: string): string {
  return code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
}

/** Plants the org-record problems. */
export function plantOrgRecords(p: Planter): void {
  const { orgs } = p;
  const unitOf = (i: number): SampleUnit => orgs[i]!.unit!;
  const at = (i: number, ...rest: (string | number)[]): (string | number)[] => ['orgs', i, ...rest];

  // Items 1–4.
  let i = p.org((o) => o.category === '621' && o.unitSituation === 'same-as-parent' && o.name.includes('社区'));
  orgs[i]!.name = '';
  p.expect('a community 总支 whose name was left blank', ['org.name.required', at(i, 'name')]);

  i = p.org(isCommunityBranch);
  p.rename(i, orgs[i]!.name.replace(/^中共/, ''));
  p.expect('a community branch written without 中共 (its members wrote the same name)', ['org.name.prefix', at(i, 'name')]);

  i = p.org(isCompany);
  p.rename(i, orgs[i]!.name.replace('支部委员会', '临时支部委员会'));
  orgs[i]!.category = '931';
  p.expect('a temporary branch (临时, 931) of a company', ['org.name.temporary', at(i, 'name')], ['org.category.temporary', at(i, 'category')]);

  i = p.org(isCompany);
  p.rename(i, orgs[i]!.name.replace('支部委员会', '流动党员支部委员会'));
  p.expect('a company branch named 流动党员支部', ['org.name.floating', at(i, 'name')]);

  i = p.org(isCommunityBranch);
  p.rename(i, orgs[i]!.name.replace(/第.支部委员会$/, '下岗职工联合支部委员会'));
  p.expect('a branch of laid-off workers named 联合支部 that is no joint branch (注意事项（二）)', ['org.name.jointMismatch', at(i, 'name')]);

  i = p.org((o) => o.category === '632');
  orgs[i]!.category = '631';
  p.expect('a joint branch whose category says 党支部 instead of 联合党支部', ['org.category.jointMismatch', at(i, 'category')]);

  i = p.org((o) => o.category === '621' && o.unitSituation === 'legal-entity' && o.unit?.category === '3');
  orgs[i]!.name = orgs[i]!.name.replace('总支部委员会', '支部委员会');
  p.expect('a school 总支 (621) named as a 支部', ['org.name.typeMismatch', at(i, 'name')]);

  i = p.org(isCompany);
  orgs[i]!.secretary = '';
  p.expect('a branch with no secretary filled in', ['org.secretary.missing', at(i, 'secretary')]);

  i = p.org(isCompany);
  orgs[i]!.secretary = { name: orgs[i]!.secretary as string, role: 'first' };
  p.expect('a branch whose secretary and deputy posts are vacant: the first secretary is given', ['org.secretary.fallback', at(i, 'secretary')]);

  i = p.org(isCompany);
  orgs[i]!.contact = '';
  p.expect('a branch without a contact person', ['org.contact.missing', at(i, 'contact')]);

  i = p.org(isCompany);
  orgs[i]!.contactPhone = '0574-87351246';
  p.expect('a contact phone that is the office landline, not a mobile', ['org.contactPhone.notMobile', at(i, 'contactPhone')]);

  i = p.org(isCompany);
  orgs[i]!.contact = '联系人'.repeat(80);
  p.expect('a contact field holding 240 characters (a paragraph pasted into the cell)', ['org.field.tooLong', at(i, 'contact')]);

  i = p.org(isCompany);
  orgs[i]!.secretary = true as unknown as string;
  p.expect('a secretary cell holding a tick (true) instead of a name', ['org.field.invalid', at(i, 'secretary')]);

  // Items 5–6.
  i = p.org(isCompany);
  orgs[i]!.category = '';
  p.expect('a branch without its category', ['org.category.required', at(i, 'category')]);

  i = p.org((o) => o.category === '621' && o.unit?.category === '15');
  orgs[i]!.category = '62';
  p.expect('a village 总支 given the group code 62 instead of the leaf 621', ['code.notLeaf', at(i, 'category')]);

  i = p.org((o) => o.category === '611' && o.name.endsWith('机关委员会'));
  orgs[i]!.category = '党组';
  p.expect('a category written as the name 党组, which two codes carry', ['code.ambiguous', at(i, 'category')]);

  i = p.org((o) => o.category === '611' && o.name.endsWith('机关委员会'));
  orgs[i]!.category = '612';
  p.expect('a department committee given 612 (党组), a code the bundled table holds only with low confidence', ['code.unverified', at(i, 'category')]);

  i = p.org((o) => o.category === '621' && o.unitSituation === 'legal-entity' && o.unit?.category === '3');
  orgs[i]!.category = '621 党支部';
  p.expect('a dropdown cell whose code and name disagree (621 is 党总支部)', ['code.nameMismatch', at(i, 'category')]);

  i = p.org(isCommunityBranch);
  orgs[i]!.unitSituation = '' as SampleOrg['unitSituation'];
  p.expect('a branch without its unit situation', ['org.unitSituation.required', at(i, 'unitSituation')]);

  i = p.org(isCompany);
  orgs[i]!.unitSituation = '独立核算' as SampleOrg['unitSituation'];
  p.expect('a unit situation that is none of the three', ['org.unitSituation.unknown', at(i, 'unitSituation')]);

  plantUnits(p, unitOf, at);
  plantTree(p, at);
}

function plantUnits(p: Planter, unitOf: (i: number) => SampleUnit, at: (i: number, ...rest: (string | number)[]) => (string | number)[]): void {
  const { orgs } = p;
  let i = p.org(isCompany);
  delete orgs[i]!.unit;
  p.expect('a legal-entity branch without its unit (items 7–10 empty)', ['org.unit.required', at(i, 'unit')]);

  i = p.org(isVillageBranch);
  orgs[i]!.unit = { name: `${orgs[i]!.name.slice(2, orgs[i]!.name.indexOf('村') + 1)}股份经济合作社`, category: '22', partySetup: '13', code: '' };
  p.expect('a village branch (same as parent) with a unit filled in', ['org.unit.unexpected', at(i, 'unit')]);

  i = p.org((o) => o.category === '632');
  orgs[i]!.units = orgs[i]!.units!.slice(0, 1);
  p.expect('a joint branch listing one unit', ['org.joint.tooFewUnits', at(i, 'units')]);

  i = p.org(isCompany);
  unitOf(i).name = '中国工商银行股份有限公司明州江滨支行';
  p.expect('a unit that is a bank branch office, not the legal entity', ['org.unit.branchOffice', at(i, 'unit', 'name')]);

  i = p.org(isCommunityBranch);
  const community = orgs[i]!.name.slice(2, orgs[i]!.name.indexOf('社区') + 2);
  orgs[i]!.unitSituation = 'legal-entity';
  orgs[i]!.unit = { name: `明州市${community}居民委员会`, category: '12', partySetup: '13', code: makeCode('59330212', '00000012') };
  p.expect('a community branch filed as a legal entity (注意事项（四）: communities are same as parent)', ['org.unit.community', at(i, 'unitSituation')], ['code.unverified', at(i, 'unit', 'category')]);

  i = p.org((o) => o.category === '631' && o.unitSituation === 'legal-entity' && o.unit?.category === '3');
  unitOf(i).code = makeCode('91330212', 'MA2C8K5T');
  p.expect("a school whose code is an enterprise's (registration 91 vs 事业单位)", ['org.unit.authorityMismatch', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = '000000000000000000';
  p.expect('a unit with no code: 18 zeros', ['unit.code.placeholder', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = unitOf(i).code.slice(8, 17);
  p.expect('a unit giving its old 9-character organisation code', ['unit.code.orgCode', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = wrongCheck(unitOf(i).code);
  p.expect('a credit code with a wrong check character', ['creditCode.checksum', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = unitOf(i).code.slice(0, 9) + 'O' + unitOf(i).code.slice(10);
  p.expect('a credit code with the letter O typed for a zero', ['creditCode.format', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = makeCode('75330212', unitOf(i).code.slice(8, 16));
  p.expect('a credit code whose registration pair (75) does not exist', ['creditCode.authority', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  unitOf(i).code = `${unitOf(i).code.slice(8, 16)}Z`;
  p.expect('an organisation code whose check character is Z (only 0–9 and X exist)', ['orgCode.format', at(i, 'unit', 'code')]);

  i = p.org(isCompany);
  const body = unitOf(i).code.slice(8, 16);
  unitOf(i).code = body + (unitOf(i).code[16] === '1' ? '2' : '1');
  p.expect('an organisation code with a wrong check digit', ['orgCode.checksum', at(i, 'unit', 'code')]);

  i = p.org((o) => o.category === '631' && o.unitSituation === 'legal-entity' && o.unit?.category === '5');
  unitOf(i).category = '59';
  p.expect('a unit category 59, not among the known codes (the bundled table is incomplete)', ['code.unverified', at(i, 'unit', 'category')]);
}

/** A credit code from positions 1–8 and an 8-character org-code body, check characters computed. */
export function makeCode(head: string, body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let k = 0; k < 8; k++) {
    const c = body.charCodeAt(k);
    sum += (c <= 57 ? c - 48 : c - 55) * weights[k]!;
  }
  const check = 11 - (sum % 11);
  const first17 = head + body + (check === 11 ? '0' : check === 10 ? 'X' : String(check));
  return first17 + creditCodeCheckChar(first17)!;
}

function plantTree(p: Planter, at: (i: number, ...rest: (string | number)[]) => (string | number)[]): void {
  const { orgs } = p;
  const indexOfId = (id: string | undefined): number => orgs.findIndex((o) => typeof o === 'object' && o.id === id);

  let i = p.org(isCompany);
  orgs[i]!.parentId = 'JB99999';
  p.expect('a branch whose parent id points nowhere', ['tree.parent.missing', at(i, 'parentId')]);

  i = p.org(isCommunityBranch);
  delete orgs[i]!.parentId;
  p.expect('a same-as-parent branch that lost its parent link', ['tree.root.sameAsParent', at(i, 'unitSituation')]);

  // Two village branches: the second hung under the first.
  i = p.org((o, k) => isVillageBranch(o) && /第二支部/.test(o.name) && p.isFree(k - 1) && isVillageBranch(orgs[k - 1]!));
  p.useOrg(i - 1);
  orgs[i]!.parentId = orgs[i - 1]!.id;
  p.expect('a branch filed under another branch', ['tree.child.ofBranch', at(i, 'parentId')]);

  // A hospital committee and the health committee above it point at each other.
  const hospital = p.org((o) => o.name === '中共江滨区人民医院委员会');
  const health = indexOfId(orgs[hospital]!.parentId);
  p.useOrg(health);
  orgs[health]!.parentId = orgs[hospital]!.id;
  p.expect('the health committee re-parented under its own hospital: a cycle', ['tree.cycle', at(health, 'parentId')], ['tree.cycle', at(hospital, 'parentId')]);

  const first = p.org((o) => o.category === '611' && o.unitSituation === 'same-as-parent' && o.name.includes('社区'));
  i = p.org((o, k) => k > first && o.category === '611' && o.unitSituation === 'same-as-parent' && o.name.includes('社区'));
  orgs[i]!.name = orgs[first]!.name;
  p.expect('two community committees under the same name', ['tree.name.duplicate', at(i, 'name')]);

  const twin = p.org(isCompany);
  i = p.org((o, k) => k > twin && isCompany(o));
  orgs[i]!.id = orgs[twin]!.id;
  p.expect('two branches with the same id', ['tree.id.duplicate', at(i, 'id')]);

  // 注意事项（十一）: the retirees' branch of a department recorded with the department's unit again.
  i = p.org((o) => o.category === '631' && o.name.endsWith('离退休干部支部委员会') && o.name.startsWith('中共江滨区民政局'));
  const parent = indexOfId(orgs[i]!.parentId);
  orgs[i]!.unitSituation = 'legal-entity';
  orgs[i]!.unit = { ...orgs[parent]!.unit! };
  p.expect("a department's retirees' branch recorded with the department's own unit (注意事项（十一）)", ['unit.duplicate', at(i, 'unit')]);
}
