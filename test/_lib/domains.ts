/**
 * Argument domains for the few exports whose parameters are typed narrower than `unknown`: helpers
 * that work on text or issues the library itself produced, and the record checks that take a
 * resolved `Context`. Each entry says why; every other export is fuzzed with any value everywhere.
 * The fuzzer still runs these on hostile values *within* their types (megabyte strings, lone
 * surrogates, hostile option objects behind a `Context`).
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { DOMAIN_STRINGS, HOSTILE_STRING_INDICES, Hostile, Lazy, anyValue, materialise } from './hostile.js';

/** Any text, including the megabyte strings (as stand-ins: fast-check would print them). */
export const text: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.string() },
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 5, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 5, arbitrary: fc.constantFrom(...DOMAIN_STRINGS) },
  // Rarely: each is also swept once, and the text helpers take up to a second on a megabyte.
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRING_INDICES).map((i) => new Hostile(i)) },
);
const number = fc.oneof(fc.integer(), fc.double(), fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }));
const ruleIds = api.ruleCatalogue().map((r) => r.id);
const path = fc.array(fc.oneof(fc.string(), fc.nat(), fc.constantFrom('orgs', 'members')), { maxLength: 4 });
/** Issues as the library makes them. */
const issues = fc.array(
  fc.record({ rule: fc.constantFrom(...ruleIds), severity: fc.constantFrom('error', 'warning', 'review'), path, message: fc.string({ minLength: 1 }) }),
  { maxLength: 6 },
);
/** A `Context` resolved from any options (hostile ones included): what the record checks receive. */
export const context: fc.Arbitrary<unknown> = anyValue.map((options) => ctxOf(options));
/** Rules whose messages take no parameters (a catalogued id, messages of its own): `params` are the rule's business. */
const rules = fc.constantFrom(...ruleIds).map((id) =>
  api.defineRule({ id, severity: api.ruleById(id)!.severity, summary: id, source: 'test', zh: () => `规则 ${id}`, en: () => `rule ${id}` }),
);
const tableNames = fc.oneof(fc.constantFrom(...Object.keys(api.codeTables)), fc.string());

export interface Domain {
  /** Why the parameters are narrower than `unknown`. */
  why: string;
  args: fc.Arbitrary<unknown[]>;
  /** Argument lists for one hostile value, put only where the types allow any value. */
  sweep: (h: Hostile) => unknown[][];
}

/** The Context of any options; should resolveOptions itself fail, that shows in its own fuzzing, and the defaults stand in. */
const ctxOf = (options: unknown): Lazy =>
  new Lazy('resolveOptions(…)', options, () => {
    try {
      return api.resolveOptions(materialise(options));
    } catch {
      return api.resolveOptions({});
    }
  });
const isText = (h: Hostile): boolean => HOSTILE_STRING_INDICES.includes(h.index);

/** Hostile values go nowhere (the types allow none). */
const none = (): unknown[][] => [];

/** Exports (or methods) whose parameter types are part of their contract. */
export const DOMAINS: Readonly<Record<string, Domain>> = {
  // The issue model's own helpers, on issues the library made (src/result.ts, src/rules/define.ts).
  hasError: { why: 'issue helper on library-made issues (issues: Issue[])', args: fc.tuple(issues), sweep: none },
  failure: { why: 'issue helper: a failure holds at least one error (issues: Issue[])', args: fc.tuple(issues.map((list) => [...list, { rule: 'id.format', severity: 'error', path: [], message: '格式错误' }])), sweep: none },
  toResult: { why: 'issue helper (value: T, issues: Issue[])', args: fc.tuple(anyValue, issues), sweep: (h) => [[h, []]] },
  prefixIssues: { why: 'issue helper (issues: Issue[], prefix: Path)', args: fc.tuple(issues, path), sweep: none },
  createIssue: {
    why: 'issue helper (rule: Rule, path: Path, params: what the rule declares, options: MessageOptions & { severity })',
    args: fc.tuple(rules, path, fc.constant({}), fc.option(fc.record({ locale: fc.constantFrom('zh-CN', 'en'), severity: fc.constantFrom('error', 'warning', 'review') }, { requiredKeys: [] }), { nil: undefined })),
    sweep: none,
  },
  // (The text and calendar helpers — foldFullWidth, normalizeOrgName, normalizePersonName, the
  // org-name predicates, hasHouseNumber, readUnitSituation, looseOrgKey, returneeWord, readYmd,
  // addYears, ageOn, ageBand … — give their "nothing" result for a wrong type, so they take any value.)
  // The dataset check's ID index: a hot path fed with normalised 18-character numbers.
  // A table name from the closed list; the overrides are user data (any value).
  tableFor: { why: 'name is a BundledCodeTableName (overrides: any value)', args: fc.tuple(tableNames, anyValue), sweep: (h) => [['education', h], ['orgCategory', { orgCategory: h }], ...(isText(h) ? [[h]] : [])] },
  // Lower-level record checks: the record is any value, the Context comes from resolveOptions (of any options).
  checkOrgRecord: { why: 'ctx is a resolved Context (input: any value)', args: fc.tuple(anyValue, context), sweep: (h) => [[h, ctxOf({})], [{}, ctxOf(h)], [h, ctxOf(h)]] },
  checkMemberRecord: { why: 'ctx is a resolved Context (input: any value)', args: fc.tuple(anyValue, context), sweep: (h) => [[h, ctxOf({})], [{}, ctxOf(h)], [h, ctxOf(h)]] },
  checkOrgTree: { why: 'ctx is a resolved Context (orgs: any value)', args: fc.tuple(anyValue, fc.option(context, { nil: undefined })), sweep: (h) => [[h], [[h], ctxOf({})], [[], ctxOf(h)]] },
};
