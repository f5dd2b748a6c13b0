/**
 * Planted problems in member records: one or more for every member, identifier, date, code and
 * dataset rule a member record can break. Each spoils one member of a different branch and writes
 * down exactly the issues it causes.
 * @module
 */
import { addYears, ageOn } from '../../dates/calendar.js';
import { idNumberCheckChar } from '../../identifiers/index.js';
import { SAMPLE_TODAY } from './constants.js';
import type { Planter } from './planter.js';
import type { SampleMember } from './types.js';

const age = (m: SampleMember): number => ageOn(m.birthDate, SAMPLE_TODAY);
const full = (m: SampleMember): boolean => m.memberType === '正式党员';

/** An ID number with a new body (first 17 characters), check character recomputed. */
function withBody(body: string): string {
  return body + idNumberCheckChar(body)!;
}

/** Plants the member-record problems. */
export function plantMemberRecords(p: Planter): void {
  const ms = p.members;
  const at = (j: number, ...rest: (string | number)[]): (string | number)[] => ['members', j, ...rest];
  const set = (j: number, patch: Partial<SampleMember>): void => {
    ms[j] = { ...ms[j]!, ...patch };
  };
  const pick = (accept?: (m: SampleMember) => boolean): number => p.member(accept ? (m) => accept(m) : undefined);
  const adult = (m: SampleMember): boolean => full(m) && age(m) >= 30 && age(m) < 65;

  // The record itself and required fields.
  let j = pick();
  ms[j] = `${ms[j]!.name} ${ms[j]!.gender} ${ms[j]!.ethnicity}` as unknown as SampleMember;
  p.expect('a member record that is a line of text, not an object', ['member.record.invalid', at(j)]);
  for (const field of ['name', 'ethnicity', 'education', 'memberType', 'branch', 'joinDate', 'workPost', 'address', 'partyStatus'] as const) {
    j = pick(field === 'memberType' ? (m) => !full(m) : undefined);
    set(j, { [field]: '' });
    p.expect(`a member whose ${field} was left blank`, [`member.${field}.required`, at(j, field)]);
  }
  j = pick();
  set(j, { gender: '' as SampleMember['gender'], idNumber: '' });
  p.expect('a member with neither gender nor ID number', ['member.gender.required', at(j, 'gender')], ['member.idNumber.required', at(j, 'idNumber')]);
  j = pick();
  set(j, { birthDate: '', idNumber: ms[j]!.idNumber.slice(0, 17) });
  p.expect('a member without birth date whose ID number lost a character', ['member.birthDate.required', at(j, 'birthDate')], ['id.format', at(j, 'idNumber')]);

  // Values the form does not allow.
  const invalid: [keyof SampleMember, unknown, string][] = [
    ['name', '张3', 'a name with a digit in it'],
    ['gender', '未知', 'a gender that is neither 男 nor 女'],
    ['memberType', '发展对象', 'a member type that is no member type'],
    ['branch', '中共'.padEnd(260, '某'), 'a branch cell of 260 characters'],
    ['address', { 省: '浙江省' }, 'an address that is an object'],
    ['lostContact', '不详', 'a 失联 answer that is neither 是 nor 否'],
    ['floating', '偶尔', 'a 流动 answer that is neither 是 nor 否'],
    ['confirmation', '口头同意', 'a confirmation that is none of the ways the guide allows'],
  ];
  for (const [field, value, note] of invalid) {
    j = pick();
    set(j, { [field]: value });
    p.expect(note, [`member.${field}.invalid`, at(j, field)]);
  }
  j = pick((m) => m.floating === false);
  set(j, { floating: true, floatingDestination: true as unknown as string });
  p.expect('a destination cell holding a tick (true) instead of a place', ['member.floatingDestination.invalid', at(j, 'floatingDestination')]);

  plantIdentity(p, pick, set, at, adult);
  plantDates(p, pick, set, at, adult);
  plantStatus(p, pick, set, at, adult);
}

type Pick = (accept?: (m: SampleMember) => boolean) => number;
type Set = (j: number, patch: Partial<SampleMember>) => void;
type At = (j: number, ...rest: (string | number)[]) => (string | number)[];

