// Every member rule fires on a record made to break it and stays quiet on its nearest valid neighbour,
// boundaries included (the 18th birthday, exactly one and two years, 29 February).
import { describe, expect, it } from 'vitest';
import { resolveOptions, type ValidateOptions } from '../options.js';
import type { Issue } from '../result.js';
import { checkMemberRecord } from './checkMemberRecord.js';
import { diffMember } from './diffMember.js';
import { memberRules } from './rules.js';
import { makeIdNumber, TODAY, validMember } from './testing/fixtures.js';

type Rec = Record<string, unknown>;

interface Case {
  label: string;
  record: unknown;
  options?: ValidateOptions;
  /** Issues from something else than checking `record` (the diff of corrections). */
  issues?: () => Issue[];
}

const base = validMember();
const patch = (label: string, changes: Rec, options?: ValidateOptions): Case => ({ label, record: { ...base, ...changes }, options });
const born = (birthDate: string, gender: '男' | '女' = '男'): Rec => ({ birthDate, gender, idNumber: makeIdNumber(birthDate, gender) });
const lost: Rec = { lostContact: '是', lostContactDate: '2016-03' };
const stopped: ValidateOptions = { policy: { allowStoppedPartyStatus: true } };
const unreadableMobile = (): Rec => {
  const record = { ...base };
  Object.defineProperty(record, 'mobile', { enumerable: true, get: () => { throw new Error('no'); } });
  return record;
};

function issuesOf(c: Case): Issue[] {
  return c.issues ? c.issues() : [...checkMemberRecord(c.record, resolveOptions({ today: TODAY, ...c.options })).issues];
}

const requiredFields = ['name', 'ethnicity', 'idNumber', 'education', 'memberType', 'branch', 'joinDate', 'workPost', 'address', 'partyStatus'];

