import { describe, expect, it } from 'vitest';
import { isValidCreditCode, parseCreditCode } from './creditCode.js';
import { creditCodeCheckChar } from './creditCodeScan.js';
import { REGISTRATION_TABLE_VERSION } from './creditCodeTables.js';
import data from '../../codes/identifiers/credit-code-registration.json' with { type: 'json' };
import { oracleCreditCodeCheck, oracleOrgCodeCheck } from './testing/oracle.js';

/** Builds a code from its parts with the oracle's check characters. */
function build(authorityType: string, region: string, orgBody: string): string {
  const first17 = authorityType + region + orgBody + oracleOrgCodeCheck(orgBody);
  return first17 + oracleCreditCodeCheck(first17);
}
const rules = (input: unknown, options?: object) => parseCreditCode(input, options as never).issues.map((i) => i.rule);

describe('parseCreditCode: the published examples (reference/anchors.md C2)', () => {
  it.each([
    ['914403001922038216', '192203821', '440300'], // 华为技术有限公司
    ['91440300708461136T', '708461136', '440300'], // 深圳市腾讯计算机系统有限公司
    ['91110108551385082Q', '551385082', '110108'], // 小米科技有限责任公司
    ['9135021359498494XQ', '59498494X', '350213'], // embedded check X
    ['91350503MA31DKY80A', 'MA31DKY80', '350503'], // embedded check 0, letters in the body
  ])('%s', (input, orgCode, regionCode) => {
    expect(parseCreditCode(input)).toEqual({
      ok: true,
      value: { value: input, orgCode, regionCode, authority: { code: '9', name: '工商（市场监管）' }, orgType: { code: '1', name: '企业' } },
      issues: [],
    });
    expect(isValidCreditCode(input)).toBe(true);
  });

  it('normalises case, full-width characters, spaces and dashes', () => {
    for (const input of ['91110108551385082q', ' 9111 0108 5513 8508 2Q ', '91110108-55138508-2Q', '９１１１０１０８５５１３８５０８２Ｑ']) {
      expect(parseCreditCode(input)).toMatchObject({ ok: true, value: { value: '91110108551385082Q' } });
    }
  });
});