function plantIdentity(p: Planter, pick: Pick, set: Set, at: At, adult: (m: SampleMember) => boolean): void {
  const ms = p.members;
  let j = pick();
  set(j, { gender: ms[j]!.gender === '男' ? '女' : '男' });
  p.expect('a gender that contradicts the ID number', ['member.gender.idMismatch', at(j, 'gender')]);
  j = pick((m) => adult(m) && m.birthDate.slice(5, 7) < '11');
  const b = ms[j]!.birthDate;
  set(j, { birthDate: `${b.slice(0, 5)}${String(Number(b.slice(5, 7)) + 1).padStart(2, '0')}-01` });
  p.expect('a cadre whose verified birth date differs from the ID number', ['member.birthDate.idMismatch', at(j, 'birthDate')]);
  j = pick();
  set(j, { ethnicity: '火星族' });
  p.expect('an ethnic group that does not exist', ['member.ethnicity.unknown', at(j, 'ethnicity')]);
  j = pick();
  const id = ms[j]!.idNumber;
  set(j, { idNumber: id.slice(0, 17) + (id[17] === '1' ? '2' : '1') });
  p.expect('an ID number with a wrong check character', ['id.checksum', at(j, 'idNumber')]);
  j = pick();
  set(j, { idNumber: withBody(`${ms[j]!.idNumber.slice(0, 10)}13${ms[j]!.idNumber.slice(12, 17)}`) });
  p.expect('an ID number whose birth date has month 13 (check character correct)', ['id.birthDate', at(j, 'idNumber')]);
  j = pick();
  set(j, { idNumber: withBody(`99${ms[j]!.idNumber.slice(2, 17)}`) });
  p.expect('an ID number with an unknown province prefix 99', ['id.region', at(j, 'idNumber')]);
  j = pick();
  set(j, { idNumber: withBody(`330299${ms[j]!.idNumber.slice(6, 17)}`) });
  p.expect('an ID number whose county code (330299) is in no GB/T 2260 table (county check on)', ['id.county', at(j, 'idNumber')]);
  j = pick((m) => m.birthDate < '2000' && adult(m));
  set(j, { idNumber: ms[j]!.idNumber.slice(0, 6) + ms[j]!.idNumber.slice(8, 17) });
  p.expect('a 15-digit first-generation ID number', ['id.legacy15', at(j, 'idNumber')]);
  j = pick();
  set(j, { education: '99' });
  p.expect('an education code that does not exist', ['code.unknown', at(j, 'education')]);
  j = pick();
  set(j, { workPost: '01' });
  p.expect('a work post given as the group 01 (机关干部岗位), not a leaf', ['code.notLeaf', at(j, 'workPost')]);
  j = pick((m) => m.education === '21');
  set(j, { education: '21 大专' });
  p.expect('an education cell whose code and name disagree (21 is 大学)', ['code.nameMismatch', at(j, 'education')]);

  // Across records: the same person twice, a branch that does not exist, a committee as branch.
  const original = pick(adult);
  j = pick();
  const { branch, ...person } = ms[original]!;
  void branch;
  set(j, person);
  p.expect('a member transferred to another branch but still recorded in the old one', ['member.idNumber.duplicate', at(original, 'idNumber')], ['member.idNumber.duplicate', at(j, 'idNumber')]);
  j = pick((m) => m.branch.includes('村第'));
  set(j, { branch: ms[j]!.branch.replace(/第.支部委员会$/, '第九支部委员会') });
  p.expect('a branch name that names no org (there is no 第九支部)', ['member.branch.unknown', at(j, 'branch')]);
  j = pick((m) => /村第.支部委员会$/.test(m.branch));
  set(j, { branch: p.parentName(ms[j]!.branch) });
  p.expect("a member filed under the village's 总支 or 党委 rather than a branch", ['member.branch.notBranch', at(j, 'branch')]);
}

