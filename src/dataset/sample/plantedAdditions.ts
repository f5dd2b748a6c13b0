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
