/**
 * Planted problems of the rules added after the first release (what real data holds after 2017, the
 * guide audited item by item). They are planted last, so every earlier planting keeps its records and
 * `sample/PLANTED.md` only grows.
 * @module
 */
import { makeCode } from './plantedOrgs.js';
import type { Planter } from './planter.js';

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
}