describe('parseCreditCode: authorities and types from the data table', () => {
  it.each([
    ['11', '机构编制', '机关'],
    ['12', '机构编制', '事业单位'],
    ['51', '民政', '社会团体'],
    ['92', '工商（市场监管）', '个体工商户'],
    ['A1', '中央军委改革和编制办公室', '军队事业单位'],
    ['N2', '农业', '村级集体经济组织'],
    ['Y1', '其他', '其他'],
    ['54', '民政', '村民委员会'],
    ['55', '民政', '居民委员会'],
  ])('%s', (pair, authority, orgType) => {
    const r = parseCreditCode(build(pair, '330212', 'MA2GXY01'));
    expect(r).toMatchObject({ ok: true, value: { authority: { name: authority }, orgType: { name: orgType } } });
  });

  it.each(['10', '94', 'Y2', 'B1', '00', '37', 'G2', 'Q4'])('unknown pair %s → creditCode.authority (severity configurable)', (pair) => {
    const code = build(pair, '330212', '12345678');
    expect(rules(code)).toEqual(['creditCode.authority']);
    const lenient = parseCreditCode(code, { authority: 'warning' });
    expect(lenient).toMatchObject({ ok: true, value: { authority: { code: pair[0] }, orgType: { code: pair[1] } } });
    expect(lenient.issues.map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('parseCreditCode: village and residents\' committees (54/55) and pairs only reported', () => {
  it.each(['54', '55'])('%s, accepted since villages and communities became special legal persons (2017)', (pair) => {
    const code = build(pair, '330212', 'MA2GXY01');
    expect(parseCreditCode(code)).toMatchObject({ ok: true, issues: [] });
    expect(isValidCreditCode(code)).toBe(true);
  });
  it.each([
    ['G1', '公安', '境外非政府组织代表机构'],
    ['G9', '公安', '其他'],
    ['J1', '住房城乡建设', '业主大会'],
    ['J9', '住房城乡建设', '其他'],
    ['Q1', '侨联', '区县级侨联组织'],
    ['Q2', '侨联', '乡镇级侨联组织'],
    ['Q3', '侨联', '村级侨联组织'],
    ['Q9', '侨联', '其他'],
    ['36', '司法行政', '商事调解组织'],
    ['82', '工会', '非法人工会组织'],
    ['99', '工商（市场监管）', '其他'],
  ])('%s is only reported: accepted with creditCode.authorityUnconfirmed (warning)', (pair, authority, orgType) => {
    const code = build(pair, '330212', '12345678');
    const r = parseCreditCode(code);
    expect(r).toMatchObject({ ok: true, value: { authority: { name: authority }, orgType: { name: orgType } } });
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['creditCode.authorityUnconfirmed', 'warning']]);
    expect(r.issues[0]!.message).toContain(pair);
    expect(isValidCreditCode(code)).toBe(true);
    expect(parseCreditCode(code, { allowList: [code] }).issues).toEqual([]);
  });
  it('an unconfirmed pair with a wrong check character is still a checksum error', () => {
    const code = build('J1', '330212', '12345678');
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(rules(wrong)).toEqual(['creditCode.authorityUnconfirmed', 'creditCode.checksum']);
    expect(isValidCreditCode(wrong)).toBe(false);
  });
});

describe('parseCreditCode: invalid fixtures', () => {
  it.each([
    ['91110108551385082', 'creditCode.format'],
    ['91110108551385082QQ', 'creditCode.format'],
    ['91110108551385082I', 'creditCode.format'],
    ['9111010855138508OQ', 'creditCode.format'], // letter O (a real data-entry error, forms.md §6)
    ['911101085513S5082Q', 'creditCode.format'],
    ['91A10108551385082Q', 'creditCode.format'], // region positions must be digits
    ['91110108551385082Z', 'creditCode.format'],
    ['', 'creditCode.format'],
    ['914403001922038217', 'creditCode.checksum'],
  ])('%s → %s', (input, rule) => {
    expect(rules(input)).toEqual([rule]);
    expect(isValidCreditCode(input)).toBe(false);
  });

  it('a wrong embedded organisation-code check is a checksum error at position 17', () => {
    const first17 = '9144030019220382' + '2';
    const code = first17 + oracleCreditCodeCheck(first17);
    const r = parseCreditCode(code, { locale: 'en' });
    expect(r.issues.map((i) => i.rule)).toEqual(['creditCode.checksum']);
    expect(r.issues[0]!.message).toContain('position 17');
  });

  it('a non-ASCII character whose low bits equal a valid one is still a format error', () => {
    for (let at = 0; at < 18; at++) {
      const code = '914403001922038216';
      const alias = String.fromCharCode(0x1100 + code.charCodeAt(at)); // same low 7 bits
      expect(rules(code.slice(0, at) + alias + code.slice(at + 1))).toEqual(['creditCode.format']);
    }
  });

  it.each([null, undefined, 914403001922038216, {}, ['914403001922038216'], Symbol.iterator])('non-text %s → creditCode.format', (input) => {
    expect(rules(input)).toEqual(['creditCode.format']);
  });
});

describe('peer bugs as regression tests', () => {
  it('stdnum: codes whose check character is 0 are valid (alphabet[31] bug)', () => {
    let found = 0;
    for (let n = 0; n < 400 && found < 5; n++) {
      const code = build('91', '330212', String(10000000 + n * 7919));
      if (code.endsWith('0')) {
        found++;
        expect(isValidCreditCode(code)).toBe(true);
      }
    }
    expect(found).toBe(5);
  });
  it('stdnum: A…, N… and Y… codes (letters in positions 1–2) are valid', () => {
    for (const pair of ['A1', 'N1', 'Y1']) expect(isValidCreditCode(build(pair, '110000', '12345678'))).toBe(true);
  });
  it('Hutool #1367/#2020: citizen IDs that pass the MOD 31 check are still rejected (pair and embedded check)', () => {
    for (const id of ['362322198709086409', '430407199312020025']) {
      // 36 is an unconfirmed pair (a warning), 43 no pair at all; the embedded check rejects both.
      expect(rules(id)).toContain(id.startsWith('36') ? 'creditCode.authorityUnconfirmed' : 'creditCode.authority');
      expect(rules(id)).toContain('creditCode.checksum');
      expect(isValidCreditCode(id)).toBe(false);
    }
  });
  it('Hutool #2020/#4119: Xiamen pre-2016 codes fail the check; checksum→warning or an allow-list accepts them', () => {
    const xiamen = ['91350203M0001FUE2P', '91350203M0001QKT19'];
    for (const code of xiamen) {
      expect(rules(code)).toEqual(['creditCode.checksum']);
      const warned = parseCreditCode(code, { checksum: 'warning' });
      expect(warned.ok).toBe(true);
      expect(warned.issues.map((i) => i.severity)).toEqual(['warning']);
      expect(parseCreditCode(code, { allowList: xiamen })).toMatchObject({ ok: true, issues: [] });
    }
    expect(parseCreditCode('91350203M0001FUE2P', { allowList: ['91350203M0001QKT19'] }).ok).toBe(false);
    expect(parseCreditCode('91350203M0001FUE2P', { allowList: 'x' } as never).ok).toBe(false);
  });
  it('cloud-utils: an unanchored regex let 111111111111111111 pass', () => {
    expect(isValidCreditCode('111111111111111111')).toBe(false);
  });
  it('18 zeros pass the bare GB 32100 check but are no credit code (the unit-code placeholder)', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(isValidCreditCode('000000000000000000')).toBe(false);
  });
  it('prototype-chain names as options or input are plain data', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      expect(rules(key)).toEqual(['creditCode.format']);
      expect(parseCreditCode('914403001922038216', { checksum: key, authority: key, allowList: [key], locale: key } as never).ok).toBe(true);
    }
  });
});

