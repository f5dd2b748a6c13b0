/**
 * The rules between fields of one member once they are parsed: the Party dates against each other, the
 * birth date and the reference date; the work post against the age.
 * @module
 */
import { addYears, ageOn } from '../../dates/calendar.js';
import { canonicalDay } from '../../identifiers/canonical.js';
import {
  birthDateImplausibleRule,
  fullDateExtendedRule,
  fullDateFutureRule,
  fullDateMissingRule,
  fullDateTooEarlyRule,
  fullDateTooLateRule,
  fullDateUnexpectedRule,
  joinDateBeforeBirthRule,
  joinDateBeforeFoundingRule,
  joinDateFutureRule,
  joinDateUnderageRule,
  probationOverdueRule,
} from '../rules/identityDateRules.js';
import { workPostElderMigrantRule, workPostReportListRule, workPostYoungRetireeRule } from '../rules/statusRules.js';
import type { MemberDraft } from '../types.js';
import type { MemberEnv } from './env.js';
import type { RecordSink } from './sink.js';

/** The founding of the Party: no one joined before it. */
export const PARTY_FOUNDING_DATE = '1921-07-01';
const FOUNDING = canonicalDay(PARTY_FOUNDING_DATE);

/** A member's dates as YYYYMMDD numbers (-1: the draft has none), read once per record. */
export interface MemberDays {
  birth: number;
  join: number;
  full: number;
}

/**
 * The draft's birth, join and full-membership dates as YYYYMMDD numbers, into `into` (or a new object).
 * @example
 * readMemberDays({ ...emptyMemberDraft(), joinDate: '2016-07-01' }) // { birth: -1, join: 20160701, full: -1 }
 */
export function readMemberDays(draft: MemberDraft, into: MemberDays = { birth: -1, join: -1, full: -1 }): MemberDays {
  into.birth = canonicalDay(draft.birthDate);
  into.join = canonicalDay(draft.joinDate);
  into.full = canonicalDay(draft.fullDate);
  return into;
}

/** Whole years between two YYYYMMDD numbers, counted by the year digits alone (an upper bound of the age). */
function yearsApart(from: number, to: number): number {
  return ((to / 10000) | 0) - ((from / 10000) | 0);
}

function checkJoinDate(joinDate: string, join: number, draft: MemberDraft, birth: number, env: MemberEnv, sink: RecordSink): void {
  if (join > env.todayNumber) sink.add(joinDateFutureRule, ['joinDate'], { joinDate, today: env.today });
  if (join < FOUNDING) sink.add(joinDateBeforeFoundingRule, ['joinDate'], { joinDate });
  // Years apart bound the age from above: only near the limit is the exact age worth computing.
  if (birth >= 0 && yearsApart(birth, join) <= env.policy.minJoinAge) {
    if (join < birth) return sink.add(joinDateBeforeBirthRule, ['joinDate'], { joinDate, birthDate: draft.birthDate! });
    const minAge = env.policy.minJoinAge;
    const age = ageOn(draft.birthDate!, joinDate);
    if (age < minAge) sink.add(joinDateUnderageRule, ['joinDate'], { joinDate, age, minAge });
  }
}

/** The earliest plausible birth day of a member: 1900-01-01 (see `member.birthDate.implausible`). */
const EARLIEST_BIRTH = 19000101;

/**
 * `member.birthDate.implausible`: born before 1900, or older than `policy.maxMemberAge` on the reference date.
 * `birth` is the draft's birth date as YYYYMMDD (-1: none); one comparison for a plausible member.
 * @example
 * const sink = new RecordSink('zh-CN');
 * checkAge({ ...emptyMemberDraft(), birthDate: '1880-01-01' }, memberEnv(resolveOptions({ today: '2017-07-24' })), sink, 18800101);
 * sink.issues?.[0]?.rule // 'member.birthDate.implausible'
 */
export function checkAge(draft: MemberDraft, env: MemberEnv, sink: RecordSink, birth: number): void {
  if (birth < 0) return;
  const maxAge = env.policy.maxMemberAge;
  // Older than maxAge: born on or before the reference day maxAge + 1 years back (YYYYMMDD arithmetic).
  if (birth >= EARLIEST_BIRTH && birth > env.todayNumber - (maxAge + 1) * 10000) return;
  const birthDate = draft.birthDate!;
  sink.add(birthDateImplausibleRule, ['birthDate'], { birthDate, age: ageOn(birthDate, env.today), maxAge });
}

/** YYYYMMDD → months since year 0 (year × 12 + month). */
function monthIndex(day: number): number {
  return ((day / 10000) | 0) * 12 + (((day / 100) | 0) % 100);
}