/** rule id → cases where it must fire (with the expected severity) and cases where it must not. */
const scenarios: Record<string, { fires: Case[]; quiet: Case[]; severity?: Issue['severity'] }> = {
  'member.record.invalid': {
    fires: [{ label: 'a string', record: '张三' }, { label: 'null', record: null }, { label: 'an array', record: [base] }],
    quiet: [patch('valid', {})],
  },
  'member.field.unreadable': { fires: [{ label: 'throwing getter', record: unreadableMobile() }], quiet: [patch('valid', {})] },
  ...Object.fromEntries(
    requiredFields.map((field) => [
      `member.${field}.required`,
      { fires: [patch('blank', { [field]: '' }), patch('absent', { [field]: undefined })], quiet: [patch('valid', {})] },
    ]),
  ),
  'member.gender.required': { fires: [patch('blank, no ID', { gender: '', idNumber: '' })], quiet: [patch('blank, from the ID', { gender: '' })] },
  'member.birthDate.required': {
    fires: [patch('blank, no ID', { birthDate: null, idNumber: '' })],
    quiet: [patch('blank, from the ID', { birthDate: '' })],
  },
  'member.name.invalid': { fires: [patch('digits', { name: '张三3' }), patch('object', { name: {} })], quiet: [patch('dots', { name: '买买提.艾力' })] },
  'member.gender.invalid': { fires: [patch('未知', { gender: '未知' })], quiet: [patch('M', { gender: 'M' })] },
  'member.memberType.invalid': { fires: [patch('积极分子', { memberType: '入党积极分子' })], quiet: [patch('正式', { memberType: '正式' })] },
  'member.branch.invalid': { fires: [patch('object', { branch: { name: 'x' } })], quiet: [patch('spaced', { branch: ' 中共 某某支部 ' })] },
  'member.address.invalid': { fires: [patch('number', { address: 1288 }), patch('1 MB', { address: '号'.repeat(1_000_000) })], quiet: [patch('valid', {})] },
  'member.lostContact.invalid': { fires: [patch('也许', { lostContact: '也许' })], quiet: [patch('N', { lostContact: 'N' })] },
  'member.floating.invalid': { fires: [patch('2', { floating: 2 })], quiet: [patch('×', { floating: '×' })] },
  'member.floatingDestination.invalid': {
    fires: [patch('number', { floating: '是', floatingDestination: 330100 })],
    quiet: [patch('text', { floating: '是', floatingDestination: '浙江省杭州市西湖区' })],
  },
  'member.confirmation.invalid': { fires: [patch('unknown word', { confirmation: '随便' })], quiet: [patch('signed', { confirmation: '本人签字' })] },
  'member.gender.idMismatch': { fires: [patch('女 with a male ID', { gender: '女' })], quiet: [patch('男性', { gender: '男性' })] },
  'member.birthDate.idMismatch': {
    severity: 'warning',
    fires: [patch('a day off', { birthDate: '1980-03-16' })],
    quiet: [patch('same day, other format', { birthDate: '1980年3月15日' })],
  },
  'member.ethnicity.unknown': {
    fires: [patch('火星族', { ethnicity: '火星族' }), patch('99', { ethnicity: '99' })],
    quiet: [patch('汉', { ethnicity: '汉' }), patch('01', { ethnicity: '01' }), patch('1', { ethnicity: 1 }), patch('cell', { ethnicity: '01 汉族' })],
  },
  'member.joinDate.underage': {
    fires: [patch('day before the 18th birthday', { joinDate: '1998-03-14', fullDate: '1999-03-14' }),
      patch('29 Feb birthday, 27 Feb', { ...born('1988-02-29'), joinDate: '2006-02-27', fullDate: '2007-02-27' })],
    quiet: [patch('the 18th birthday', { joinDate: '1998-03-15', fullDate: '1999-03-15' }),
      patch('29 Feb birthday, 28 Feb of a common year', { ...born('1988-02-29'), joinDate: '2006-02-28', fullDate: '2007-02-28' }),
      patch('minJoinAge 16', { joinDate: '1996-03-15', fullDate: '1997-03-15' }, { policy: { minJoinAge: 16 } })],
  },
  'member.joinDate.beforeBirth': {
    fires: [patch('joined 30 years before birth', { joinDate: '1950-07-01', fullDate: '1951-07-01' })],
    quiet: [patch('joined at 25', {}), patch('joined at 16 (underage, not before birth)', { joinDate: '1996-03-15', fullDate: '1997-03-15' })],
  },
  'member.birthDate.implausible': {
    fires: [patch("GB 11643's example, born 1880", { ...born('1880-01-01'), joinDate: '1921-07-01', fullDate: '1922-07-01', workPost: '502' }),
      patch('111 on the reference date', { ...born('1906-07-24'), joinDate: '1930-07-01', fullDate: '1931-07-01', workPost: '502' }),
      patch('born 1899 on a reference date of 2000', { ...born('1899-12-31'), joinDate: '1930-07-01', fullDate: '1931-07-01', workPost: '502' }, { today: '2000-01-01' })],
    quiet: [patch('110 on the reference date', { ...born('1906-07-25'), joinDate: '1930-07-01', fullDate: '1931-07-01', workPost: '502' }),
      patch('born 1900-01-01 on a reference date of 2000', { ...born('1900-01-01'), joinDate: '1930-07-01', fullDate: '1931-07-01', workPost: '502' }, { today: '2000-01-01' })],
  },
  'member.joinDate.future': {
    fires: [patch('tomorrow', { memberType: '预备党员', fullDate: '', joinDate: '2017-07-25' })],
    quiet: [patch('today', { memberType: '预备党员', fullDate: '', joinDate: TODAY })],
  },
  'member.joinDate.beforeFounding': {
    fires: [patch('1921-06-30', { ...born('1900-01-01'), joinDate: '1921-06-30', fullDate: '1922-06-30', workPost: '502' })],
    quiet: [patch('1921-07-01', { ...born('1900-01-01'), joinDate: '1921-07-01', fullDate: '1922-07-01', workPost: '502' })],
  },
  'member.fullDate.missing': {
    fires: [patch('正式 without', { fullDate: '' })],
    quiet: [patch('预备 without', { memberType: '预备党员', fullDate: '', joinDate: '2017-01-01' }), patch('unparsable', { fullDate: '不详' })],
  },
  'member.fullDate.unexpected': {
    fires: [patch('预备 with', { memberType: '预备党员' })],
    quiet: [patch('正式 with', {})],
  },
  'member.fullDate.tooEarly': {
    fires: [patch('a day short', { joinDate: '2005-07-12', fullDate: '2006-07-11' }), patch('29 Feb join, 27 Feb', { joinDate: '2008-02-29', fullDate: '2009-02-27' }),
      patch('a month short, the day assumed', { joinDate: '1975-07-20', fullDate: '1976-06' })],
    quiet: [patch('exactly one year', { fullDate: '2006-07-01' }), patch('29 Feb join, 28 Feb', { joinDate: '2008-02-29', fullDate: '2009-02-28' }),
      // Guide items 19–20: a day nobody remembers is filled as the 1st, so only the months compare.
      patch('full date to the month (day assumed)', { joinDate: '1975-07-20', fullDate: '1976-07' }),
      patch('full date on the 1st of the month', { joinDate: '1975-07-20', fullDate: '1976-07-01' })],
  },
  'member.fullDate.extended': {
    severity: 'warning',
    fires: [patch('a day over a year', { joinDate: '2005-07-12', fullDate: '2006-07-13' }), patch('exactly two years', { fullDate: '2007-07-01' }),
      patch('29 Feb join, 28 Feb two years on', { joinDate: '2008-02-29', fullDate: '2010-02-28' }),
      patch('a month over a year, the day assumed', { joinDate: '1975-07', fullDate: '1976-08-15' })],
    quiet: [patch('exactly one year', { fullDate: '2006-07-01' }), patch('29 Feb join, 28 Feb', { joinDate: '2008-02-29', fullDate: '2009-02-28' }),
      patch('join date to the month, full date mid-month a year on', { joinDate: '1975-07', fullDate: '1976-07-15' })],
  },
  'member.fullDate.tooLate': {
    fires: [patch('a day over two years', { joinDate: '2005-07-12', fullDate: '2007-07-13' }), patch('29 Feb join, 1 Mar two years on', { joinDate: '2008-02-29', fullDate: '2010-03-01' }),
      patch('25 months, the day assumed', { joinDate: '2005-07', fullDate: '2007-08-20' })],
    quiet: [patch('exactly two years', { fullDate: '2007-07-01' }), patch('29 Feb join, 28 Feb two years on', { joinDate: '2008-02-29', fullDate: '2010-02-28' }),
      patch('24 months, the day assumed', { joinDate: '2005-07', fullDate: '2007-07-20' })],
  },
  'member.fullDate.future': {
    fires: [patch('tomorrow', { joinDate: '2016-07-25', fullDate: '2017-07-25' })],
    quiet: [patch('today', { joinDate: '2016-07-24', fullDate: TODAY })],
  },
  'member.probation.overdue': {
    severity: 'warning',
    fires: [patch('two years and a day', { memberType: '预备党员', fullDate: '', joinDate: '2015-07-23' })],
    quiet: [patch('exactly two years', { memberType: '预备党员', fullDate: '', joinDate: '2015-07-24' })],
  },
  'member.workPost.elderMigrant': {
    severity: 'review',
    fires: [patch('70 today', { ...born('1947-07-24'), workPost: '123' })],
    quiet: [patch('70 tomorrow', { ...born('1947-07-25'), workPost: '123' }), patch('70, not a migrant', { ...born('1947-07-24'), workPost: '502' })],
  },
  'member.workPost.youngRetiree': {
    severity: 'review',
    fires: [patch('45 and 退休', { ...born('1972-07-24'), workPost: '502' }), patch('30 and 内部退养', { ...born('1987-01-01'), workPost: '504' })],
    quiet: [patch('46 and 退休', { ...born('1971-07-24'), workPost: '502' }), patch('45 and working', { ...born('1972-07-24'), workPost: '011' })],
  },
  'member.workPost.reportList': {
    severity: 'review',
    fires: ['2', '301', '35', '606', '607', '608', '611'].map((workPost) => patch(workPost, { workPost })),
    quiet: ['612', '613', '011', '0211', '11'].map((workPost) => patch(workPost, { workPost })),
  },
  'member.mobile.missing': { severity: 'warning', fires: [patch('blank', { mobile: '' })], quiet: [patch('number', { mobile: 13805741234 })] },
  'member.address.noHouseNumber': {
    severity: 'warning',
    fires: [patch('village only', { address: '鄞州区下应街道湾底村' })],
    quiet: [patch('group number', { address: '鄞州区下应街道湾底村五组' })],
  },
  'member.partyStatus.notNormal': {
    fires: [patch('开除', { partyStatus: '开除党籍' }), patch('停止党籍 by default', { partyStatus: '停止党籍' }),
      { ...patch('停止党籍 allowed, not lost', { partyStatus: '停止党籍' }, stopped) }],
    quiet: [patch('保留党籍', { partyStatus: '保留党籍' }), patch('停止党籍 allowed and lost', { partyStatus: '停止党籍', ...lost }, stopped)],
  },
  'member.lostContact.report': { severity: 'review', fires: [patch('是', lost)], quiet: [patch('否', { lostContact: '否' })] },
  'member.lostContact.date': { severity: 'warning', fires: [patch('是 without date', { lostContact: '是' })], quiet: [patch('是 with year-month', lost)] },
  'member.education.degree': {
    severity: 'warning',
    fires: [patch('硕士', { education: '硕士' }), patch('博士', { education: ' 博士 ' }), patch('学士', { education: '学士' })],
    quiet: [patch('硕士研究生', { education: '硕士研究生' }), patch('12', { education: '12' }), patch('本科', { education: '本科' })],
  },
  'member.floating.destination': {
    fires: [patch('是 without', { floating: '是' }), patch('是 with empty parts', { floating: '是', floatingDestination: { province: ' ' } })],
    quiet: [patch('是 with parts', { floating: '是', floatingDestination: { province: '浙江省', city: '杭州市', county: '西湖区' } })],
  },
  'change.sensitive': {
    severity: 'review',
    fires: [{ label: 'join date changed', record: null, issues: () => diffMember(base, { ...base, joinDate: '2005-07-02' }) }],
    quiet: [{ label: 'address changed', record: null, issues: () => diffMember(base, { ...base, address: '某某路2号' }) }],
  },
  'confirm.remote': {
    severity: 'warning',
    fires: [patch('by phone', { confirmation: { kind: '电话确认', by: '李四', date: '2017-07-30', what: '信息无误' } })],
    quiet: [patch('signed', { confirmation: '本人签字' })],
  },
  'confirm.remote.incomplete': {
    fires: [patch('WeChat, nothing noted', { confirmation: '微信确认' }), patch('notes without a date', { confirmedBy: '李四', confirmedWhat: '核对无误' })],
    quiet: [patch('WeChat, all noted', { confirmation: '微信确认', confirmedBy: '李四', confirmedDate: '2017-07-30', confirmedWhat: '核对无误' })],
  },
};

describe('member rules: firing and quiet', () => {
  it('the base record is clean', () => {
    expect(issuesOf(patch('valid', {}))).toEqual([]);
  });

  it('every rule of memberRules has a scenario', () => {
    expect(memberRules.map((r) => r.id).filter((id) => !Object.hasOwn(scenarios, id))).toEqual([]);
  });

  const severityOf = new Map(memberRules.map((r) => [r.id, r.severity]));
  for (const [rule, { fires, quiet, severity }] of Object.entries(scenarios)) {
    describe(rule, () => {
      for (const c of fires) {
        it(`fires: ${c.label}`, () => {
          const found = issuesOf(c).filter((i) => i.rule === rule);
          expect(found.length).toBeGreaterThan(0);
          const expected = severity ?? severityOf.get(rule);
          if (!(rule === 'member.partyStatus.notNormal' && c.options === stopped)) expect(found[0]!.severity).toBe(expected);
          expect(found[0]!.message.length).toBeGreaterThan(0);
        });
      }
      for (const c of quiet) {
        it(`quiet: ${c.label}`, () => {
          expect(issuesOf(c).map((i) => i.rule)).not.toContain(rule);
        });
      }
    });
  }
});
