import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createMemberSchema, memberSchema } from './memberSchema.js';
import { TODAY, validMember } from './testing/fixtures.js';
import { validateMember, validateMemberWithChanges } from './validateMember.js';

describe('validateMember', () => {
  it('accepts a valid member and returns it normalised', () => {
    const r = validateMember(validMember(), { today: TODAY });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.ethnicity).toBe('01');
  });
  it('is ok exactly when no issue is an error, warnings travelling with the value', () => {
    const warned = validateMember({ ...validMember(), mobile: '' }, { today: TODAY });
    expect(warned.ok).toBe(true);
    expect(warned.issues.map((i) => i.rule)).toEqual(['member.mobile.missing']);
    const failed = validateMember({ ...validMember(), joinDate: '1995-07-01', fullDate: '1996-07-01' }, { today: TODAY });
    expect(failed.ok).toBe(false);
    expect(failed.issues.map((i) => i.rule)).toContain('member.joinDate.underage');
  });
  it('uses today for the overdue and future rules', () => {
    const member = { ...validMember(), memberType: '预备党员', fullDate: '', joinDate: '2015-07-01' };
    expect(validateMember(member, { today: '2017-06-30' }).issues.map((i) => i.rule)).not.toContain('member.probation.overdue');
    expect(validateMember(member, { today: '2017-07-02' }).issues.map((i) => i.rule)).toContain('member.probation.overdue');
  });
  it('reports a bad today option and still checks', () => {
    const r = validateMember(validMember(), { today: 'yesterday' });
    expect(r.issues[0]!.rule).toBe('options.today');
  });
  it('speaks English on request', () => {
    const r = validateMember({ ...validMember(), gender: '女' }, { today: TODAY, locale: 'en' });
    expect(r.issues[0]!.message).toBe('Gender 女 contradicts the ID number, which says 男');
  });
  it('gives the changes on request', () => {
    const { result, changes } = validateMemberWithChanges({ ...validMember(), memberType: 1 }, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(changes).toEqual([{ path: ['memberType'], before: '1', after: '正式党员' }]);
  });
});

describe('memberSchema', () => {
  it('parses a valid member to the normalised value', () => {
    const parsed = createMemberSchema({ today: TODAY }).parse({ ...validMember(), gender: 'M' });
    expect(parsed.gender).toBe('男');
  });
  it('carries error issues with their rule ids and paths', () => {
    const r = createMemberSchema({ today: TODAY }).safeParse({ ...validMember(), fullDate: '2006-06-01' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path, (i as { params?: { rule?: string } }).params?.rule])).toEqual([
      [['fullDate'], 'member.fullDate.tooEarly'],
    ]);
  });
  it('composes into larger schemas', () => {
    const batch = z.object({ branch: z.string(), members: z.array(createMemberSchema({ today: TODAY })) });
    const r = batch.safeParse({ branch: 'x', members: [validMember(), { ...validMember(), name: '' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['members', 1, 'name']);
    expect(typeof memberSchema.safeParse).toBe('function');
  });
});
