// The fast paths must agree with the full parsers: whatever they accept, the parser returns unchanged and
// without issues. Checked on generated canonical-looking input, near misses included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from './date.js';
import { parseIdNumber } from './idNumber.js';
import { idNumberCheckChar } from './idNumberScan.js';
import { parseLandline } from './landline.js';
import { parseMobile } from './mobile.js';
import { creditCodeCheckChar } from './creditCodeScan.js';
import { CREDIT_CODE_ALPHABET } from './creditCodeTables.js';
import { parseUnitCode } from './unitCode.js';
import { canonicalCreditCode, canonicalDate, canonicalIdNumber, canonicalLandline, canonicalMobile, idBirthDate, idGender, idHasBirthDate } from './canonical.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const noise = fc.constantFrom('', ' ', '-', 'x', 'X', '０', '/', '.');

describe('fast paths agree with the full parsers', () => {
  it('canonicalDate', () => {
    const candidate = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.date({ min: new Date(900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.tuple(fc.string({ maxLength: 12 }), noise).map(([s, n]) => s + n),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const fast = canonicalDate(text);
        const full = parseDate(text);
        if (fast !== undefined) expect(full).toEqual({ ok: true, value: { value: fast, dayAssumed: false }, issues: [] });
        else if (full.ok && full.issues.length === 0) expect(full.value.value).not.toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalIdNumber', () => {
    const today = '2017-07-24';
    const valid = fc.tuple(digits(6), fc.integer({ min: 1880, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), digits(3))
      .map(([r, y, m, d, s]) => {
        const first17 = `${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${s}`;
        return first17 + (idNumberCheckChar(first17) ?? '0');
      });
    const candidate = fc.oneof(valid, valid.map((v) => v.toLowerCase()), valid.map((v) => v.slice(0, 17) + '5'), digits(18), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(candidate, (text) => {
        const fast = canonicalIdNumber(text, 1900, 20170724);
        const full = parseIdNumber(text, { today, minBirthYear: 1900 });
        if (fast !== undefined) {
          expect(full).toEqual({ ok: true, value: { value: fast, regionCode: text.slice(0, 6), birthDate: idBirthDate(fast), gender: idGender(fast) }, issues: [] });
          expect(idHasBirthDate(fast, idBirthDate(fast))).toBe(true);
        } else if (full.ok && full.issues.length === 0) expect(full.value.value).not.toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalCreditCode', () => {
    const ccChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
    const body = fc.tuple(fc.constantFrom('91', '92', '93', '11', '12', '51', '52', '53', '54', 'Y1', '1A', '00'), fc.array(ccChar, { minLength: 15, maxLength: 15 }))
      .map(([head, rest]) => head + rest.join(''));
    const candidate = fc.oneof(
      body.map((b) => b + (creditCodeCheckChar(b) ?? '0')),
      fc.tuple(body, ccChar).map(([b, c]) => b + c),
      fc.tuple(body, noise).map(([b, n]) => (b + (creditCodeCheckChar(b) ?? '0') + n).toLowerCase()),
      fc.constantFrom('91440300708461136T', '91440300708461136t', ' 91440300708461136T', '000000000000000000', 91440300708461136),
    );
    fc.assert(
      fc.property(candidate, fc.constantFrom('error', 'warning') as fc.Arbitrary<'error' | 'warning'>, (input, creditCodeChecksum) => {
        const fast = canonicalCreditCode(input);
        const full = parseUnitCode(input, { creditCodeChecksum });
        if (fast !== undefined) expect(full).toEqual({ ok: true, value: { value: fast, kind: 'creditCode' }, issues: [] });
        else if (full.ok && full.issues.length === 0 && typeof input === 'string') expect(full.value.value).not.toBe(input);
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalMobile', () => {
    const candidate = fc.oneof(
      digits(11).map((d) => `1${d.slice(1)}`),
      fc.integer({ min: 10_000_000_000, max: 19_999_999_999 }),
      fc.tuple(digits(11), noise).map(([d, n]) => d + n),
      fc.double(),
    );
    for (const check of ['segments', 'loose'] as const) {
      fc.assert(
        fc.property(candidate, (input) => {
          const fast = canonicalMobile(input, check);
          const full = parseMobile(input, { check });
          if (fast !== undefined) expect(full).toEqual({ ok: true, value: { value: fast }, issues: [] });
          else if (full.ok && typeof input === 'string') expect(full.value.value).not.toBe(input);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('canonicalLandline', () => {
    const candidate = fc.oneof(
      fc.tuple(fc.constantFrom('010', '021', '0574', '0571', '0123', '0001', '02', '05741'), fc.constantFrom('-', '', ' ', ')'), digits(8), fc.integer({ min: 6, max: 9 }))
        .map(([area, sep, local, n]) => `${area}${sep}${local.slice(0, n)}`),
      fc.string({ maxLength: 14 }),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const fast = canonicalLandline(text);
        const full = parseLandline(text);
        if (fast !== undefined) expect(full).toMatchObject({ ok: true, value: { value: fast }, issues: [] });
        else if (full.ok && full.issues.length === 0) expect(full.value.value).not.toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
