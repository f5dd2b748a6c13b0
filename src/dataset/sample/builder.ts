/**
 * The low-level steps of building the sample district's org tree: add an org with its people and
 * unit, add a branch to be filled with members, make unique names.
 * @module
 */
import { makeCreditCode, makeMobile, type Registration } from './identifiers.js';
import { personName } from './people.js';
import type { Random } from './random.js';
import type { BranchPlan, Profile, SampleOrg, SampleUnit } from './types.js';
import { PLACE_FIRST } from './vocabulary.js';

/** State shared by the build steps. */
export interface Builder {
  rnd: Random;
  orgs: SampleOrg[];
  branches: BranchPlan[];
  /** Credit and organisation codes handed out. */
  codes: Set<string>;
  /** Names handed out (org names and unit names share one namespace, as on seals). */
  names: Set<string>;
}

/** A new empty builder. */
export function createBuilder(rnd: Random): Builder {
  return { rnd, orgs: [], branches: [], codes: new Set(), names: new Set() };
}

/** 一 … 二十: how branches are numbered (第三支部). */
const NUMERALS: readonly string[] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Chinese numeral 1–99 as in 第三支部, 第十二支部.
 * @example
 * chineseNumeral(12) // '十二'
 */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : NUMERALS[tens - 1]!) + '十' + (ones === 0 ? '' : NUMERALS[ones - 1]!);
}

/** A unit (items 7–10) with a fresh credit code. */
export function makeUnit(b: Builder, name: string, category: string, partySetup: string, registration: Registration): SampleUnit {
  return { name, category, partySetup, code: makeCreditCode(b.rnd, registration, b.codes) };
}

/**
 * A name not used yet: `make()` is called until it gives a fresh one.
 * @example
 * uniqueName(createBuilder(createRandom(1)), () => '华苑') // '华苑'
 */
export function uniqueName(b: Builder, make: () => string): string {
  for (let attempt = 1; ; attempt++) {
    // After many misses the word lists are exhausted: number the name (华苑二) instead.
    const name = attempt <= 50 ? make() : make() + chineseNumeral(2 + (attempt % 98));
    if (!b.names.has(name)) {
      b.names.add(name);
      return name;
    }
  }
}

/** Two syllables of place-like words: 华苑, 锦泉. */
export function placeWord(b: Builder, second: readonly string[]): string {
  return b.rnd.pick(PLACE_FIRST) + b.rnd.pick(second);
}

/** Adds an org (secretary, contact and mobile generated) and returns its index. */
export function addOrg(
  b: Builder,
  parent: number | undefined,
  name: string,
  category: string,
  unitSituation: SampleOrg['unitSituation'],
  units?: SampleUnit | SampleUnit[],
): number {
  const index = b.orgs.length;
  const gender = b.rnd.chance(0.7) ? '男' : '女';
  const secretary = personName(b.rnd, gender);
  const contact = b.rnd.chance(0.6) ? secretary : personName(b.rnd, b.rnd.chance(0.5) ? '男' : '女');
  const org: SampleOrg = {
    id: `JB${String(index + 1).padStart(5, '0')}`,
    name,
    secretary,
    contact,
    contactPhone: makeMobile(b.rnd),
    category,
    unitSituation,
  };
  if (parent !== undefined) org.parentId = b.orgs[parent]!.id;
  if (Array.isArray(units)) org.units = units;
  else if (units) org.unit = units;
  b.names.add(name);
  b.orgs.push(org);
  return index;
}

/** Adds a branch org (631/632) and plans its members. */
export function addBranch(
  b: Builder,
  parent: number,
  name: string,
  plan: { profile: Profile; home: string; rural?: boolean; size: number },
  situation: SampleOrg['unitSituation'] = 'same-as-parent',
  units?: SampleUnit | SampleUnit[],
): number {
  const org = addOrg(b, parent, name, situation === 'joint' ? '632' : '631', situation, units);
  b.branches.push({ org, name, profile: plan.profile, home: plan.home, rural: plan.rural ?? false, size: plan.size });
  return org;
}

/**
 * A body of members too big for one branch, as the guide's villages and communities are organised:
 * a 党委 (> 150 members), a 总支 (> 50) or a single 支部, with numbered branches (第一支部 …).
 * `stem` is the full name without the type (中共江滨区石塘镇湾底村); `units` go on the top org.
 */
export function addBody(
  b: Builder,
  parent: number,
  stem: string,
  members: number,
  plan: { profile: Profile; home: string; rural?: boolean },
  situation: SampleOrg['unitSituation'],
  unit?: (setup: string) => SampleUnit,
): number {
  if (members <= 45) {
    return addBranch(b, parent, `${stem}支部委员会`, { ...plan, size: members }, situation, unit?.('13'));
  }
  const committee = members > 150;
  const top = addOrg(b, parent, committee ? `${stem}委员会` : `${stem}总支部委员会`, committee ? '611' : '621', situation, unit?.(committee ? '11' : '12'));
  const count = Math.ceil(members / 40);
  let left = members;
  for (let n = 1; n <= count; n++) {
    const size = Math.round(left / (count - n + 1));
    left -= size;
    addBranch(b, top, `${stem}第${chineseNumeral(n)}支部委员会`, { ...plan, size });
  }
  return top;
}
