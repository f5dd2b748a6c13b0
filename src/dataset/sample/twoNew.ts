/**
 * The 两新 (non-public enterprises and social organisations) part of the district: it fills the
 * org count up to the target exactly, as it does in the real district, where most orgs are small
 * enterprise branches and joint branches under each township's 两新组织综合党委.
 * @module
 */
import { addBranch, addOrg, chineseNumeral, makeUnit, uniqueName, type Builder } from './builder.js';
import type { Township } from './district.js';
import type { SampleUnit } from './types.js';
import { BRAND, CITY, COMPANY_FORM, INDUSTRY, SOCIAL_ORG_KINDS } from './vocabulary.js';

/** A new non-public company name: 明州恒信机械有限公司. */
function companyName(b: Builder): string {
  const { rnd } = b;
  return uniqueName(b, () => `明州${rnd.pick(BRAND)}${rnd.pick(BRAND)}${rnd.pick(INDUSTRY)}${rnd.pick(COMPANY_FORM)}`);
}

/** Small members counts are the rule in non-public branches. */
function smallSize(b: Builder, max: number): number {
  return Math.min(max, 3 + Math.floor(-Math.log(1 - b.rnd.next()) * 7));
}

/** Adds 两新 orgs under the townships until the district has `target` orgs. */
export function fillTwoNew(b: Builder, townships: readonly Township[], target: number): void {
  const { rnd } = b;
  // Towns have the industrial parks: twice the weight of a street.
  const weights = townships.map((t) => [t, t.isTown ? 2 : 1] as const);
  const jointCount = new Map<Township, number>();
  while (b.orgs.length < target) {
    const t = rnd.weighted(weights);
    const room = target - b.orgs.length;
    const roll = rnd.next();
    if (roll < 0.06 && room >= 4) {
      // A large enterprise: its own 党总支 or 党委 with numbered branches.
      const company = companyName(b);
      const branches = Math.min(room - 1, rnd.int(3, 6));
      const committee = branches >= 5;
      const top = addOrg(b, t.twoNew, `中共${company}${committee ? '委员会' : '总支部委员会'}`, committee ? '611' : '621',
        'legal-entity', makeUnit(b, company, '23', committee ? '11' : '12', '91'));
      for (let n = 1; n <= branches; n++) {
        addBranch(b, top, `中共${company}第${chineseNumeral(n)}支部委员会`, { profile: 'private', home: t.home, size: b.rnd.int(8, 40) });
      }
    } else if (roll < 0.22) {
      // A joint branch of small firms in one industrial area (注意事项（一）1: also unregistered chambers).
      const n = (jointCount.get(t) ?? 0) + 1;
      jointCount.set(t, n);
      const units: SampleUnit[] = [];
      const count = rnd.int(2, 5);
      for (let k = 0; k < count; k++) units.push(makeUnit(b, companyName(b), '23', '14', '91'));
      addBranch(b, t.twoNew, `中共${t.stem}非公企业第${chineseNumeral(n)}联合支部委员会`,
        { profile: 'joint', home: t.home, size: smallSize(b, 15) }, 'joint', units);
    } else if (roll < 0.3) {
      const kind = rnd.pick(SOCIAL_ORG_KINDS);
      const name = uniqueName(b, () => `${CITY}${t.stem}${rnd.pick(BRAND)}${rnd.pick(BRAND)}${kind}`);
      const registration = kind === '商会' || kind === '协会' ? '51' : '52';
      addBranch(b, t.twoNew, `中共${name.slice(3)}支部委员会`, { profile: 'social', home: t.home, size: smallSize(b, 12) },
        'legal-entity', makeUnit(b, name, '5', '13', registration));
    } else {
      const company = companyName(b);
      addBranch(b, t.twoNew, `中共${company}支部委员会`, { profile: 'private', home: t.home, size: smallSize(b, 30) },
        'legal-entity', makeUnit(b, company, '23', '13', '91'));
    }
  }
}
