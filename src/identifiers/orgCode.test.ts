import { describe, expect, it } from 'vitest';
import { isValidOrgCode, orgCodeCheckChar, parseOrgCode } from './orgCode.js';
import { oracleOrgCodeCheck } from './testing/oracle.js';

describe('parseOrgCode', () => {
  it.each([
    ['19220382-1', '192203821'], // 华为, normal digit (anchors.md C3)
    ['59498494-X', '59498494X'], // 10 → X
    ['MA31DKY8-0', 'MA31DKY80'], // 11 → 0, letters
    ['70846113-6', '708461136'],
    ['55138508-2', '551385082'],
    ['192203821', '192203821'],
    ['59498494x', '59498494X'],
    ['ma31dky8-0', 'MA31DKY80'],
    [' 19220382 － 1 ', '192203821'],
  ])('%s is valid', (input, value) => {
    expect(parseOrgCode(input)).toEqual({ ok: true, value: { value }, issues: [] });
    expect(isValidOrgCode(input)).toBe(true);
  });

  it.each([
    ['19220382-2', 'orgCode.checksum'],
    ['59498494-0', 'orgCode.checksum'],
    ['1922038-1', 'orgCode.format'],
    ['192203821-1', 'orgCode.format'],
    ['1922038*-1', 'orgCode.format'],
    ['19220382-A', 'orgCode.format'],
    ['', 'orgCode.format'],
    [null, 'orgCode.format'],
    [{ toString: (): string => '19220382-1' }, 'orgCode.format'],
  ])('%s → %s', (input, rule) => {
    const r = parseOrgCode(input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.rule)).toEqual([rule]);
  });

  it('names the expected check character, in English on request', () => {
    expect(parseOrgCode('19220382-2', { locale: 'en' }).issues[0]!.message).toBe(
      'Organisation code 192203822 has a wrong check character (1 expected)',
    );
  });

  it('orgCodeCheckChar agrees with the oracle on digits and letters', () => {
    const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let n = 0; n < 3000; n++) {
      let body = '';
      for (let k = 0; k < 8; k++) body += chars[(n * 31 + k * 17 + ((n * k) % 7)) % (n % 3 === 0 ? 36 : 10)];
      expect(orgCodeCheckChar(body)).toBe(oracleOrgCodeCheck(body));
    }
    expect(orgCodeCheckChar('1922038')).toBeUndefined();
    expect(orgCodeCheckChar('1922038a')).toBeUndefined();
  });
});
