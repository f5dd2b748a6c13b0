import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { resolveOptions } from '../options.js';
import { checkOrgRecord } from './checkOrgRecord.js';
import { orgSchema, createOrgSchema } from './schema.js';
import type { Org } from './types.js';
import { validateOrg } from './validateOrg.js';
import { COMPANY_CODE, agencyRecord, branchRecord, deepFreeze, jointRecord } from './__fixtures__/orgs.js';

describe('validateOrg', () => {
  it('types a same-as-parent org without a unit', () => {
    const r = validateOrg(branchRecord());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.unitSituation).toBe('same-as-parent');
    expect('unit' in r.value).toBe(false);
    expect(r.value.secretary).toEqual({ name: '张三', role: 'secretary' });
  });
  it('types a legal-entity org with one unit', () => {
    const r = validateOrg(agencyRecord());
    expect(r.ok && r.value.unitSituation === 'legal-entity' && r.value.unit.code).toBe('11330212002905524M');
    if (r.ok && r.value.unitSituation === 'legal-entity') expectTypeOf(r.value.unit.name).toEqualTypeOf<string>();
  });
  it('types a joint org with its units', () => {
    const r = validateOrg(jointRecord());
    expect(r.ok && r.value.unitSituation === 'joint' && r.value.units.map((u) => u.code)).toEqual([COMPANY_CODE, '91330212MA2AGH02XN']);
  });
  it('keeps a fallback secretary visible; the deputy the guide allows is no issue, the first secretary a review', () => {
    const r = validateOrg(branchRecord({ secretary: '', deputySecretary: '李四' }));
    expect(r.ok && r.value.secretary).toEqual({ name: '李四', role: 'deputy' });
    expect(r.issues).toEqual([]);
    const first = validateOrg(branchRecord({ secretary: '', firstSecretary: '王五' }));
    expect(first.issues.map((i) => [i.rule, i.severity])).toEqual([['org.secretary.fallback', 'review']]);
  });
  it('keeps unknown fields in extra', () => {
    const r = validateOrg(branchRecord({ 简称: '三支部', establishedOn: '2001-07-01' }));
    expect(r.ok && r.value.extra).toEqual({ 简称: '三支部', establishedOn: '2001-07-01' });
  });
  it('gives its own value back when validating it (extra unpacked, the derived codeKind not kept as extra)', () => {
    const records = [
      branchRecord({ 简称: '三支部' }),
      agencyRecord({ unit: { name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: '11330212002905524M', 来源: '旧系统' } }),
      jointRecord({ extra: '一个叫 extra 的列' }),
    ];
    for (const record of records) {
      const first = validateOrg(record);
      expect(first.ok).toBe(true);
      if (!first.ok) continue;
      expect(validateOrg(first.value)).toEqual(first);
      expect(validateOrg(JSON.parse(JSON.stringify(first.value)))).toEqual(first);
    }
  });
  it('keeps a codeKind that is not one of the kinds, and a non-object extra, as given', () => {
    const unit = { name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: '11330212002905524M', codeKind: '信用代码' };
    const r = validateOrg(agencyRecord({ unit, extra: ['a'] }));
    expect(r.ok && r.value.unitSituation === 'legal-entity' && r.value.unit.extra).toEqual({ codeKind: '信用代码' });
    expect(r.ok && r.value.extra).toEqual({ extra: ['a'] });
  });
  it('fails on any error and says why, in both languages', () => {
    const zh = validateOrg({});
    expect(zh.ok).toBe(false);
    expect(zh.issues.map((i) => i.rule)).toEqual([
      'org.name.required', 'org.secretary.missing', 'org.contact.missing', 'org.contactPhone.notMobile', 'org.category.required', 'org.unitSituation.required',
    ]);
    const en = validateOrg({}, { locale: 'en' });
    expect(en.issues[0]?.message).toMatch(/required/);
  });
  it('reports an unusable today option', () => {
    expect(validateOrg(branchRecord(), { today: 'soon' }).issues.map((i) => i.rule)).toEqual(['options.today']);
  });
  it('never mutates deep-frozen input', () => {
    for (const record of [branchRecord(), agencyRecord({ unitCode: 'x' }), jointRecord({ secretary: { name: '赵六', role: 'first' } })]) {
      const frozen = deepFreeze(structuredClone(record));
      expect(() => validateOrg(frozen)).not.toThrow();
      expect(frozen).toEqual(record);
    }
  });
  it('never puts a full phone number in a message', () => {
    const r = validateOrg(branchRecord({ contactPhone: '12345678901' }));
    expect(JSON.stringify(r)).not.toContain('12345678901');
  });
});

