import { describe, expect, it } from 'vitest';
import { suggestOrgName } from './suggestOrgName.js';
import { authorityFitsUnitCategory, branchOfficeMarker, isCommunityName } from './unitHeuristics.js';

describe('suggestOrgName', () => {
  it.each([
    ['鄞州区委组织部机关', '631', '中共鄞州区委组织部机关支部委员会'],
    ['宁波市鄞州区民政局', 621, '中共宁波市鄞州区民政局总支部委员会'],
    ['鄞州区下应街道湾底村', '611 党委', '中共鄞州区下应街道湾底村委员会'],
    ['某某商圈', '632', '中共某某商圈联合支部委员会'],
    ['某某工程项目', '931', '中共某某工程项目临时支部委员会'],
    ['某某工程项目', '932', '中共某某工程项目临时联合支部委员会'],
    ['某某指挥部', '911', '中共某某指挥部临时委员会'],
    ['中共 某某公司 ', '党支部', '中共某某公司支部委员会'],
  ] as const)('%s + %s → %s', (unitName, category, name) => {
    expect(suggestOrgName({ unitName, category })).toBe(name);
  });
  it.each([
    [{ unitName: '', category: '631' }],
    [{ unitName: '某公司', category: '6' }],
    [{ unitName: '某公司', category: '641' }],
    [{ unitName: '某公司', category: 'x' }],
    [{ unitName: {}, category: '631' }],
    [{ unitName: 'x'.repeat(10_000), category: '631' }],
  ])('gives nothing for %j', (input) => {
    expect(suggestOrgName(input)).toBeUndefined();
  });
  it('survives hostile input', () => {
    const hostile = new Proxy({}, { get() { throw new Error('no'); } }) as { unitName: unknown; category: unknown };
    expect(suggestOrgName(hostile)).toBeUndefined();
    expect(suggestOrgName(null as unknown as { unitName: unknown; category: unknown })).toBeUndefined();
  });
});

describe('unit heuristics', () => {
  it.each(['宁波某某有限公司鄞州分公司', '中国某某银行宁波分行', '某某银行鄞州支行', '某某证券营业部', '某某银行分理处', '某某集团驻宁波办事处'])('%s is a branch office', (name) => {
    expect(branchOfficeMarker(name)).toBeDefined();
  });
  it.each(['宁波市鄞州区下应街道办事处', '宁波市鄞州区民政局', '宁波某某有限公司'])('%s is not', (name) => {
    expect(branchOfficeMarker(name)).toBeUndefined();
  });
  it('knows communities by name', () => {
    expect(['东城社区', '东城社区居民委员会', '东城社区居委会'].every(isCommunityName)).toBe(true);
    expect(isCommunityName('鄞州区社区卫生服务中心')).toBe(false);
  });
  it('compares registration authority and unit category only where clear', () => {
    expect(authorityFitsUnitCategory('1', '4')).toBe(true);
    expect(authorityFitsUnitCategory('9', '4')).toBe(false);
    expect(authorityFitsUnitCategory('9', '23')).toBe(true);
    expect(authorityFitsUnitCategory('N', '22')).toBe(true);
    expect(authorityFitsUnitCategory('N', '15')).toBeUndefined();
    expect(authorityFitsUnitCategory('5', '5')).toBeUndefined();
    expect(authorityFitsUnitCategory('', '4')).toBeUndefined();
  });
});
