import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCodeTable } from '../codes/index.js';
import { resolveOptions } from '../options.js';
import { checkMemberRecord } from './checkMemberRecord.js';
import { makeIdNumber, TODAY, validMember } from './testing/fixtures.js';

const ctx = resolveOptions({ today: TODAY });
const check = (record: unknown) => checkMemberRecord(record, ctx);
const rules = (record: unknown) => check(record).issues.map((i) => i.rule);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('checkMemberRecord: a clean record', () => {
  it('returns the normalised draft and shares the frozen empty lists', () => {
    const a = check(validMember());
    const b = check(validMember());
    expect(a.issues).toEqual([]);
    expect(a.changes).toEqual([]);
    expect(Object.isFrozen(a.issues) && a.issues === b.issues && a.changes === b.changes).toBe(true);
    expect(a.member).toMatchObject({
      name: '张建华', gender: '男', ethnicity: '01', ethnicityName: '汉族', birthDate: '1980-03-15', memberType: '正式党员',
      joinDate: '2005-07-01', fullDate: '2006-07-01', workPost: '011', mobile: '13805741234', partyStatus: '正常',
      lostContact: false, floating: false,
    });
  });
  it('keeps unknown columns in extra, even __proto__', () => {
    const record = JSON.parse(JSON.stringify({ ...validMember(), 备注: '老党员', 序号: 12 }).replace('"备注"', '"__proto__":{"x":1},"备注"'));
    const { member, issues } = check(record);
    expect(issues).toEqual([]);
    expect(member.extra['备注']).toBe('老党员');
    expect(member.extra['序号']).toBe(12);
    expect(Object.getOwnPropertyDescriptor(member.extra, '__proto__')?.value).toEqual({ x: 1 });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('checkMemberRecord: normalising is idempotent', () => {
  it('a normalised member reads back to itself, with no changes', () => {
    const messy = {
      ...validMember(), name: ' 买买提 • 艾力 ', gender: 1, ethnicity: '1', birthDate: '1980/3/15', memberType: '正式',
      joinDate: '2005年7月1日', fullDate: '20060701', mobile: 13805741234, landline: '(0574) 8765 4321', partyStatus: '保留党籍',
      lostContact: 'N', floating: '√', floatingDestination: { province: '浙江省', city: '杭州市' }, education: '21 大学',
      workPost: 11, confirmation: '电话确认', confirmedBy: '李四', confirmedDate: '2017/7/30', confirmedWhat: '核对无误', 备注: '老党员',
    };
    const once = check(messy);
    expect(once.changes.length).toBeGreaterThan(10);
    const twice = check(once.member);
    expect(twice.member).toEqual(once.member);
    expect(twice.changes).toEqual([]);
    expect(twice.issues).toEqual(once.issues);
  });
});

describe('checkMemberRecord: normalisation is reported', () => {
  it('lists every change, with ID and phone numbers masked', () => {
    const id = makeIdNumber('1990-01-01', '女', '330212', 12).replace('X', 'x');
    const { member, changes } = check({
      ...validMember(), name: '阿依古丽 • 吐尔逊', gender: 2, ethnicity: '维吾尔', idNumber: ` ${id} `, birthDate: '1990/1/1',
      memberType: '正式', joinDate: '20100701', fullDate: '2011年7月1日', mobile: '+86 138-0574-1234', partyStatus: '保留党籍',
      lostContact: 'N', education: '21 大学',
    });
    expect(member).toMatchObject({ name: '阿依古丽·吐尔逊', gender: '女', ethnicity: '05', ethnicityName: '维吾尔族', partyStatus: '正常' });
    const byField = Object.fromEntries(changes.map((c) => [c.path.join('.'), [c.before, c.after]]));
    expect(byField).toMatchObject({
      name: ['阿依古丽 • 吐尔逊', '阿依古丽·吐尔逊'], gender: ['2', '女'], ethnicity: ['维吾尔', '维吾尔族'],
      birthDate: ['1990/1/1', '1990-01-01'], memberType: ['正式', '正式党员'], joinDate: ['20100701', '2010-07-01'],
      fullDate: ['2011年7月1日', '2011-07-01'], partyStatus: ['保留党籍', '正常'], lostContact: ['N', '否'],
    });
    expect(byField['education']).toBeUndefined();
    const shown = JSON.stringify(changes);
    expect(shown).not.toContain(id.slice(6, 14));
    expect(shown).not.toContain('05741234');
    expect(byField['mobile']?.[1]).toBe('138****1234');
  });
  it('takes a blank gender and birth date from the ID number, as changes', () => {
    const { member, issues, changes } = check({ ...validMember(), gender: '', birthDate: undefined });
    expect(issues).toEqual([]);
    expect(member).toMatchObject({ gender: '男', birthDate: '1980-03-15' });
    expect(changes.map((c) => c.path[0])).toEqual(['gender', 'birthDate']);
  });
  it('files parser issues under the field', () => {
    const issues = check({ ...validMember(), idNumber: '330212198003150000', joinDate: '2005-13-01', education: '1' }).issues;
    expect(issues.find((i) => i.rule.startsWith('id.'))?.path).toEqual(['idNumber']);
    expect(issues.find((i) => i.rule === 'date.format')?.path).toEqual(['joinDate']);
    expect(issues.find((i) => i.rule === 'code.notLeaf')?.path).toEqual(['education']);
  });
  it('does not assume a day for the year-month 失联 date, but does for join dates', () => {
    const lost = check({ ...validMember(), lostContact: '是', lostContactDate: '2016-03', joinDate: '2005-07', fullDate: '2006-07-01' });
    expect(lost.member.lostContactDate).toBe('2016-03-01');
    expect(lost.issues.filter((i) => i.rule === 'date.dayAssumed').map((i) => i.path)).toEqual([['joinDate']]);
  });
});

describe('checkMemberRecord: a member who lost contact', () => {
  it('is collected with what is known: blank fields are warnings', () => {
    const { issues } = check({ name: '王五', lostContact: '是', lostContactDate: '2015年6月', memberType: '正式党员' });
    const blank = issues.filter((i) => i.rule.endsWith('.required') || i.rule === 'member.fullDate.missing');
    expect(blank.length).toBeGreaterThan(5);
    expect(blank.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => i.rule)).toContain('member.lostContact.report');
  });
  it('still needs a name', () => {
    expect(check({ lostContact: '是', lostContactDate: '2015-06' }).issues.find((i) => i.rule === 'member.name.required')?.severity).toBe('error');
  });
});

describe('checkMemberRecord: never throws, never mutates', () => {
  it('turns any value into issues', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }), (value) => {
        const r = check(value);
        expect(Array.isArray(r.issues)).toBe(true);
        expect(r.member).toBeTypeOf('object');
      }),
      { numRuns: 500 },
    );
  });
  it('survives hostile fields in a valid record', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(validMember()), 'confirmation', 'floatingDestination', 'confirmedDate'),
        fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }),
        (field, value) => {
          expect(() => check({ ...validMember(), [field]: value })).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('survives proxies, revoked proxies, cycles and huge strings', () => {
    const throwing = new Proxy({}, { get() { throw new Error('get'); }, ownKeys() { throw new Error('keys'); } });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic: Record<string, unknown> = { ...validMember() };
    cyclic['self'] = cyclic;
    cyclic['confirmation'] = cyclic;
    cyclic['floatingDestination'] = cyclic;
    const huge = 'x'.repeat(1_000_000);
    for (const value of [throwing, revoked, cyclic, huge, { ...validMember(), name: huge, idNumber: huge, joinDate: huge, ethnicity: huge }]) {
      const r = check(value);
      expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });
  it('leaves a deep-frozen input untouched', () => {
    const input = deepFreeze({ ...validMember(), name: ' 张 三 ', confirmation: { kind: 'remote', by: '李四' }, floatingDestination: { province: '浙江' } });
    const copy = structuredClone(input);
    check(input);
    expect(input).toEqual(copy);
  });
  it('never puts a full ID or phone number in a message', () => {
    const id = makeIdNumber('1980-03-15', '男');
    const r = check({ ...validMember(), name: id, gender: '13805741234', address: `电话 13805741234 身份证 ${id}`, mobile: '23805741234' });
    const text = JSON.stringify(r.issues) + JSON.stringify(r.changes);
    expect(text).not.toContain(id.slice(0, 17));
    expect(text).not.toContain('3805741234');
  });
});