describe('never throws', () => {
  const ctx = resolveOptions({});
  const isWellFormed = (issues: unknown[]) =>
    issues.every((i) => {
      const issue = i as { rule: unknown; severity: unknown; path: unknown; message: unknown };
      return typeof issue.rule === 'string' && ['error', 'warning', 'review'].includes(issue.severity as string) && Array.isArray(issue.path) && typeof issue.message === 'string';
    });
  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateOrg(input);
        expect(isWellFormed(r.issues)).toBe(true);
        expect(checkOrgRecord(input, ctx).org.units).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
  it('on records whose fields are anything', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constantFrom('与上级党组织相同', '法人单位', '联合支部', '631', '611 党委'));
    const record = fc.record(
      {
        name: field, secretary: fc.oneof(field, fc.record({ name: field, role: field })), contact: field, contactPhone: field, category: field,
        unitSituation: field, unit: fc.oneof(field, fc.record({ name: field, category: field, partySetup: field, code: field })),
        units: fc.oneof(field, fc.array(fc.oneof(field, fc.record({ name: field, code: field })))), unitName: field, unitCode: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (input) => {
        const frozen = deepFreeze(input);
        const r = validateOrg(frozen);
        expect(isWellFormed(r.issues)).toBe(true);
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });
  it('on hostile objects', () => {
    const throwing = new Proxy({}, {
      get() { throw new Error('get'); },
      ownKeys() { throw new Error('keys'); },
      getOwnPropertyDescriptor() { throw new Error('descriptor'); },
      has() { throw new Error('has'); },
    });
    const getter = Object.defineProperty(branchRecord(), 'name', { get() { throw new Error('name'); }, enumerable: true });
    const cyclic: Record<string, unknown> = branchRecord();
    cyclic['self'] = cyclic;
    cyclic['unit'] = { name: cyclic };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const inputs = [
      throwing, getter, cyclic, revocable.proxy, Object.create(null), new Date(), new Map(), [branchRecord()], 10n, Symbol('s'),
      branchRecord({ name: 'x'.repeat(1_048_576), contactPhone: '1'.repeat(1_048_576), unitSituation: '法'.repeat(1_048_576) }),
      branchRecord({ units: new Proxy([], { get() { throw new Error('units'); } }) }),
      agencyRecord({ unit: throwing }), agencyRecord({ secretary: throwing }),
    ];
    for (const input of inputs) {
      expect(() => validateOrg(input)).not.toThrow();
      expect(isWellFormed(validateOrg(input).issues)).toBe(true);
    }
    expect(validateOrg(getter).issues.map((i) => [i.rule, i.path])).toContainEqual(['org.field.invalid', ['name']]);
  });
});

describe('orgSchema', () => {
  it('parses a valid record to the typed org', () => {
    const parsed = orgSchema.parse(branchRecord());
    expectTypeOf(parsed).toEqualTypeOf<Org>();
    expect(parsed.unitSituation).toBe('same-as-parent');
  });
  it('adds one zod issue per error, with the rule id in params', () => {
    const r = orgSchema.safeParse(branchRecord({ contact: '', category: '6' }));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path, (i as { params?: { rule?: string } }).params?.rule])).toEqual([
      [['contact'], 'org.contact.missing'],
      [['category'], 'code.notLeaf'],
    ]);
  });
  it('composes inside other schemas and keeps options', async () => {
    const { z } = await import('zod');
    const batch = z.object({ orgs: z.array(createOrgSchema({ locale: 'en' })) });
    const r = batch.safeParse({ orgs: [branchRecord(), {}] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]?.path.slice(0, 3)).toEqual(['orgs', 1, 'name']);
    expect(r.error.issues[0]?.message).toMatch(/required/);
  });
});
