import { describe, expect, it } from 'vitest';
import { normalizeOrgName } from './names.js';
import { hasPartyPrefix, isJointName, orgNameType, stripPartyPrefix } from './nameType.js';
import { readUnitSituation } from './situation.js';
import { branchOfficeMarker, isCommunityName } from './unitHeuristics.js';

describe('normalizeOrgName', () => {
  it('trims, folds full-width ASCII and removes inner white space', () => {
    expect(normalizeOrgName('  中共 ＡＢＣ公司　支部委员会\t')).toBe('中共ABC公司支部委员会');
  });
  it('writes brackets as the Chinese full-width pair', () => {
    expect(normalizeOrgName('中共某局(机关)支部')).toBe('中共某局（机关）支部');
    expect(normalizeOrgName('中共某局（机关）支部')).toBe('中共某局（机关）支部');
  });
  it('returns the same string when nothing changes', () => {
    const name = '中共鄞州区委组织部机关支部委员会';
    expect(normalizeOrgName(name)).toBe(name);
  });
  it('is idempotent', () => {
    const once = normalizeOrgName(' 中共 (x) Ｙ ');
    expect(normalizeOrgName(once)).toBe(once);
  });
  it('handles a 1 MB string in one pass', () => {
    const big = '中 '.repeat(500_000);
    expect(normalizeOrgName(big)).toHaveLength(500_000);
  });
});

describe('orgNameType', () => {
  it.each([
    ['中共鄞州区下应街道湾底村第三支部委员会', 'branch', '支部委员会'],
    ['中共某某公司党支部', 'branch', '支部'],
    ['中共某某商圈联合支部', 'branch', '支部'],
    ['中共宁波市鄞州区民政局总支部委员会', 'general-branch', '总支部委员会'],
    ['中共某某公司党总支', 'general-branch', '党总支'],
    ['中共鄞州区下应街道湾底村委员会', 'committee', '委员会'],
    ['中共某某集团党委', 'committee', '党委'],
    ['中共鄞州区下应街道工作委员会', 'work-committee', '工作委员会'],
    ['中共某某园区党工委', 'work-committee', '党工委'],
  ] as const)('%s → %s', (name, type, ending) => {
    expect(orgNameType(name)).toEqual({ type, ending });
  });
  it('is undefined for names without a type ending', () => {
    expect(orgNameType('中共某某党小组')).toBeUndefined();
  });
});

describe('prefix and joint helpers', () => {
  it('knows both prefixes', () => {
    expect(hasPartyPrefix('中国共产党某某委员会')).toBe(true);
    expect(hasPartyPrefix('某某委员会')).toBe(false);
    expect(stripPartyPrefix('中国共产党某某')).toBe('某某');
    expect(stripPartyPrefix('某某')).toBe('某某');
  });
  it('recognises joint-branch names', () => {
    expect(isJointName('中共某某联合党支部')).toBe(true);
    expect(isJointName('中共某某联合会支部委员会')).toBe(false);
  });
});

describe('name helpers on values that are not strings', () => {
  const notText: unknown[] = [42, null, undefined, {}, ['中共某某支部'], Symbol('s'), 10n, true, new String('中共某某联合支部')];
  it.each(notText.map((v) => [String(typeof v), v] as const))('%s: the nothing result, never a throw', (_, value) => {
    const text = value as string;
    expect(normalizeOrgName(text)).toBe('');
    expect(orgNameType(text)).toBeUndefined();
    expect([hasPartyPrefix(text), isJointName(text), isCommunityName(text)]).toEqual([false, false, false]);
    expect(branchOfficeMarker(text)).toBeUndefined();
    expect(readUnitSituation(text)).toBeUndefined();
  });
});