describe('trimming is a reported change', () => {
  it('reports a trimmed name and address with the untrimmed text as before', () => {
    const { member, changes } = checkMemberRecord({ ...validMember(), name: ' 张三 ', address: '某某路1号 ' }, ctx);
    expect([member.name, member.address]).toEqual(['张三', '某某路1号']);
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: ['name'], before: ' 张三 ', after: '张三' },
        { path: ['address'], before: '某某路1号 ', after: '某某路1号' },
      ]),
    );
  });

  it('reports a trimmed 外出流向 of a 流动 member', () => {
    const { member, changes } = checkMemberRecord({ ...validMember(), floating: '是', floatingDestination: '浙江省杭州市 ' }, ctx);
    expect(member.floatingDestination).toBe('浙江省杭州市');
    expect(changes).toContainEqual({ path: ['floatingDestination'], before: '浙江省杭州市 ', after: '浙江省杭州市' });
  });

  it('reports nothing for cells already clean', () => {
    expect(checkMemberRecord(validMember(), ctx).changes).toEqual([]);
    expect(checkMemberRecord({ ...validMember(), floating: '是', floatingDestination: '浙江省杭州市' }, ctx).changes).toEqual([]);
  });
});

describe('a polluted Object.prototype', () => {
  it('lends no field to a record (own properties only)', () => {
    const { partyStatus: _dropped, ...record } = validMember();
    const proto = Object.prototype as Record<string, unknown>;
    proto.partyStatus = '正常';
    try {
      const result = checkMemberRecord(record, resolveOptions({ today: TODAY }));
      expect(result.member.partyStatus).toBeUndefined();
      expect(result.issues.map((i) => i.rule)).toContain('member.partyStatus.required');
    } finally {
      delete proto.partyStatus;
    }
  });

  it('changes nothing when the prototype is clean', () => {
    const { partyStatus: _dropped, ...record } = validMember();
    expect(checkMemberRecord(record, ctx).issues.map((i) => i.rule)).toContain('member.partyStatus.required');
    expect(checkMemberRecord(validMember(), ctx).member.partyStatus).toBe('正常');
  });
});