function plantDates(p: Planter, pick: Pick, set: Set, at: At, adult: (m: SampleMember) => boolean): void {
  const ms = p.members;
  let j = pick(adult);
  let join = addYears(ms[j]!.birthDate, 16);
  set(j, { joinDate: join, fullDate: addYears(join, 1) });
  p.expect('a member who joined at 16', ['member.joinDate.underage', at(j, 'joinDate')]);
  j = pick(adult);
  set(j, { memberType: '预备党员', joinDate: '2017-09-01', fullDate: undefined });
  p.expect('a join date after the collection date', ['member.joinDate.future', at(j, 'joinDate')]);
  j = pick((m) => m.gender === '男' && adult(m));
  set(j, { birthDate: '1901-03-05', idNumber: withBody('33021219010305017'), joinDate: '1920-05-01', fullDate: '1921-05-01', workPost: '501' });
  p.expect('a join date before the Party was founded (1921-07-01), by a member who would be 116', ['member.joinDate.beforeFounding', at(j, 'joinDate')], ['member.birthDate.implausible', at(j, 'birthDate')]);
  j = pick(adult);
  set(j, { fullDate: undefined });
  p.expect('a 正式党员 without the date of full membership', ['member.fullDate.missing', at(j, 'fullDate')]);
  j = pick(adult);
  set(j, { memberType: '预备党员', joinDate: '2016-07-01', fullDate: '2017-07-01' });
  p.expect('a 预备党员 with a date of full membership', ['member.fullDate.unexpected', at(j, 'fullDate')]);
  const shifted = (years: number, months: number) => (m: SampleMember): string => {
    const [y, mo, d] = m.joinDate.split('-').map(Number) as [number, number, number];
    const total = mo - 1 + months;
    return `${y + years + Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
  };
  const cases: [string, (m: SampleMember) => string, string][] = [
    ['member.fullDate.tooEarly', shifted(0, 6), 'full membership six months after joining'],
    ['member.fullDate.extended', shifted(1, 7), 'probation extended by seven months'],
    ['member.fullDate.tooLate', shifted(3, 0), 'full membership three years after joining'],
  ];
  for (const [rule, fullDate, note] of cases) {
    j = pick((m) => adult(m) && m.joinDate < '2010');
    set(j, { fullDate: fullDate(ms[j]!) });
    p.expect(note, [rule, at(j, 'fullDate')]);
  }
  j = pick(adult);
  set(j, { joinDate: '2016-10-08', fullDate: '2017-10-08' });
  p.expect('a date of full membership after the collection date', ['member.fullDate.future', at(j, 'fullDate')]);
  j = pick(adult);
  set(j, { memberType: '预备党员', joinDate: '2014-05-10', fullDate: undefined });
  p.expect('a 预备党员 who joined more than two years ago', ['member.probation.overdue', at(j, 'memberType')]);
  j = pick((m) => adult(m) && m.joinDate < '2010');
  join = ms[j]!.joinDate;
  set(j, { joinDate: `${join.slice(0, 4)}年${Number(join.slice(5, 7))}月`, fullDate: addYears(`${join.slice(0, 7)}-01`, 1) });
  p.expect('a join date known only to the month (the 1st is assumed)', ['date.dayAssumed', at(j, 'joinDate')]);
  j = pick(adult);
  set(j, { fullDate: '2009-02-30' });
  p.expect('a date of full membership that is no calendar day', ['date.format', at(j, 'fullDate')]);
}

function plantStatus(p: Planter, pick: Pick, set: Set, at: At, adult: (m: SampleMember) => boolean): void {
  const ms = p.members;
  let j = pick((m) => age(m) >= 72 && m.workPost === '11');
  set(j, { workPost: '123' });
  p.expect('a member over 70 recorded as a migrant worker', ['member.workPost.elderMigrant', at(j, 'workPost')]);
  j = pick((m) => age(m) <= 40 && full(m));
  set(j, { workPost: '502' });
  p.expect('a member aged 40 or under recorded as retired', ['member.workPost.youngRetiree', at(j, 'workPost')]);
  j = pick((m) => age(m) >= 20 && age(m) < 40 && full(m));
  set(j, { workPost: '2' });
  p.expect('a member in the army (解放军、武警): to be reported by name', ['member.workPost.reportList', at(j, 'workPost')]);
  j = pick();
  set(j, { mobile: '' });
  p.expect('a member without a mobile number', ['member.mobile.missing', at(j, 'mobile')]);
  j = pick();
  set(j, { mobile: ms[j]!.mobile.slice(0, 10) });
  p.expect('a mobile number one digit short', ['phone.mobile.format', at(j, 'mobile')]);
  j = pick();
  set(j, { landline: '0574-8123' });
  p.expect('a landline with too few digits', ['phone.landline.format', at(j, 'landline')]);
  j = pick((m) => m.address.includes('村'));
  set(j, { address: ms[j]!.address.replace(/\d+号$/, '') });
  p.expect('a home address without a house number', ['member.address.noHouseNumber', at(j, 'address')]);
  j = pick(adult);
  set(j, { partyStatus: '停止党籍' });
  p.expect('a party status of 停止党籍, which the district does not use', ['member.partyStatus.notNormal', at(j, 'partyStatus')]);
  j = pick(adult);
  set(j, { lostContact: '是' as unknown as boolean, lostContactDate: '2017-03' });
  p.expect('a member newly out of contact (失联): to be reported', ['member.lostContact.report', at(j, 'lostContact')]);
  j = pick(adult);
  set(j, { lostContact: true });
  p.expect('a member out of contact without the month contact was lost', ['member.lostContact.report', at(j, 'lostContact')], ['member.lostContact.date', at(j, 'lostContactDate')]);
  j = pick((m) => m.floating === false);
  set(j, { floating: true });
  p.expect('a floating member without a destination', ['member.floating.destination', at(j, 'floatingDestination')]);
  j = pick();
  set(j, { confirmation: '电话确认' });
  p.expect('a phone confirmation without who, when and what', ['confirm.remote', at(j, 'confirmation')], ['confirm.remote.incomplete', at(j, 'confirmation')]);
}
