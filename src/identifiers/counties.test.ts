import { describe, expect, it } from 'vitest';
import data from '../../codes/identifiers/gbt2260-counties.json' with { type: 'json' };
import { hasKnownCountyPrefix, isKnownCountyCode } from './counties.js';

/** Every code the data file lists, decoded independently of the module's bit set. */
const listed = Object.entries(data.codes).flatMap(([prefix, endings]) =>
  Array.from({ length: endings.length / 2 }, (_, i) => `${prefix}${endings.slice(2 * i, 2 * i + 2)}`),
);

describe('county codes', () => {
  it('knows every listed code, as a code and as an ID-number prefix', () => {
    expect(listed.length).toBe(data.count);
    for (const code of listed) {
      expect(isKnownCountyCode(code), code).toBe(true);
      expect(hasKnownCountyPrefix(`${code}19491231002X`), code).toBe(true);
    }
  });

  it('rejects every unlisted code of the listed prefectures (no false positives from the bit set)', () => {
    const known = new Set(listed);
    let checked = 0;
    for (const prefix of Object.keys(data.codes)) {
      for (let ending = 1; ending < 100; ending++) {
        const code = `${prefix}${String(ending).padStart(2, '0')}`;
        if (known.has(code)) continue;
        checked++;
        expect(isKnownCountyCode(code), code).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('accepts province-level codes and rejects what is not six digits', () => {
    expect(isKnownCountyCode('110000')).toBe(true);
    expect(isKnownCountyCode('11010')).toBe(false);
    expect(isKnownCountyCode('11010x')).toBe(false);
    expect(hasKnownCountyPrefix('１１０１０５')).toBe(false);
  });
});