describe('helpers', () => {
  it('creditCodeCheckChar agrees with the oracle and the worked examples', () => {
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('91110108551385082')).toBe('Q');
    for (let n = 0; n < 2000; n++) {
      const first17 = `9${'1259AY'[n % 6]}330212${String(n * 104729).padStart(8, '0').slice(-8)}${n % 10}`;
      expect(creditCodeCheckChar(first17)).toBe(oracleCreditCodeCheck(first17));
    }
    expect(creditCodeCheckChar('9144030019220382I')).toBeUndefined();
    expect(creditCodeCheckChar(null as never)).toBeUndefined();
  });
});

describe('the registration table (codes/identifiers/credit-code-registration.json)', () => {
  it('is versioned after the 54/55 research and says the widely copied table is one lineage', () => {
    expect(REGISTRATION_TABLE_VERSION).toBe('2026-12');
    expect(data.notes.join(' ')).toMatch(/one lineage/i);
  });
  it('gives 54 and 55 medium confidence with their sources; unconfirmed pairs carry sources too', () => {
    const civil = data.authorities.find((a) => a.code === '5')!;
    for (const code of ['4', '5']) {
      const type = civil.types.find((t) => t.code === code) as { confidence?: string; sources?: string[] } | undefined;
      expect(type?.confidence, `5${code}`).toBe('medium');
      expect(type?.sources?.length, `5${code}`).toBeGreaterThanOrEqual(3);
    }
    for (const a of data.unconfirmed.authorities) for (const t of a.types) expect(t.sources.length, a.code + t.code).toBeGreaterThan(0);
  });
});
