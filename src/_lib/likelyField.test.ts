import { describe, expect, it } from 'vitest';
import { validateMember } from '../member/validateMember.js';
import { validateOrg } from '../org/validateOrg.js';
import { editDistance, likelyField, misnamedKeys } from './likelyField.js';

const fields = [{ key: 'name', labels: ['姓名'] }, { key: 'idNumber', labels: ['公民身份证号'] }, { key: 'contactPhone', labels: ['联系电话'] }];

describe('likelyField', () => {
  it('finds a transposition, a case or separator variant, a Chinese label', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(likelyField('nmae', fields)).toBe('name');
    expect(likelyField('IDNumber', fields)).toBe('idNumber');
    expect(likelyField('contact_phone', fields)).toBe('contactPhone');
    expect(likelyField('idNumbr', fields)).toBe('idNumber');
    expect(likelyField('姓名', fields)).toBe('name');
  });
  it('is quiet for real fields, unrelated keys, non-strings and very long keys', () => {
    expect(likelyField('name', fields)).toBeUndefined();
    expect(likelyField('remark', fields)).toBeUndefined();
    expect(likelyField(42, fields)).toBeUndefined();
    expect(likelyField('n'.repeat(10_000), fields)).toBeUndefined();
    expect(misnamedKeys(null, fields)).toEqual([]);
    expect(misnamedKeys(new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }), fields)).toEqual([]);
  });
});

describe('member.key.misnamed and org.key.misnamed', () => {
  it('fires for { nmae } and { 姓名 } beside the required error, naming the field', () => {
    for (const key of ['nmae', '姓名']) {
      const hint = validateMember({ [key]: '张三' }, { today: '2017-07-24' }).issues.find((i) => i.rule === 'member.key.misnamed');
      expect(hint?.path).toEqual([key]);
      expect(hint?.severity).toBe('warning');
      expect(hint?.message).toContain('“name”（姓名）');
    }
    const org = validateOrg({ catgory: '631' }, { locale: 'en' }).issues.find((i) => i.rule === 'org.key.misnamed');
    expect(org?.message).toContain('did you mean "category"');
  });
  it('is quiet for well-named records and for keys that resemble no field (kept in extra)', () => {
    const member = validateMember({ name: '张三', remark: '备注' }, { today: '2017-07-24' });
    expect(member.issues.filter((i) => i.rule === 'member.key.misnamed')).toEqual([]);
    const org = validateOrg({ name: '中共某某支部委员会', 备注: 'x' });
    expect(org.issues.filter((i) => i.rule === 'org.key.misnamed')).toEqual([]);
  });
});
