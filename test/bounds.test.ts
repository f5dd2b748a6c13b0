// Issue 8, input bounds (docs/limits.md): every string-taking parser and every record field rejects
// a megabyte string with its own rule, the identifier parsers exactly one character past
// MAX_LENGTH.identifier. No timing here: time belongs to bench/; this proves the bound is checked.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { Issue } from '../src/index.js';

const ONE_MB = 1 << 20;
const MEGABYTES = { digits: '1'.repeat(ONE_MB), letters: 'x'.repeat(ONE_MB), chinese: '中'.repeat(ONE_MB), 'full-width': '１'.repeat(ONE_MB) };
const OPTIONS = { today: '2017-07-24' };
const rulesOf = (issues: readonly Issue[]) => issues.map((i) => i.rule);

/** Each parser's format rule and a valid value to pad up to the bound. */
const PARSERS: Readonly<Record<string, { rule: string; valid: string }>> = {
  parseIdNumber: { rule: 'id.format', valid: '11010519491231002X' },
  parseCreditCode: { rule: 'creditCode.format', valid: '91440300708461136T' },
  parseOrgCode: { rule: 'orgCode.format', valid: `12345678-${api.orgCodeCheckChar('12345678')}` },
  parseUnitCode: { rule: 'creditCode.format', valid: '91440300708461136T' },
  parseMobile: { rule: 'phone.mobile.format', valid: '13812345678' },
  parseLandline: { rule: 'phone.landline.format', valid: '0574-87654321' },
  parseDate: { rule: 'date.format', valid: '2017-07-24' },
};
type Parse = (input: unknown) => api.Result<unknown>;
const parsers = (Object.entries(api) as [string, unknown][])
  .filter(([name, f]) => /^parse[A-Z]/.test(name) && typeof f === 'function')
  .map(([name, f]) => [name, f as Parse] as const);

describe('identifier parsers', () => {
  it('are all listed here with their format rule', () => {
    expect(parsers.map(([name]) => name).sort()).toEqual(Object.keys(PARSERS).sort());
  });

  describe.each(parsers)('%s', (name, parse) => {
    const { rule, valid } = PARSERS[name]!;
    it.each(Object.entries(MEGABYTES))(`rejects 1 MB of %s with ${rule}`, (_kind, text) => {
      const r = parse(text);
      expect(r.ok).toBe(false);
      expect(rulesOf(r.issues)).toEqual([rule]);
    });
    it(`takes ${api.MAX_LENGTH.identifier} characters (spaces around a valid value) and rejects one more`, () => {
      expect(parse(valid.padEnd(api.MAX_LENGTH.identifier)).ok).toBe(true);
      expect(rulesOf(parse(valid.padEnd(api.MAX_LENGTH.identifier + 1)).issues)).toEqual([rule]);
    });
  });
});

describe('code tables', () => {
  it.each(Object.entries(api.codeTables))('%s.check rejects 1 MB with code.unknown', (_name, table) => {
    for (const text of Object.values(MEGABYTES)) expect(rulesOf(table.check(text).issues)).toEqual(['code.unknown']);
  });
  it('mapGbt4658ToEducation rejects 1 MB with code.unknown', () => {
    for (const text of Object.values(MEGABYTES)) expect(rulesOf(api.mapGbt4658ToEducation(text).issues)).toEqual(['code.unknown']);
  });
});

/** The rule a member field answers a megabyte with (the field's own format or "invalid" rule). */
const MEMBER_RULES: Readonly<Record<string, string>> = {
  name: 'member.name.invalid', gender: 'member.gender.invalid', ethnicity: 'member.ethnicity.unknown', idNumber: 'id.format',
  birthDate: 'date.format', education: 'code.unknown', memberType: 'member.memberType.invalid', branch: 'member.branch.invalid',
  joinDate: 'date.format', fullDate: 'date.format', workPost: 'code.unknown', mobile: 'phone.mobile.format', landline: 'phone.landline.format',
  address: 'member.address.invalid', partyStatus: 'member.partyStatus.notNormal', lostContact: 'member.lostContact.invalid',
  lostContactDate: 'date.format', floating: 'member.floating.invalid', floatingDestination: 'member.floatingDestination.invalid',
  confirmation: 'member.confirmation.invalid',
};

describe('member record fields', () => {
  it('are all listed here', () => {
    expect([...api.MEMBER_FIELDS].sort()).toEqual(Object.keys(MEMBER_RULES).sort());
  });
  it.each(api.MEMBER_FIELDS.map((f) => [f, MEMBER_RULES[f]!] as const))('%s: 1 MB is %s', (field, rule) => {
    for (const text of Object.values(MEGABYTES)) {
      const r = api.validateMember({ [field]: text }, OPTIONS);
      expect(r.ok).toBe(false);
      expect(rulesOf(r.issues.filter((i) => i.path[0] === field))).toEqual([rule]);
    }
  });
});

describe('org record fields', () => {
  const fields = ['id', 'parentId', 'name', 'secretary', 'contact', 'contactPhone', 'category', 'unitSituation'];
  it.each(fields)('%s: 1 MB is org.field.tooLong', (field) => {
    for (const text of Object.values(MEGABYTES)) {
      const r = api.validateOrg({ [field]: text }, OPTIONS);
      expect(rulesOf(r.issues.filter((i) => i.path[0] === field))).toEqual(['org.field.tooLong']);
    }
  });
  it.each(['name', 'category', 'partySetup', 'code'])('unit.%s: 1 MB is org.field.tooLong', (field) => {
    for (const text of Object.values(MEGABYTES)) {
      const r = api.validateOrg({ unitSituation: 'legal-entity', unit: { [field]: text } }, OPTIONS);
      expect(rulesOf(r.issues.filter((i) => i.path[0] === 'unit' && i.path[1] === field))).toEqual(['org.field.tooLong']);
    }
  });
});

describe('messages about a megabyte', () => {
  it('quote at most a short excerpt of it', () => {
    const r = api.validateMember(Object.fromEntries(api.MEMBER_FIELDS.map((f) => [f, MEGABYTES.chinese])), OPTIONS);
    for (const issue of r.issues) expect(issue.message.length, issue.rule).toBeLessThan(400);
  });
});

describe('text helpers on a megabyte', () => {
  // Linear work (docs/limits.md "Text helpers"); the figures are the bench's business, these check the result.
  it('fold, normalise and keep every character they should', () => {
    expect(api.foldFullWidth(MEGABYTES['full-width'])).toBe(MEGABYTES.digits);
    expect(api.normalizeOrgName(`${'(中 )'.repeat(ONE_MB / 4)}`)).toBe('（中）'.repeat(ONE_MB / 4));
    expect(api.normalizePersonName('John  F. '.repeat(ONE_MB / 8))).toBe(`${'John F. '.repeat(ONE_MB / 8 - 1)}John F.`);
    expect(api.normalizePersonName('买 • '.repeat(ONE_MB / 4))).toBe(`${'买·'.repeat(ONE_MB / 4)}`);
    expect(api.normalizeOrgName(MEGABYTES.chinese)).toBe(MEGABYTES.chinese);
  });
});
