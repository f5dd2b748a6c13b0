// Issue 8, robustness: every public callable of `partyinfo`, found by walking the module, on any value.
// Promises checked (CONTRACT.md "Results"): never throws (any 1–2 arguments, or up to the declared
// count), never changes its input (snapshot compare, and deep-frozen copies), `ok` iff an error
// issue, every issue's rule id in the published catalogue.
// CI runs FUZZ_RUNS (default 200) generated calls per target, each on plain and on deep-frozen
// arguments; the long run is `FUZZ_RUNS=1000000 npx vitest run test/properties.test.ts`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sampleApi from '../src/sample.js';
import { DOMAINS } from './_lib/domains.js';
import { FUZZ_RUNS, describeArgs, fuzzCall, hostilesIn } from './_lib/fuzz.js';
import { HOSTILE_NAMES, Hostile, anyValue, materialise } from './_lib/hostile.js';
import { messyRecords, messyText } from './_lib/messy.js';
import { collectTargets, type Target } from './_lib/targets.js';

const RULE_IDS: ReadonlySet<string> = new Set(api.ruleCatalogue().map((r) => r.id));
const targets = collectTargets({ ...api, ...sampleApi } as unknown as Record<string, unknown>);

/**
 * Defects found by this suite, reported to their owners, not yet fixed: target → the hostile values
 * that break it. Generated runs holding one of them are skipped; the sweep fails once none of them
 * breaks the target any more, so a fixed defect must be taken off this list.
 */
const KNOWN_DEFECTS: Readonly<Record<string, readonly string[]>> = {
};

/** Targets that take a second or more per call (they build the whole sample district): fewer runs, same promises. */
const SLOW: Readonly<Record<string, number>> = { generateSampleDistrict: 1000, streamSampleDistrict: 20 };
const runsFor = (name: string): number => Math.max(2, Math.floor(FUZZ_RUNS / (SLOW[name] ?? 1)));
const callOptions = (name: string) => ({ frozenOnly: SLOW[name] !== undefined });
/** No time limit in practice: the long run takes hours, and time is the bench's business, not this test's. */
const TIMEOUT = Math.max(120_000, FUZZ_RUNS * 200);

/** Argument lists: the target's typed domain, else any values, as many as it declares (at least 1–2). */
function argsFor(target: Target): fc.Arbitrary<unknown[]> {
  return DOMAINS[target.name]?.args ?? fc.array(anyValue, { minLength: 1, maxLength: Math.max(2, target.length) });
}

/** One hostile value in every argument position the types leave open. */
function sweepFor(target: Target, h: Hostile): unknown[][] {
  const domain = DOMAINS[target.name];
  if (domain) return domain.sweep(h);
  if (SLOW[target.name]) return [[h]];
  const lists: unknown[][] = [[h], [h, h], [{}, h], ['11010519491231002X', h]];
  for (let n = 3; n <= target.length; n++) lists.push([...Array.from({ length: n - 1 }, () => ({})), h]);
  return lists;
}

const knownFor = (name: string): ReadonlySet<string> => new Set(KNOWN_DEFECTS[name] ?? []);

describe('the public surface', () => {
  it('is enumerated: exported functions, code-table methods, class methods, schemas', () => {
    const names = targets.map((t) => t.name);
    for (const name of ['parseIdNumber', 'checkDataset', 'codeTables.orgCategory.check', 'codeTables.ethnicity.find', 'memberSchema.safeParse', 'generateSampleDistrict']) {
      expect(names).toContain(name);
    }
    const functions = Object.values(api).filter((v) => typeof v === 'function').length;
    expect(targets.length).toBeGreaterThan(functions);
  });

  it('has typed domains and known defects only for real targets', () => {
    const names = new Set(targets.map((t) => t.name));
    expect(Object.keys(DOMAINS).filter((n) => !names.has(n))).toEqual([]);
    expect(Object.keys(KNOWN_DEFECTS).filter((n) => !names.has(n))).toEqual([]);
    for (const list of Object.values(KNOWN_DEFECTS)) for (const h of list) expect(HOSTILE_NAMES).toContain(h);
  });
});

