import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeGender, normalizeMemberType, normalizePartyStatus, normalizeYesNo } from './choices.js';
import { normalizeEthnicity } from './ethnicity.js';
import { hasHouseNumber } from './houseNumber.js';
import { isPlausiblePersonName, NAME_DOT, normalizePersonName } from './personName.js';

describe('normalizeGender', () => {
  it('reads the spellings spreadsheets use', () => {
    for (const male of ['男', '1', 1, '男性', 'M', 'm', 'Ｍ', ' 男 ', 'male']) expect(normalizeGender(male), String(male)).toBe('男');
    for (const female of ['女', '2', 2, '女性', 'F', 'f', 'Female']) expect(normalizeGender(female), String(female)).toBe('女');
  });
  it('rejects anything else', () => {
    for (const odd of ['未知', '0', 9, '', null, undefined, {}, true, Symbol('x'), NaN, 'x'.repeat(100_000)]) {
      expect(normalizeGender(odd)).toBeUndefined();
    }
  });
});

describe('normalizeMemberType', () => {
  it('reads 正式/预备 with and without 党员, and 1/2', () => {
    expect(['正式', '正式党员', 1, '1', ' 正式 '].map(normalizeMemberType)).toEqual(Array(5).fill('正式党员'));
    expect(['预备', '预备党员', 2, '2'].map(normalizeMemberType)).toEqual(Array(4).fill('预备党员'));
    expect(normalizeMemberType('入党积极分子')).toBeUndefined();
    expect(normalizeMemberType(3)).toBeUndefined();
  });
});

describe('normalizeYesNo', () => {
  it('reads 是/否, Y/N, ticks, 1/0, true/false', () => {
    for (const yes of ['是', 'Y', 'y', 'yes', '√', '✓', 1, '1', true, 'true', 'TRUE']) expect(normalizeYesNo(yes), String(yes)).toBe(true);
    for (const no of ['否', 'N', 'no', '×', 0, '0', false, 'false']) expect(normalizeYesNo(no), String(no)).toBe(false);
    expect(normalizeYesNo('也许')).toBeUndefined();
    expect(normalizeYesNo(2)).toBeUndefined();
  });
});

describe('normalizePartyStatus', () => {
  it('enters 保留党籍 as 正常 and keeps 停止党籍 for the policy to judge', () => {
    expect(normalizePartyStatus('正常')).toBe('正常');
    expect(normalizePartyStatus('保留党籍')).toBe('正常');
    expect(normalizePartyStatus('停止党籍')).toBe('停止党籍');
    expect(normalizePartyStatus('开除党籍')).toBeUndefined();
  });
});

describe('normalizePersonName', () => {
  it('folds every middle-dot look-alike to U+00B7', () => {
    for (const dot of ['.', '•', '・', '‧', '∙', '⋅', '･', '．', '·', '·', '․']) {
      expect(normalizePersonName(`买买提${dot}艾力`), `U+${dot.charCodeAt(0).toString(16)}`).toBe(`买买提${NAME_DOT}艾力`);
    }
  });
  it('removes spaces inside Chinese names and around the dot', () => {
    expect(normalizePersonName('张 三')).toBe('张三');
    expect(normalizePersonName('　张　三　')).toBe('张三');
    expect(normalizePersonName('阿依古丽 • 吐尔逊')).toBe('阿依古丽·吐尔逊');
  });
  it('keeps Latin names readable: single spaces, full stops kept', () => {
    expect(normalizePersonName('  John   F.  Smith ')).toBe('John F. Smith');
    expect(normalizePersonName('Ｊｏｈｎ Smith')).toBe('John Smith');
  });
  it('returns the very same string when nothing changes', () => {
    const name = '欧阳修';
    expect(normalizePersonName(name)).toBe(name);
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('张', '三', ' ', '.', '•', '・', 'a', 'B', '　', '·', '\t') }), (text) => {
        const once = normalizePersonName(text);
        expect(normalizePersonName(once)).toBe(once);
      }),
    );
  });
  it('judges plausibility: digits and control characters are not in names', () => {
    expect(isPlausiblePersonName('买买提·艾力')).toBe(true);
    expect(isPlausiblePersonName('张三2')).toBe(false);
    expect(isPlausiblePersonName('张\u0001三')).toBe(false);
  });
});