/** `YYYY-MM` of a `YYYY-MM-DD` date `years` later. */
function monthLater(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4, 7)}`;
}

/** {@link checkProbationLength} by months, where a day may be assumed (guide items 19–20: an unknown day is the 1st). */
function checkProbationMonths(joinDate: string, join: number, fullDate: string, full: number, sink: RecordSink): void {
  const months = monthIndex(full) - monthIndex(join);
  if (months === 12) return;
  if (months < 12) return sink.add(fullDateTooEarlyRule, ['fullDate'], { fullDate, earliest: monthLater(joinDate, 1) });
  if (months > 24) sink.add(fullDateTooLateRule, ['fullDate'], { fullDate, latest: monthLater(joinDate, 2) });
  else sink.add(fullDateExtendedRule, ['fullDate'], { fullDate, onTime: monthLater(joinDate, 1) });
}

/**
 * 转正日期 within [join + 1 year, join + 2 years]; beyond one year is an extended probation. By day, or by
 * month where either day is the 1st.
 */
function checkProbationLength(joinDate: string, join: number, fullDate: string, full: number, sink: RecordSink): void {
  // The usual case, exactly one year (a 29 February join date never matches here and takes the long way).
  if (full === join + 10000) return;
  // Either day the 1st: perhaps filled in for a day nobody remembers (guide items 19–20), so months only.
  if (join % 100 === 1 || full % 100 === 1) return checkProbationMonths(joinDate, join, fullDate, full, sink);
  const onTime = addYears(joinDate, 1);
  if (fullDate < onTime) return sink.add(fullDateTooEarlyRule, ['fullDate'], { fullDate, earliest: onTime });
  if (fullDate === onTime) return;
  const latest = addYears(joinDate, 2);
  if (fullDate > latest) sink.add(fullDateTooLateRule, ['fullDate'], { fullDate, latest });
  else sink.add(fullDateExtendedRule, ['fullDate'], { fullDate, onTime });
}

/**
 * Join date, full-membership date and probation rules. `fullDateGiven` tells a blank 转正日期 (which may be
 * `member.fullDate.missing`) from one that did not parse (already a `date.format` error). The draft's dates
 * are `YYYY-MM-DD` (as the parsers leave them) and are compared as YYYYMMDD numbers: `days`, when the caller
 * has them already (the member check's shortcut reads them while checking the cells).
 * @example
 * const sink = new RecordSink('zh-CN');
 * checkPartyDates({ ...emptyMemberDraft(), memberType: '正式党员', joinDate: '2016-02-29', fullDate: '2017-02-27' }, true, memberEnv(resolveOptions({ today: '2017-07-24' })), sink);
 * sink.issues?.[0]?.rule // 'member.fullDate.tooEarly'
 */
export function checkPartyDates(
  draft: MemberDraft,
  fullDateGiven: boolean,
  env: MemberEnv,
  sink: RecordSink,
  days: MemberDays = readMemberDays(draft),
): void {
  const { joinDate, fullDate, memberType } = draft;
  const join = days.join;
  if (joinDate !== undefined) checkJoinDate(joinDate, join, draft, days.birth, env, sink);
  if (memberType === '预备党员') {
    if (fullDate !== undefined) sink.add(fullDateUnexpectedRule, ['fullDate'], { fullDate });
    else if (joinDate !== undefined && yearsApart(join, env.todayNumber) >= 2) {
      const due = addYears(joinDate, 2);
      if (env.today > due) sink.add(probationOverdueRule, ['memberType'], { joinDate, due });
    }
    return;
  }
  if (memberType === '正式党员' && !fullDateGiven) {
    const suggestion = joinDate === undefined ? undefined : addYears(joinDate, 1);
    if (sink.lost) sink.add(fullDateMissingRule, ['fullDate'], { suggestion, lost: true }, 'warning');
    else sink.add(fullDateMissingRule, ['fullDate'], { suggestion });
  }
  if (fullDate === undefined) return;
  const full = days.full;
  if (full > env.todayNumber) sink.add(fullDateFutureRule, ['fullDate'], { fullDate, today: env.today });
  if (joinDate !== undefined) checkProbationLength(joinDate, join, fullDate, full, sink);
}

/** Work posts the guide says should not normally occur and must be listed by name (guide item 21). */
function isReportListPost(code: string): boolean {
  return code === '2' || code.charCodeAt(0) === 0x33 /* 3xx 学生 */ || code === '606' || code === '607' || code === '608' || code === '611';
}

/**
 * Work-post sanity on the age at the reference date: 70+ and 123 外出务工经商, 45 or under and 501–504
 * 离退休, and the report-list categories.
 * @example
 * const sink = new RecordSink('zh-CN');
 * checkWorkPost({ ...emptyMemberDraft(), workPost: '502', birthDate: '1980-01-01' }, memberEnv(resolveOptions({ today: '2017-07-24' })), sink);
 * sink.issues?.[0]?.rule // 'member.workPost.youngRetiree'
 */
export function checkWorkPost(draft: MemberDraft, env: MemberEnv, sink: RecordSink, birth = canonicalDay(draft.birthDate)): void {
  const code = draft.workPost;
  if (code === undefined) return;
  if (isReportListPost(code)) {
    sink.add(workPostReportListRule, ['workPost'], { code, post: env.workPost.table.get(code)?.name || code });
  }
  const isMigrant = code === '123';
  const isRetired = code.length === 3 && code.charCodeAt(0) === 0x35 && code.charCodeAt(1) === 0x30 && code.charCodeAt(2) >= 0x31 && code.charCodeAt(2) <= 0x34;
  if ((!isMigrant && !isRetired) || draft.birthDate === undefined) return;
  const { elderMigrantAge, youngRetireeAge } = env.policy;
  // The age is the years apart or one less: the exact age only where a rule may fire.
  const upper = yearsApart(birth, env.todayNumber);
  if (isMigrant ? upper < elderMigrantAge : upper - 1 > youngRetireeAge) return;
  const age = ageOn(draft.birthDate, env.today);
  if (isMigrant && age >= elderMigrantAge) sink.add(workPostElderMigrantRule, ['workPost'], { age, minAge: elderMigrantAge });
  if (isRetired && age <= youngRetireeAge) {
    sink.add(workPostYoungRetireeRule, ['workPost'], { age, maxAge: youngRetireeAge, post: env.workPost.table.get(code)?.name || code });
  }
}
