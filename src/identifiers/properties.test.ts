import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../codes/identifiers/credit-code-registration.json' with { type: 'json' };
import provinces from '../../codes/identifiers/gbt2260-provinces.json' with { type: 'json' };
import type { Result } from '../result.js';
import {
  identifiersRules,
  isValidCreditCode,
  isValidIdNumber,
  isValidMobile,
  isValidOrgCode,
  normalizeIdNumber,
  parseCreditCode,
  parseDate,
  parseIdNumber,
  parseLandline,
  parseMobile,
  parseOrgCode,
  parseUnitCode,
} from './index.js';
import { daysInMonth } from '../dates/calendar.js';
import { ORACLE_CC_ALPHABET, oracleCreditCodeCheck, oracleIdCheck, oracleOrgCodeCheck } from './testing/oracle.js';

const RUNS = { numRuns: 1000 };
const RULE_IDS = new Set<string>(identifiersRules.map((r) => r.id));

/** Values that broke other libraries: throwing proxies, cycles, null prototypes, prototype keys. */
function hostileValues(): unknown[] {
  const thrower = () => {
    throw new Error('trap');
  };
  const traps = { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const cyclic: Record<string, unknown> = { locale: 'en' };
  cyclic.self = cyclic;
  const getter = Object.defineProperty({}, 'locale', { get: thrower, enumerable: true });
  return [
    new Proxy({}, traps), new Proxy(new Date(), {}), new Proxy(new Date(), traps), revocable.proxy, cyclic, getter,
    Object.create(null), JSON.parse('{"__proto__": {"locale": "en"}, "constructor": 1}'), new Date(Number.NaN),
    new String('11010519491231002X'), Object(42940), Symbol('s'), 10n ** 30n, -0, 'x'.repeat(1 << 20), '__proto__', 'constructor',
  ];
}
/** A stand-in for a hostile value: fast-check itself must not touch those (it probes generated values). */
class Hostile {
  constructor(readonly index: number) {}
}
const HOSTILE_COUNT = hostileValues().length;
/** The value a property should use: hostile stand-ins are made real only inside the property. */
const real = (v: unknown): unknown => (v instanceof Hostile ? hostileValues()[v.index] : v);

const anyValue = fc.oneof(
  fc.anything({
    withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
    withObjectString: true, withTypedArray: true, withSparseArray: true,
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'locale', 'today', 'allowList', 'checksum')),
  }),
  fc.integer({ min: 0, max: HOSTILE_COUNT - 1 }).map((i) => new Hostile(i)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const parsers: [string, (input: unknown, options?: never) => Result<unknown>][] = [
  ['parseIdNumber', parseIdNumber], ['parseCreditCode', parseCreditCode], ['parseOrgCode', parseOrgCode],
  ['parseUnitCode', parseUnitCode], ['parseMobile', parseMobile], ['parseLandline', parseLandline], ['parseDate', parseDate],
];

describe('never throws, always a well-formed Result', () => {
  it.each(parsers)('%s on any input and any options', (_name, parse) => {
    fc.assert(
      fc.property(anyValue, anyValue, (input, options) => {
        const r = parse(real(input), real(options) as never);
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
        for (const issue of r.issues) {
          expect(RULE_IDS.has(issue.rule)).toBe(true);
          expect(issue.path).toEqual([]);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('boolean checks return booleans on any input', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (input, options) => {
        for (const check of [isValidIdNumber, isValidCreditCode, isValidOrgCode, isValidMobile]) {
          expect(typeof check(real(input), real(options) as never)).toBe('boolean');
        }
        const n = normalizeIdNumber(real(input));
        expect(n === undefined || typeof n === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

// --- generators of valid numbers (check characters from the oracle) ------------------------------
const PREFIXES = [...provinces.provinces, ...provinces.residencePermit].map((p) => p.code);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const birthDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2016 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}${String(month).padStart(2, '0')}${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`);
const validId = fc
  .tuple(fc.constantFrom(...PREFIXES), digits(4), birthDate, digits(3))
  .map(([p, county, birth, seq]) => `${p}${county}${birth}${seq}`)
  .map((first17) => first17 + oracleIdCheck(first17));

const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const orgBody = (chars: string) => fc.array(fc.constantFrom(...chars), { minLength: 8, maxLength: 8 }).map((c) => c.join(''));
const validOrgCode = orgBody(ORG_CHARS).map((b) => b + oracleOrgCodeCheck(b));
const PAIRS = data.authorities.flatMap((a) => a.types.map((t) => a.code + t.code));
const validCreditCode = fc
  .tuple(fc.constantFrom(...PAIRS), digits(6), orgBody(ORACLE_CC_ALPHABET))
  .map(([pair, region, body]) => pair + region + body + oracleOrgCodeCheck(body))
  .map((first17) => first17 + oracleCreditCodeCheck(first17));
const TODAY = { today: '2017-07-24' };

describe('generated valid numbers validate', () => {
  it('ID numbers, with the fields the number encodes', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = parseIdNumber(id, TODAY);
        expect(r).toMatchObject({ ok: true, issues: [], value: { value: id, regionCode: id.slice(0, 6) } });
        if (r.ok) expect(r.value.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
        expect(isValidIdNumber(id, TODAY)).toBe(true);
        expect(isValidIdNumber(id)).toBe(true);
        expect(isValidIdNumber(id.toLowerCase())).toBe(true);
      }),
      RUNS,
    );
  });
  it('credit codes and their embedded organisation code', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        expect(parseCreditCode(code)).toMatchObject({ ok: true, issues: [], value: { value: code, orgCode: code.slice(8, 17) } });
        expect(isValidCreditCode(code)).toBe(true);
        expect(parseUnitCode(code)).toMatchObject({ ok: true, value: { kind: 'creditCode' } });
      }),
      RUNS,
    );
  });
  it('organisation codes, with and without the dash', () => {
    fc.assert(
      fc.property(validOrgCode, (code) => {
        expect(parseOrgCode(code)).toEqual({ ok: true, value: { value: code }, issues: [] });
        expect(isValidOrgCode(`${code.slice(0, 8)}-${code[8]}`)).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Every other character (case-insensitively different) that could be typed in place of text[at]. */
const REPLACEMENTS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*#+.';
const mutation = (valid: fc.Arbitrary<string>) =>
  valid.chain((text) =>
    fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom(...REPLACEMENTS)).filter(
      ([t, at, c]) => t[at]!.toUpperCase() !== c,
    ),
  ).map(([t, at, c]) => ({ original: t, at, changed: t.slice(0, at) + c + t.slice(at + 1) }));

describe('every single-character change is rejected', () => {
  it('ID numbers (MOD 11-2 catches every substitution)', () => {
    fc.assert(
      fc.property(mutation(validId), ({ changed }) => {
        expect(isValidIdNumber(changed, TODAY)).toBe(false);
        expect(isValidIdNumber(changed)).toBe(false);
        expect(parseIdNumber(changed, TODAY).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it('credit codes (MOD 31 over a 31-symbol alphabet catches every substitution)', () => {
    fc.assert(
      fc.property(mutation(validCreditCode), ({ changed }) => {
        expect(isValidCreditCode(changed)).toBe(false);
        expect(parseCreditCode(changed).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it('organisation codes: every change to a digit or the check character; letters only up to GB 11714 itself', () => {
    // GB 11714 values letters 10–35 but checks MOD 11, so a letter whose value differs by a multiple
    // of 11 (0 ↔ B ↔ M ↔ X …) is invisible to the standard's own check. That case is exactly the
    // accepted one — anything else is rejected.
    const value = (c: string) => parseInt(c, 36);
    fc.assert(
      fc.property(mutation(validOrgCode), ({ original, at, changed }) => {
        const c = changed[at]!;
        const invisible = at < 8 && /[0-9A-Z]/.test(c) && (value(c) - value(original[at]!)) % 11 === 0;
        expect(isValidOrgCode(changed)).toBe(invisible);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalising twice = once', () => {
  const messy = fc.oneof(
    validId.map((s) => ` ${s.slice(0, 6)} ${s.slice(6, 14)}-${s.slice(14).toLowerCase()}`),
    validCreditCode.map((s) => s.toLowerCase()),
    validOrgCode.map((s) => `${s.slice(0, 8)}－${s[8]}`),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.stringMatching(/^[0-9xX \-]{10,22}$/),
  );
  it('normalizeIdNumber', () => {
    fc.assert(fc.property(messy, (s) => {
      const once = normalizeIdNumber(s);
      expect(normalizeIdNumber(once)).toBe(once);
    }), RUNS);
  });
  it.each(parsers.filter(([name]) => name !== 'parseUnitCode'))('%s: parsing its own value gives the same value', (_name, parse) => {
    const inputs = fc.oneof(messy, fc.stringMatching(/^(\+86 ?)?1[3-9]\d{9}$/), fc.stringMatching(/^\(?0\d{2,3}\)?-?[2-9]\d{6,7}$/),
      fc.stringMatching(/^(19|20)\d\d[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?$/));
    fc.assert(fc.property(inputs, (s) => {
      const once = parse(s, TODAY as never);
      if (!once.ok) return;
      const text = (once.value as { value: string }).value;
      const twice = parse(text, TODAY as never);
      expect(twice.ok).toBe(true);
      if (twice.ok) expect((twice.value as { value: string }).value).toBe(text);
    }), RUNS);
  });
});

describe('isValidIdNumber agrees with parseIdNumber(...).ok', () => {
  it('on near-valid and arbitrary input, with and without options', () => {
    const near = fc.oneof(validId, mutation(validId).map((m) => m.changed), validId.map((s) => s.slice(0, 6) + s.slice(8, 17)), anyValue);
    fc.assert(fc.property(near, fc.constantFrom(undefined, TODAY, { minBirthYear: 1950 }), (input, options) => {
      const value = real(input);
      expect(isValidIdNumber(value, options)).toBe(parseIdNumber(value, options).ok);
    }), { numRuns: 3000 });
  });
});
