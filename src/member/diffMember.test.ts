import { describe, expect, it } from 'vitest';
import { compareMembers, diffMember } from './diffMember.js';
import { makeIdNumber, validMember } from './testing/fixtures.js';

const before = validMember();

describe('diffMember', () => {
  it('flags each sensitive field that changed, for checking against the file', () => {
    const after = {
      ...before, name: '张建化', gender: '女', ethnicity: '回族', idNumber: makeIdNumber('1980-03-16', '女'),
      birthDate: '1980-03-16', joinDate: '2005-07-02', fullDate: '2006-07-02',
    };
    const issues = diffMember(before, after);
    expect(issues.map((i) => i.path[0])).toEqual(['name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'joinDate', 'fullDate']);
    expect(issues.every((i) => i.rule === 'change.sensitive' && i.severity === 'review')).toBe(true);
    expect(issues[0]!.message).toBe('姓名由“张建华”改为“张建化”，须查核党员档案');
  });
  it('masks ID numbers in its messages', () => {
    const other = makeIdNumber('1980-03-15', '男', '330212', 99);
    const [issue] = diffMember(before, { ...before, idNumber: other });
    expect(issue!.message).toContain('330212********');
    expect(issue!.message).not.toContain(other.slice(6, 14));
  });
  it('sees no change in case, spacing, full-width or spreadsheet forms', () => {
    const id = String(before['idNumber']);
    const after = {
      ...before, name: ' 张 建华 ', gender: '男性', ethnicity: '01 汉族', idNumber: `${id.slice(0, 6)} ${id.slice(6)}`,
      birthDate: '1980/3/15', joinDate: '2005年7月1日', fullDate: '20060701',
    };
    expect(diffMember(before, after)).toEqual([]);
  });
  it('compares values that do not parse by their loose text', () => {
    expect(diffMember({ ...before, joinDate: '不详' }, { ...before, joinDate: ' 不 详 ' })).toEqual([]);
    expect(diffMember({ ...before, joinDate: '不详' }, { ...before, joinDate: '2005-07-01' }).map((i) => i.path)).toEqual([['joinDate']]);
  });
  it('speaks English on request', () => {
    expect(diffMember(before, { ...before, name: '张三' }, { locale: 'en' })[0]!.message).toBe(
      'Name changed from "张建华" to "张三": check the member\'s file',
    );
  });
  it('never throws, and says which side is no record', () => {
    expect(diffMember(null, before).map((i) => [i.rule, i.path])).toEqual([['member.record.invalid', ['before']]]);
    expect(() => diffMember(Symbol('x'), new Proxy({}, { get() { throw new Error('x'); } }))).not.toThrow();
  });
});

describe('compareMembers', () => {
  it('lists other changes too, unknown columns included, phones masked', () => {
    const { issues, changes } = compareMembers(
      { ...before, 备注: 'a' },
      { ...before, address: '宁波市鄞州区中山东路1290号', mobile: '13905741234', workPost: '0211', 备注: 'b' },
    );
    expect(issues).toEqual([]);
    expect(changes).toEqual([
      { path: ['workPost'], before: '011', after: '0211' },
      { path: ['mobile'], before: '138****1234', after: '139****1234' },
      { path: ['address'], before: '宁波市鄞州区中山东路1288号', after: '宁波市鄞州区中山东路1290号' },
      { path: ['extra', '备注'], before: 'a', after: 'b' },
    ]);
  });
});
