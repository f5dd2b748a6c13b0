/**
 * `generateSampleDistrict`: the bundled sample district, built deterministically from a seed.
 * @module
 */
import { createBuilder } from './builder.js';
import { buildDistrictCore } from './district.js';
import { createMemberFactory } from './members.js';
import { plantOrgProblems, plantRecordProblems } from './planted.js';
import { createRandom } from './random.js';
import { fitSizes } from './sizes.js';
import { fillTwoNew } from './twoNew.js';
import type { SampleDistrict, SampleMember } from './types.js';

/** The guide's district: 2,906 orgs and 61,451 members (辅导稿 一（二）). */
export const SAMPLE_ORG_COUNT = 2906;
export const SAMPLE_MEMBER_COUNT = 61451;
/** The reference date of the sample: the day of the guide (ages, probation and "future" depend on it). */
export const SAMPLE_TODAY = '2017-07-24';
/** The default seed. */
export const SAMPLE_SEED = 20170724;

/** Options of {@link generateSampleDistrict}. */
export interface SampleOptions {
  /** Any integer; the same seed gives the same district. Default {@link SAMPLE_SEED}. */
  seed?: number;
  /** Number of org records; default 2,906. */
  orgs?: number;
  /** Number of member records; default 61,451 (a million makes branches of ~400, as the benchmark does). */
  members?: number;
  /** Plant the documented problems (default true); false gives a district with no issue at all. */
  planted?: boolean;
}

function count(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 100_000_000 ? value : fallback;
}

/**
 * The sample district (明州市江滨区, fictional): org and member records shaped like the guide's
 * district, with valid identifiers throughout, and the list of problems planted in them — the
 * dataset check on it (with `today: SAMPLE_TODAY`) reports exactly `planted`. Pure, browser-safe
 * and deterministic; odd options fall back to the defaults.
 * @example
 * generateSampleDistrict().orgs.length // 2906
 * generateSampleDistrict().members.length // 61451
 * generateSampleDistrict({ planted: false }).planted.length // 0
 */
export function generateSampleDistrict(options?: SampleOptions): SampleDistrict {
  const o = options !== null && typeof options === 'object' ? options : {};
  const seed = typeof o.seed === 'number' && Number.isFinite(o.seed) ? Math.trunc(o.seed) : SAMPLE_SEED;
  const orgTarget = count(o.orgs, SAMPLE_ORG_COUNT, 400);
  const memberTarget = count(o.members, SAMPLE_MEMBER_COUNT, 0);
  const withProblems = o.planted !== false;

  const b = createBuilder(createRandom(seed));
  const townships = buildDistrictCore(b);
  const special = withProblems ? plantOrgProblems(b, townships) : { fixed: new Set<number>(), extraMembers: 0 };
  fillTwoNew(b, townships, orgTarget);
  fitSizes(b.rnd, b.branches, memberTarget - special.extraMembers, special.fixed);

  const factory = createMemberFactory(seed ^ 0x5bd1e995, SAMPLE_TODAY);
  const members: SampleMember[] = [];
  for (const branch of b.branches) {
    for (let position = 0; position < branch.size; position++) members.push(factory.make(branch, position));
  }
  const planted = withProblems ? plantRecordProblems({ builder: b, members, factory }) : [];
  return { orgs: b.orgs, members, planted };
}
