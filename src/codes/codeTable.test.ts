// Every CodeTable method, hit and miss, on the bundled tables.
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';

const { orgCategory, workPost, education, ethnicity } = codeTables;
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', ''];

describe('get / has', () => {
  it('returns the entry for an exact code', () => {
    expect(orgCategory.get('631')).toMatchObject({ code: '631', name: '党支部', parent: '63' });
    expect(orgCategory.has('631')).toBe(true);
    expect(ethnicity.get('01')).toMatchObject({ name: '汉族', roman: 'Han', letter: 'HA' });
  });
  it('misses on anything else, including prototype names and non-strings', () => {
    for (const key of [...ODD_KEYS, '6310', ' 631', '１']) {
      expect(orgCategory.get(key), key).toBeUndefined();
      expect(orgCategory.has(key), key).toBe(false);
    }
    expect(orgCategory.get(631 as unknown as string)).toBeUndefined();
    expect(orgCategory.has(null as unknown as string)).toBe(false);
  });
  it('keeps leading zeros meaningful: 011 and 11 are different work posts', () => {
    expect(workPost.get('011')?.name).toBe('公务员');
    expect(workPost.get('11')?.name).toBe('农牧渔业生产人员');
  });
  it('hands out frozen entries that cannot change the table', () => {
    const entry = orgCategory.get('631')!;
    expect(Object.isFrozen(entry)).toBe(true);
    expect(() => {
      (entry as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(orgCategory.get('631')?.name).toBe('党支部');
    expect(Object.isFrozen(orgCategory.data)).toBe(true);
    expect(Object.isFrozen(orgCategory)).toBe(true);
  });
});

describe('isLeaf / parent / children / ancestors', () => {
  it('knows the levels', () => {
    expect(orgCategory.isLeaf('631')).toBe(true);
    expect(orgCategory.isLeaf('6')).toBe(false);
    expect(orgCategory.parent('631')).toBe('63');
    expect(orgCategory.parent('6')).toBeUndefined();
    expect(orgCategory.children('63')).toEqual(['631', '632']);
    expect(orgCategory.ancestors('631')).toEqual(['63', '6']);
    expect(workPost.ancestors('0311')).toEqual(['0']);
    expect(education.children('1')).toEqual(['11', '12', '13', '1A', '1B']);
  });
  it('misses cleanly on unknown codes and leaves', () => {
    for (const key of [...ODD_KEYS, '7']) {
      expect(orgCategory.isLeaf(key)).toBe(false);
      expect(orgCategory.parent(key)).toBeUndefined();
      expect(orgCategory.children(key)).toEqual([]);
      expect(orgCategory.ancestors(key)).toEqual([]);
    }
    expect(orgCategory.children('631')).toEqual([]);
    expect(orgCategory.ancestors('6')).toEqual([]);
  });
  it('returns fresh arrays', () => {
    const children = orgCategory.children('63');
    children.push('999' as never);
    expect(orgCategory.children('63')).toEqual(['631', '632']);
    const leaves = workPost.leaves();
    leaves.length = 0;
    expect(workPost.leaves()).toHaveLength(49);
    const entries = ethnicity.entries();
    entries.pop();
    expect(ethnicity.entries()).toHaveLength(58);
  });
});

describe('find', () => {
  it('finds names and aliases, ignoring spaces, full-width forms and letter case', () => {
    expect(orgCategory.find('党支部')).toBe('631');
    expect(orgCategory.find('支部')).toBe('631');
    expect(orgCategory.find('党支部委员会')).toBe('631');
    expect(orgCategory.find('党总支')).toBe('621');
    expect(ethnicity.find('汉')).toBe('01');
    expect(ethnicity.find(' 汉 族 ')).toBe('01');
    expect(ethnicity.find('Han')).toBe('01');
    expect(ethnicity.find('ＨＡ')).toBe('01');
    expect(ethnicity.find('崩龙族')).toBe('46');
    expect(education.find('本科')).toBe('21');
    expect(education.find('大学本科')).toBe('21');
    expect(education.find('专科')).toBe('22');
    expect(education.find('硕士')).toBe('12');
    expect(education.find('省(区,市)委党校大学')).toBe('2B');
    expect(workPost.find('其他从业人员')).toBe('612');
  });
  it('misses on unknown names, codes, shared names and non-strings', () => {
    expect(orgCategory.find('党工委')).toBeUndefined();
    expect(orgCategory.find('631')).toBeUndefined();
    expect(orgCategory.find('党组')).toBeUndefined(); // 3 and 612 both
    expect(education.find('研究生')).toBeUndefined(); // 博士 or 硕士: no alias on purpose
    for (const key of ODD_KEYS) expect(orgCategory.find(key)).toBeUndefined();
    expect(orgCategory.find(undefined as unknown as string)).toBeUndefined();
    expect(orgCategory.find('党'.repeat(1_000_000))).toBeUndefined();
  });
});

describe('entries / leaves', () => {
  it('lists entries and leaves in table order', () => {
    expect(orgCategory.entries()[0]?.code).toBe('6');
    expect(orgCategory.leaves().slice(0, 4)).toEqual(['611', '612', '621', '631']);
    expect(orgCategory.entries().length).toBe(orgCategory.data.entries.length);
    for (const code of orgCategory.leaves()) expect(orgCategory.isLeaf(code)).toBe(true);
  });
});

describe('unit tables: confidences from the reference research (2017 党内统计, real records)', () => {
  const { unitCategory, unitPartySetup } = codeTables;
  it('21, 22, 23, 3 and 4 are confirmed unit-category codes (high); 11 medium; 12–15, 5, 9 low', () => {
    for (const code of ['21', '22', '23', '3', '4']) expect(unitCategory.get(code)?.confidence, code).toBe('high');
    expect(unitCategory.get('11')?.confidence).toBe('medium');
    for (const code of ['12', '13', '14', '15', '5', '9']) expect(unitCategory.get(code)?.confidence, code).toBe('low');
  });
  it('says 11 城市街道 and 13 乡镇 rest on the one mock-up (the statistics select them by 隶属关系)', () => {
    expect(unitCategory.get('11')?.note).toContain('隶属关系');
    expect(unitCategory.get('13')?.note).toContain('隶属关系');
  });
  it('party set-up: 11 high, 13 medium (real records), 12 / 14 / 15 low', () => {
    expect(unitPartySetup.get('11')?.confidence).toBe('high');
    expect(unitPartySetup.get('13')?.confidence).toBe('medium');
    expect(unitPartySetup.get('13')?.note).toContain('real exported records');
    for (const code of ['12', '14', '15']) expect(unitPartySetup.get(code)?.confidence, code).toBe('low');
    expect(unitPartySetup.data.confidenceNote).toContain('未建立党组织');
  });
});
