/**
 * `generateSampleDistrict`: the bundled sample district, built deterministically from a seed.
 * @module
 */
import { readOwnOf } from '../../_lib/safeRead.js';
import { createBuilder } from './builder.js';
import { buildDistrictCore } from './district.js';
import { createMemberFactory } from './members.js';
import { SAMPLE_MAX_COUNT, SAMPLE_MEMBER_COUNT, SAMPLE_ORG_COUNT, SAMPLE_SEED, SAMPLE_TODAY } from './constants.js';
import { plantAdditions } from './plantedAdditions.js';
import { plantMemberRecords } from './plantedMembers.js';
import { plantOrgRecords } from './plantedOrgs.js';
import { plantStructure } from './plantedStructure.js';
import { Planter } from './planter.js';
import { createRandom } from './random.js';
import { fitSizes } from './sizes.js';
import { fillTwoNew } from './twoNew.js';
import type { SampleDistrict, SampleMember, SampleOrg } from './types.js';

export { SAMPLE_MEMBER_COUNT, SAMPLE_ORG_COUNT, SAMPLE_SEED, SAMPLE_TODAY };

/**
 * Options of {@link generateSampleDistrict}.
 * @category Sample district
 */
export interface SampleOptions {
  /** Any integer; the same seed gives the same district. Default {@link SAMPLE_SEED}. */
  seed?: number;
  /** Number of org records; default 2,906. Fewer give the district's core (~1,300 orgs) without 两新 orgs. */
  orgs?: number;
  /** Number of member records; default 61,451 (a million makes branches of ~400, as the benchmark does). */
  members?: number;
  /**
   * Plant the documented problems (default true). False gives a district with no issue at all; so
   * does a district smaller than the guide's (fewer than 2,906 orgs or 61,451 members).
   */
  planted?: boolean;
}

/**
 * The clean sample district with its members made on demand, in chunks — for checks at scale
 * (ten million members never sit in memory at once). Members are made exactly as
 * {@link generateSampleDistrict} makes them; with many members, branches grow in proportion.
 * @example
 * [...streamSampleDistrict({ members: 100_000, chunkSize: 10_000 }).members].length // 10
 * streamSampleDistrict().orgs.length // 2906
 * @category Sample district
 */
export function streamSampleDistrict(options?: { seed?: number; members?: number; chunkSize?: number }): {
  orgs: SampleOrg[];
  members: Iterable<SampleMember[]>;
} {
  const seed = readSeed(options);
  const total = count(readOwnOf(options, 'members'), SAMPLE_MEMBER_COUNT, 0);
  const chunkSize = count(readOwnOf(options, 'chunkSize'), 10_000, 1);
  const b = createBuilder(createRandom(seed));
  fillTwoNew(b, buildDistrictCore(b), SAMPLE_ORG_COUNT);
  fitSizes(b.rnd, b.branches, total, new Set());
  const branches = b.branches;
  function* chunks(): Generator<SampleMember[]> {
    const factory = createMemberFactory(seed ^ 0x5bd1e995, SAMPLE_TODAY);
    let chunk: SampleMember[] = [];
    for (const branch of branches) {
      for (let position = 0; position < branch.size; position++) {
        chunk.push(factory.make(branch, position));
        if (chunk.length === chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  return { orgs: b.orgs, members: { [Symbol.iterator]: chunks } };
}

/** Five members of the planted branch confirmed by phone or WeChat, each with who, when and what noted. */
function plantRemoteConfirmations(p: Planter, branch: number): void {
  const name = p.orgs[branch]!.name;
  let done = 0;
  for (let j = 0; j < p.members.length && done < 5; j++) {
    const m = p.members[j]!;
    if (m.branch !== name) continue;
    m.confirmation = { kind: 'remote', via: done % 2 ? 'wechat' : 'phone', by: '王建华', date: '2017-07-21', what: `${done % 2 ? '微信' : '电话'}逐项核对，本人确认无误` };
    p.expect('a member confirmed remotely (with who, when and what)', ['confirm.remote', ['members', j, 'confirmation']]);
    done++;
  }
}

/** The `seed` option as an integer; own properties only, read without throwing (any value is accepted as options). */
function readSeed(options: unknown): number {
  const seed = readOwnOf(options, 'seed');
  return typeof seed === 'number' && Number.isFinite(seed) ? Math.trunc(seed) : SAMPLE_SEED;
}

function count(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= SAMPLE_MAX_COUNT ? value : fallback;
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
 * generateSampleDistrict({ members: 5000 }).members.length // 5000
 * @category Sample district
 */
export function generateSampleDistrict(options?: SampleOptions): SampleDistrict {
  const seed = readSeed(options);
  const orgTarget = count(readOwnOf(options, 'orgs'), SAMPLE_ORG_COUNT, 0);
  const memberTarget = count(readOwnOf(options, 'members'), SAMPLE_MEMBER_COUNT, 0);
  // Planting needs at least the guide district's cast of records to choose from.
  const withProblems = readOwnOf(options, 'planted') !== false && orgTarget >= SAMPLE_ORG_COUNT && memberTarget >= SAMPLE_MEMBER_COUNT;

  const b = createBuilder(createRandom(seed));
  const townships = buildDistrictCore(b);
  const structure = withProblems ? plantStructure(b, townships) : undefined;
  fillTwoNew(b, townships, orgTarget);
  fitSizes(b.rnd, b.branches, memberTarget, structure?.fixedPlans ?? new Set());

  const factory = createMemberFactory(seed ^ 0x5bd1e995, SAMPLE_TODAY);
  const members: SampleMember[] = [];
  for (const branch of b.branches) {
    for (let position = 0; position < branch.size; position++) members.push(factory.make(branch, position));
  }
  if (structure === undefined) return { orgs: b.orgs, members, planted: [] };

  const planter = new Planter(b, members, factory, structure.reservedOrgs);
  planter.planted.push(...structure.planted);
  plantRemoteConfirmations(planter, structure.remoteBranch);
  plantOrgRecords(planter);
  plantMemberRecords(planter);
  plantAdditions(planter);
  // Not a problem of any record: the district has joint branches, and the check reminds once (guide item 6).
  planter.expect("the district's joint branches: send their units' 汇总表", ['dataset.joint.summaryTable', ['orgs']]);
  return { orgs: b.orgs, members, planted: planter.planted };
}
