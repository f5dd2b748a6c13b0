import { describe, expect, it } from 'vitest';
import { diffOrg } from './diffOrg.js';

describe('diffOrg', () => {
  it('fires change.orgName (review) when the name changes', () => {
    const issues = diffOrg({ name: '中共某某支部委员会' }, { name: '中共某某第一支部委员会' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'change.orgName', severity: 'review', path: ['name'] });
    expect(issues[0]?.message).toContain('中共某某第一支部委员会');
  });
  it('stays quiet when only spacing or bracket style differs', () => {
    expect(diffOrg({ name: '中共某某(机关)支部' }, { name: ' 中共 某某（机关）支部' })).toEqual([]);
  });
  it('does not compare blank or unreadable names, and never throws', () => {
    expect(diffOrg({ name: '' }, { name: '中共甲' })).toEqual([]);
    expect(diffOrg(null, Symbol('x'))).toEqual([]);
    const hostile = new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('x'); } });
    expect(diffOrg(hostile, { name: '中共甲' })).toEqual([]);
  });
  it('speaks English when asked', () => {
    expect(diffOrg({ name: '中共甲' }, { name: '中共乙' }, { locale: 'en' })[0]?.message).toMatch(/^The org name changed/);
  });
});