describe.each(targets.map((t) => [t.name, t] as const))('%s', (name, target) => {
  const known = knownFor(name);

  it(`${runsFor(name)} generated calls: never throws, never mutates, sound issues`, async () => {
    await fc.assert(
      fc.asyncProperty(argsFor(target), async (args) => {
        if (known.size > 0) fc.pre(![...hostilesIn(args)].some((h) => known.has(h)));
        const problems = await fuzzCall(target, args, RULE_IDS, callOptions(name));
        if (problems.length > 0) expect.fail(`${name}${describeArgs(args)}: ${problems.join('; ')}`);
      }),
      { numRuns: runsFor(name) },
    );
  }, TIMEOUT);

  it('every hostile value in every open argument position', async () => {
    const indices = SLOW[name]
      ? ['proxy, every trap throws', 'cyclic object', '__proto__ and constructor keys', 'record of proxies'].map((h) => HOSTILE_NAMES.indexOf(h))
      : HOSTILE_NAMES.map((_, i) => i);
    const failures: string[] = [];
    const stillBroken = new Set<string>();
    for (const i of indices) {
      const h = new Hostile(i);
      for (const args of sweepFor(target, h)) {
        const problems = await fuzzCall(target, args, RULE_IDS, callOptions(name));
        if (problems.length === 0) continue;
        if (known.has(HOSTILE_NAMES[i]!)) stillBroken.add(HOSTILE_NAMES[i]!);
        else failures.push(`${name}${describeArgs(args)}: ${problems.join('; ')}`);
      }
    }
    if (failures.length > 0) expect.fail(`${failures.length} failing calls:\n${failures.join('\n')}`);
    // A known defect that no longer shows is fixed: take the target off KNOWN_DEFECTS.
    if (known.size > 0) expect(stillBroken.size, `${name} is no longer broken by ${[...known].join(', ')}`).toBeGreaterThan(0);
  }, TIMEOUT);
});

// Normalisers: applying one to its own output changes nothing. Found by name (normalize*, parse*,
// validate*) plus the other exports that normalise text; inputs are real values, messed up.
const OTHER_NORMALISERS = ['foldFullWidth', 'toText', 'looseOrgKey', 'maskIdNumber', 'maskMobile'];
const exported = Object.entries(api as unknown as Record<string, unknown>).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function',
);
const normalisers = exported.filter(([n]) => /^normali[sz]e[A-Z]/.test(n) || OTHER_NORMALISERS.includes(n));
const parsers = exported.filter(([n]) => /^parse[A-Z]/.test(n));

/** What a normaliser gave, in the form it takes back: text and flags as they are, `{ code, name }` by its code. */
const again = (out: unknown): unknown => (out !== null && typeof out === 'object' && 'code' in out ? (out as { code: unknown }).code : out);

describe('normalisers are idempotent', () => {
  it('finds them', () => {
    expect(normalisers.map(([n]) => n)).toEqual(expect.arrayContaining(['normalizeIdNumber', 'normalizeOrgName', 'normalizePersonName', 'foldFullWidth']));
    expect(parsers.map(([n]) => n)).toEqual(expect.arrayContaining(['parseIdNumber', 'parseMobile', 'parseDate', 'parseCreditCode']));
  });

  it.each(normalisers.map(([n, f]) => [n, f] as const))('%s: f(f(x)) equals f(x)', (name, f) => {
    // Text helpers (typed `text: string`, see DOMAINS) take text; the others take any value.
    const takesText = DOMAINS[name] !== undefined || name.startsWith('mask');
    const input = takesText ? messyText.filter((x) => typeof x === 'string') : fc.oneof(messyText, anyValue);
    fc.assert(
      fc.property(input, (generated) => {
        const x = materialise(generated);
        const once = f(x);
        if (once === undefined) return;
        expect(f(again(once)), `${name}(${String(again(once))})`).toEqual(once);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it.each(parsers.map(([n, f]) => [n, f] as const))('%s: the parsed value parses to itself', (name, parse) => {
    fc.assert(
      fc.property(messyText, (x) => {
        const first = parse(x) as { ok: boolean; value?: { value: unknown } };
        if (!first.ok) return;
        const second = parse(first.value!.value) as { ok: boolean; value?: { value: unknown } };
        expect(second.ok, `${name}(${String(first.value!.value)})`).toBe(true);
        expect(second.value!.value).toEqual(first.value!.value);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  describe('record validators: a validated record validates to itself', () => {
    const sample = sampleApi.generateSampleDistrict({ planted: false, members: 2000 });
    const options = { today: sampleApi.SAMPLE_TODAY };
    // Known defects (a validator that does not yet give its own value back); the list only shrinks.
    const NOT_YET_IDEMPOTENT = new Set<string>([]);
    it.each([
      ['validateOrg', api.validateOrg, sample.orgs],
      ['validateMember', api.validateMember, sample.members],
    ] as const)('%s', (name, validate, records) => {
      const check = () =>
        fc.assert(
          fc.property(messyRecords(records as unknown as Record<string, unknown>[]), (record) => {
            const first = validate(record, options);
            if (!first.ok) return;
            const second = validate(first.value, options);
            expect(second.ok, `${name} of its own value`).toBe(true);
            if (second.ok) expect(second.value).toEqual(first.value);
          }),
          { numRuns: FUZZ_RUNS },
        );
      // A known defect must still show (else take it off the list); everything else must hold.
      if (NOT_YET_IDEMPOTENT.has(name)) expect(check).toThrow();
      else check();
    }, TIMEOUT);
  });
});
