/**
 * Planted problems of the rules added after the first release (what real data holds after 2017, the
 * guide audited item by item). They are planted last, so every earlier planting keeps its records and
 * `sample/PLANTED.md` only grows.
 * @module
 */
import { makeCode } from './plantedOrgs.js';
import type { Planter } from './planter.js';
import type { SampleMember } from './types.js';

/** Plants the problems of the later rules. */
export function plantAdditions(p: Planter): void {
  const { orgs } = p;
  const at = (i: number, ...rest: (string | number)[]): (string | number)[] => ['orgs', i, ...rest];

  let i = p.org((o) => o.unitSituation === 'legal-entity' && o.unit?.category === '15');
  orgs[i]!.unit!.code = makeCode('91330212', 'MA2D7Q3W');
  p.expect("a village whose code is a company's (neither 54 村民委员会 nor N2)", ['org.unit.committeeCode', at(i, 'unit', 'code')]);

  i = p.org((o) => o.category === '631' && o.unitSituation === 'legal-entity' && o.unit?.category === '5');
  orgs[i]!.unit!.code = makeCode('J1330212', orgs[i]!.unit!.code.slice(8, 16));
  p.expect('a social organisation with a code of the unconfirmed pair J1 (业主大会)', ['creditCode.authorityUnconfirmed', at(i, 'unit', 'code')]);

  i = p.org((o) => o.category === '631' && o.unitSituation === 'same-as-parent' && /村第[一二三]支部委员会$/.test(o.name));
  p.rename(i, orgs[i]!.name.replace(/^中共.*村(第.支部委员会)$/, '中共$1'));
  p.expect('a village branch written as 中共第X支部委员会, without its village (guide item 1)', ['org.name.numberedNoUnit', at(i, 'name')]);

  i = p.org((o) => o.name.endsWith('镇两新组织综合委员会'));
  p.rename(i, orgs[i]!.name.replace('两新组织综合委员会', '两新工作委员会'));
  p.expect('a town\'s 两新 committee under its old name 两新工作委员会 (guide 一、（一）2)', ['org.name.twoNewRename', at(i, 'name')]);

  i = p.org((o) => o.category === '631' && o.unitSituation === 'same-as-parent' && o.name.includes('社区第'));
  p.rename(i, orgs[i]!.name.replace(/第.支部委员会$/, '个体劳动者协会支部委员会'));
  p.expect('a 个体劳动者协会 branch filed as same as parent (注意事项（一）1)', ['org.unitSituation.chamber', at(i, 'unitSituation')]);

  i = p.org((o) => o.category === '632' && (o.units?.length ?? 0) >= 3);
  orgs[i]!.units![2] = { ...orgs[i]!.units![0]! };
  p.expect('a joint branch listing the same company twice', ['org.joint.duplicateUnit', at(i, 'units', 2)]);

  plantMemberAdditions(p);
}

function plantMemberAdditions(p: Planter): void {
  const ms = p.members;
  const at = (j: number, ...rest: (string | number)[]): (string | number)[] => ['members', j, ...rest];
  const set = (j: number, patch: Partial<SampleMember>): void => {
    ms[j] = { ...ms[j]!, ...patch };
  };

  let j = p.member((m) => m.memberType === '正式党员' && m.birthDate > '1975-01-01' && m.birthDate < '1990-01-01');
  set(j, { joinDate: '1958-07-01', fullDate: '1959-07-01' });
  p.expect('a join date thirty years before the birth date (a typo in the year)', ['member.joinDate.beforeBirth', at(j, 'joinDate')]);

  j = p.member((m) => m.education === '12');
  set(j, { education: '硕士' });
  p.expect('学历 written as the degree 硕士 (guide item 16: go by the diploma)', ['member.education.degree', at(j, 'education')]);
}