describe('hasHouseNumber', () => {
  it('accepts addresses down to the house number', () => {
    for (const address of [
      '宁波市鄞州区中山东路1288号', '钟公庙街道金家漕小区 3 幢 401 室', '下应街道湾底村五组', '某某弄 12 弄',
      '幸福小区12-3-401', '首南街道学士路十八号', '某某路１２号', '某某小区2单元', '某村4组', '福明家园12栋',
    ]) {
      expect(hasHouseNumber(address), address).toBe(true);
    }
  });
  it('rejects addresses without one', () => {
    for (const address of ['鄞州区下应街道湾底村', '宁波市鄞州区', '中山东路', '一心路', '12', '', '2017年搬迁']) {
      expect(hasHouseNumber(address), address).toBe(false);
    }
  });
  it('agrees with the rule written as a regular expression', () => {
    const rule = /[0-9０-９〇一二三四五六七八九十百千零两][ 　]*(号|室|栋|幢|单元|弄|组|座|户|楼|排)|[0-9０-９][-－—–‐][0-9０-９]/;
    const unit = fc.constantFrom('1', '２', '五', '十', '号', '室', '单', '元', '组', '-', '—', ' ', '　', '路', '村', 'a');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (address) => {
      expect(hasHouseNumber(address), address).toBe(rule.test(address));
    }), { numRuns: 5000 });
  });
  it('runs in linear time on long input', () => {
    expect(hasHouseNumber('1'.repeat(100_000))).toBe(false);
    expect(hasHouseNumber('1 '.repeat(50_000))).toBe(false);
  });
});

describe('normalizeEthnicity', () => {
  it('reads full names, short names, codes, Excel numbers and dropdown cells', () => {
    const han = { code: '01', name: '汉族' };
    for (const cell of ['汉族', '汉', '01', '1', 1, '01 汉族', ' 汉族 ', '０１']) expect(normalizeEthnicity(cell), String(cell)).toEqual(han);
    expect(normalizeEthnicity('土家')).toEqual({ code: '15', name: '土家族' });
    expect(normalizeEthnicity('火星族')).toBeUndefined();
    expect(normalizeEthnicity(null)).toBeUndefined();
  });
  it('is idempotent: its output reads back to itself', () => {
    for (const cell of ['汉', '1', '05', '01 汉族', '维吾尔']) {
      const once = normalizeEthnicity(cell)!;
      expect(normalizeEthnicity(once.name)).toEqual(once);
      expect(normalizeEthnicity(once.code)).toEqual(once);
    }
  });
});

describe('choice normalisers are idempotent', () => {
  it('each answer reads back to itself', () => {
    for (const v of ['男', '女', 'M', 2]) expect(normalizeGender(normalizeGender(v))).toBe(normalizeGender(v));
    for (const v of ['正式', '预备', 1]) expect(normalizeMemberType(normalizeMemberType(v))).toBe(normalizeMemberType(v));
    for (const v of ['是', '×', 'Y', 0]) expect(normalizeYesNo(normalizeYesNo(v))).toBe(normalizeYesNo(v));
    for (const v of ['保留党籍', '停止党籍']) expect(normalizePartyStatus(normalizePartyStatus(v))).toBe(normalizePartyStatus(v));
  });
});

describe('text helpers on values that are not strings', () => {
  it.each([42, null, undefined, {}, ['张三'], Symbol('s'), 10n, true, new String('张 三')].map((v) => [String(typeof v), v] as const))(
    '%s: the nothing result, never a throw',
    (_, value) => {
      const text = value as string;
      expect(normalizePersonName(text)).toBe('');
      expect(isPlausiblePersonName(text)).toBe(false);
      expect(hasHouseNumber(text)).toBe(false);
    },
  );
});
