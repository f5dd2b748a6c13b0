/**
 * Member records for the sample district (and for the million-member benchmarks): realistic ages,
 * dates and codes per kind of branch, and ID numbers that are valid and unique by construction —
 * the sequence code comes from a counter per (region, birth day, sex), so no set of issued numbers
 * is kept, whatever the count.
 * @module
 */
import { addYears } from '../../dates/calendar.js';
import { idNumberCheckChar } from '../../identifiers/idNumberScan.js';
import { dayDate, dayNumber } from './days.js';
import { makeLandline, makeMobile } from './identifiers.js';
import { personName } from './people.js';
import { PROFILES, educationTable } from './profiles.js';
import { createRandom, type Random } from './random.js';
import type { BranchPlan, SampleMember } from './types.js';
import { BIRTH_REGIONS, DESTINATIONS, MINORITIES, PLACE_FIRST, ROAD_SUFFIX } from './vocabulary.js';

const FIRST_DAY = dayNumber('1900-01-01');
const LIBERATION = dayNumber('1949-10-01');
const REGION_WEIGHTS = BIRTH_REGIONS.map(([, w], i) => [i, w] as const);

/** Makes members one by one; deterministic for a seed and the order of calls. */
export interface MemberFactory {
  /** A clean member of `branch`; `position` is the member's place in the branch (the first three are 正式党员). */
  make(branch: BranchPlan, position: number): SampleMember;
  /** The random source (for the planted problems). */
  readonly rnd: Random;
}

/**
 * A member factory for a reference date (`today`, `YYYY-MM-DD`): nobody joins after it, and ages,
 * probation and retirement are consistent on it.
 */
export function createMemberFactory(seed: number, today: string): MemberFactory {
  const rnd = createRandom(seed);
  const todayDay = dayNumber(today);
  const span = todayDay - FIRST_DAY + 1;
  // Sequence counters per (region, birth day, sex); 500 numbers of each parity per day.
  const counters = new Uint16Array(BIRTH_REGIONS.length * span * 2);
  const latestBirth = dayNumber(addYears(today, -19));
  /** An unused ID number for the region, sex and birth day (the day before when that one is full). */
  function idNumber(region: number, birthDay: number, male: boolean): { id: string; birthDate: string } {
    for (let day = birthDay; ; day--) {
      const slot = (region * span + (day - FIRST_DAY)) * 2 + (male ? 1 : 0);
      // The n-th number of a slot is a permutation of 0–499 shifted per slot, so numbers look
      // scattered and never repeat; 000 is never issued.
      const shift = Math.imul(slot, 0x9e3779b1) >>> 23;
      let c = counters[slot]!;
      while (c < 500 && ((c + shift) * 193) % 500 === 0 && !male) c++;
      if (c >= 500) continue;
      counters[slot] = c + 1;
      const order = (((c + shift) * 193) % 500) * 2 + (male ? 1 : 0);
      const birthDate = dayDate(day);
      const first17 = `${BIRTH_REGIONS[region]![0]}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${order < 10 ? '00' : order < 100 ? '0' : ''}${order}`;
      return { id: first17 + idNumberCheckChar(first17)!, birthDate };
    }
  }

  function make(branch: BranchPlan, position: number): SampleMember {
    const spec = PROFILES[branch.profile];
    const [from, to] = spec.born;
    const yearSpan = to - from + 1;
    const wantedDay = dayNumber(`${from + Math.floor(yearSpan * Math.pow(rnd.next(), spec.older))}-01-01`) + rnd.int(0, 364);
    const male = rnd.chance(spec.men);
    const gender = male ? '男' : '女';
    const { id, birthDate } = idNumber(rnd.weighted(REGION_WEIGHTS), Math.min(wantedDay, latestBirth), male);
    const birthDay = dayNumber(birthDate);
    const bornYear = Number(birthDate.slice(0, 4));

    // Joining: at least 18, a year of probation before today unless still 预备党员.
    const earliest = dayNumber(addYears(birthDate, 18)) + 1;
    const age = todayDay - birthDay;
    const probationary = position >= 3 && age < 45 * 365.25 && rnd.chance(0.04);
    let joinDay: number;
    if (probationary) {
      joinDay = todayDay - rnd.int(20, 350);
    } else {
      const latest = todayDay - 366;
      joinDay = earliest + Math.floor(-Math.log(1 - rnd.next()) * spec.joinDelay * 365);
      if (joinDay > latest) joinDay = earliest + Math.floor(rnd.next() * (latest - earliest));
    }
    let joinDate = dayDate(joinDay);
    if (joinDate.endsWith('-02-29')) joinDate = dayDate(joinDay + 1);
    const elder = age >= 56 * 365.25;
    let workPost = rnd.weighted(elder && spec.elderPosts ? spec.elderPosts : spec.posts);
    if (workPost === '123' && age >= 60 * 365.25) workPost = '11';
    if (workPost === '502' && joinDay < LIBERATION && rnd.chance(0.8)) workPost = '501';

    const member: SampleMember = {
      name: personName(rnd, gender),
      gender,
      ethnicity: rnd.chance(0.985) ? '汉族' : rnd.weighted(MINORITIES),
      idNumber: id,
      birthDate,
      education: rnd.weighted(educationTable(spec.schooling, bornYear)),
      memberType: probationary ? '预备党员' : '正式党员',
      branch: branch.name,
      joinDate,
      workPost,
      mobile: makeMobile(rnd),
      address: address(rnd, branch),
      partyStatus: '正常',
      lostContact: false,
      floating: false,
    };
    if (!probationary) member.fullDate = addYears(joinDate, 1);
    if (rnd.chance(branch.rural ? 0.15 : 0.3)) member.landline = makeLandline(rnd);
    if (spec.mobile && !elder && age >= 20 * 365.25 && rnd.chance(0.03)) {
      member.floating = true;
      member.floatingDestination = rnd.pick(DESTINATIONS);
    }
    return member;
  }

  return { make, rnd };
}

/** A home address down to the house number (guide item 23). */
function address(rnd: Random, branch: BranchPlan): string {
  if (branch.rural) return `${branch.home}${rnd.int(1, 480)}号`;
  const road = rnd.pick(PLACE_FIRST) + rnd.pick(PLACE_FIRST) + rnd.pick(ROAD_SUFFIX);
  return `${branch.home}${road}${rnd.int(1, 399)}号${rnd.int(1, 30)}幢${rnd.int(1, 18)}0${rnd.int(1, 4)}室`;
}