describe('checkMemberRecord: an incomplete user-supplied table', () => {
  const table = (id: 'ethnicity' | 'education', entries: { code: string; name: string }[]) => {
    const r = defineCodeTable({ id, title: id, standard: 'a district appendix', complete: false, confidence: 'high', sources: [], entries });
    if (!r.ok) throw new Error('fixture table');
    return r.value;
  };
  const tables = {
    ethnicity: table('ethnicity', [{ code: '01', name: '汉族' }, { code: '02', name: '蒙古族' }]),
    education: table('education', [{ code: '21', name: '大学' }]),
  };
  const withTables = resolveOptions({ today: TODAY, tables });
  it('an unlisted 民族 code (57) gives code.unverified under ethnicity, as an unlisted 学历 code does', () => {
    const r = checkMemberRecord({ ...validMember(), ethnicity: '57', education: '22' }, withTables);
    expect(r.issues.map((i) => [i.rule, i.path, i.severity])).toEqual([
      ['code.unverified', ['ethnicity'], 'warning'],
      ['code.unverified', ['education'], 'warning'],
    ]);
    expect(r.member.ethnicity).toBe('57');
    expect(r.member.ethnicityName).toBeUndefined();
  });
  it('a listed code stays quiet (and takes the shortcut of canonical records)', () => {
    expect(checkMemberRecord({ ...validMember(), ethnicity: '汉族', education: '21' }, withTables).issues).toEqual([]);
  });
});
