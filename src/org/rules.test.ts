import { describe, expect, it } from 'vitest';
import { defineCodeTable } from '../codes/index.js';
import { resolveOptions } from '../options.js';
import type { Path } from '../result.js';
import { checkOrgRecord } from './checkOrgRecord.js';
import {
  AGENCY_CODE,
  COMPANY_CODE,
  COMPANY_CODE_2,
  COOPERATIVE_CODE,
  INSTITUTION_CODE,
  RESIDENTS_COMMITTEE_CODE,
  VILLAGE_COMMITTEE_CODE,
  agencyRecord,
  branchRecord,
  jointRecord,
} from './__fixtures__/orgs.js';
import { orgRules } from './rules.js';

const ctx = resolveOptions({});
const issuesOf = (input: unknown, rule: string) => checkOrgRecord(input, ctx).issues.filter((i) => i.rule === rule);

interface Case {
  rule: string;
  severity: 'error' | 'warning' | 'review';
  fires: unknown;
  path: Path;
  quiet: unknown;
}

const unit = (patch: Record<string, unknown>) => ({ name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: AGENCY_CODE, ...patch });

const cases: Case[] = [
  { rule: 'org.record.invalid', severity: 'error', fires: 'not a record', path: [], quiet: agencyRecord() },
  { rule: 'org.field.invalid', severity: 'error', fires: branchRecord({ contact: { name: '张三' } }), path: ['contact'], quiet: branchRecord({ contact: '张三' }) },
  { rule: 'org.field.tooLong', severity: 'error', fires: branchRecord({ name: '中'.repeat(1_000_000) }), path: ['name'], quiet: branchRecord() },
  { rule: 'org.name.required', severity: 'error', fires: branchRecord({ name: ' \u3000' }), path: ['name'], quiet: branchRecord() },
  { rule: 'org.name.prefix', severity: 'warning', fires: branchRecord({ name: '鄞州区下应街道湾底村第三支部委员会' }), path: ['name'], quiet: branchRecord({ name: '中国共产党鄞州区下应街道湾底村第三支部委员会' }) },
  { rule: 'org.name.temporary', severity: 'review', fires: branchRecord({ name: '中共某某项目临时支部委员会', category: '931' }), path: ['name'], quiet: branchRecord() },
  { rule: 'org.name.floating', severity: 'review', fires: branchRecord({ name: '中共某某流动党员支部委员会' }), path: ['name'], quiet: branchRecord() },
  { rule: 'org.name.jointMismatch', severity: 'warning', fires: branchRecord({ name: '中共某某社区下岗职工联合支部委员会' }), path: ['name'], quiet: jointRecord() },
  { rule: 'org.name.typeMismatch', severity: 'warning', fires: branchRecord({ category: '621' }), path: ['name'], quiet: branchRecord({ category: '631' }) },
  { rule: 'org.secretary.missing', severity: 'error', fires: branchRecord({ secretary: '' }), path: ['secretary'], quiet: branchRecord() },
  { rule: 'org.secretary.fallback', severity: 'review', fires: branchRecord({ secretary: '', firstSecretary: '李四' }), path: ['secretary'], quiet: branchRecord({ secretary: { name: '李四', role: 'deputy' } }) },
  { rule: 'org.name.numberedNoUnit', severity: 'warning', fires: branchRecord({ name: '中共第三支部委员会' }), path: ['name'], quiet: branchRecord() },
  { rule: 'org.name.twoNewRename', severity: 'warning', fires: agencyRecord({ name: '中共鄞州区下应街道两新工作委员会' }), path: ['name'], quiet: agencyRecord({ name: '中共鄞州区下应街道两新组织综合委员会' }) },
  { rule: 'org.unitSituation.chamber', severity: 'warning', fires: branchRecord({ name: '中共鄞州区温州商会支部委员会' }), path: ['unitSituation'], quiet: jointRecord({ name: '中共鄞州区温州商会联合支部委员会' }) },
  { rule: 'org.joint.duplicateUnit', severity: 'warning', fires: jointRecord({ units: [unit({ name: '宁波某甲贸易有限公司', category: '23', code: COMPANY_CODE }), unit({ name: '宁波某甲贸易有限公司（重复）', category: '23', code: COMPANY_CODE }), unit({ name: '宁波某乙科技有限公司', category: '23', code: COMPANY_CODE_2 })] }), path: ['units', 1], quiet: jointRecord() },
  { rule: 'org.contact.missing', severity: 'error', fires: branchRecord({ contact: undefined }), path: ['contact'], quiet: branchRecord() },
  { rule: 'org.contactPhone.notMobile', severity: 'error', fires: branchRecord({ contactPhone: '0574-88888888' }), path: ['contactPhone'], quiet: branchRecord({ contactPhone: '+86 138-0574-0000' }) },
  { rule: 'org.category.required', severity: 'error', fires: branchRecord({ category: '' }), path: ['category'], quiet: branchRecord() },
  { rule: 'org.category.temporary', severity: 'review', fires: branchRecord({ category: '931', name: '中共某某项目临时支部委员会' }), path: ['category'], quiet: branchRecord() },
  { rule: 'org.category.jointMismatch', severity: 'warning', fires: jointRecord({ category: '631' }), path: ['category'], quiet: jointRecord() },
  { rule: 'org.unitSituation.required', severity: 'error', fires: branchRecord({ unitSituation: undefined }), path: ['unitSituation'], quiet: branchRecord() },
  { rule: 'org.unitSituation.unknown', severity: 'error', fires: branchRecord({ unitSituation: 1 }), path: ['unitSituation'], quiet: branchRecord({ unitSituation: 'same-as-parent' }) },
  { rule: 'org.unit.required', severity: 'error', fires: agencyRecord({ unit: unit({ code: '' }) }), path: ['unit', 'code'], quiet: agencyRecord() },
  { rule: 'org.unit.unexpected', severity: 'warning', fires: branchRecord({ unitName: '鄞州区下应街道湾底村村民委员会' }), path: ['unitName'], quiet: branchRecord({ unit: { name: '' } }) },
  { rule: 'org.joint.tooFewUnits', severity: 'error', fires: jointRecord({ units: [unit({})] }), path: ['units'], quiet: jointRecord() },
  { rule: 'org.unit.branchOffice', severity: 'warning', fires: agencyRecord({ unit: unit({ name: '中国某某银行股份有限公司宁波鄞州支行', category: '21', code: COMPANY_CODE }) }), path: ['unit', 'name'], quiet: agencyRecord({ unit: unit({ name: '宁波市鄞州区下应街道办事处', category: '11' }) }) },
  { rule: 'org.unit.community', severity: 'warning', fires: agencyRecord({ unit: unit({ name: '鄞州区下应街道东城社区居民委员会', category: '12', code: '000000000000000000' }) }), path: ['unitSituation'], quiet: agencyRecord({ unit: unit({ name: '宁波市鄞州区社区卫生服务中心', category: '3', code: INSTITUTION_CODE }) }) },
  { rule: 'org.unit.authorityMismatch', severity: 'warning', fires: agencyRecord({ unit: unit({ code: COMPANY_CODE }) }), path: ['unit', 'code'], quiet: agencyRecord({ unit: unit({ name: '鄞州区下应街道湾底村村民委员会', category: '15', code: COOPERATIVE_CODE }) }) },
  { rule: 'org.unit.committeeCode', severity: 'warning', fires: agencyRecord({ unit: unit({ name: '鄞州区下应街道湾底村村民委员会', category: '15', code: COMPANY_CODE }) }), path: ['unit', 'code'], quiet: agencyRecord({ unit: unit({ name: '鄞州区下应街道湾底村村民委员会', category: '15', code: VILLAGE_COMMITTEE_CODE }) }) },
];

/** Rules not of a single record: tested in their own files (diffOrg.test.ts). */
const NOT_RECORD_RULES = new Set(['change.orgName']);

describe('org rules: each fires and stays quiet', () => {
  it('covers every record rule of the catalogue', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(orgRules.map((r) => r.id).filter((id) => !NOT_RECORD_RULES.has(id)).sort());
  });
  it.each(cases)('$rule fires', ({ rule, severity, fires, path }) => {
    const found = issuesOf(fires, rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, path });
    expect(found[0]!.message).not.toBe('');
  });
  it.each(cases)('$rule stays quiet', ({ rule, quiet }) => {
    expect(issuesOf(quiet, rule)).toEqual([]);
  });
  it.each(orgRules.filter((r) => !NOT_RECORD_RULES.has(r.id)))('$id has an English message', (rule) => {
    const c = cases.find((x) => x.rule === rule.id)!;
    const en = checkOrgRecord(c.fires, resolveOptions({ locale: 'en' })).issues.find((i) => i.rule === rule.id)!;
    expect(en.message).toMatch(/^[A-Z"]/);
    expect(en.message).not.toBe(issuesOf(c.fires, rule.id)[0]!.message);
  });
});

describe('messages', () => {
  it.each([...orgRules])('$id renders in both languages for any parameters', (rule) => {
    const params = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? 'x' : undefined) }) as never;
    expect(rule.zh(params)).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.en(params)).toMatch(/[A-Za-z]/);
  });
});

describe('rule details', () => {
  it('reports the name type against the category, both ways', () => {
    expect(issuesOf(agencyRecord({ category: '631' }), 'org.name.typeMismatch')[0]?.message).toContain('631 党支部');
    expect(issuesOf(agencyRecord({ name: '中共某某街道工作委员会' }), 'org.name.typeMismatch')).toEqual([]);
    expect(issuesOf(branchRecord({ name: '中共某某街道工作委员会' }), 'org.name.typeMismatch')).toHaveLength(1);
    expect(issuesOf(branchRecord({ name: '中共某某公司党总支', category: '921' }), 'org.name.typeMismatch')).toEqual([]);
    expect(issuesOf(branchRecord({ name: '中共某某党小组' }), 'org.name.typeMismatch')).toEqual([]);
  });
  it('reports a joint situation with a name that is not a joint branch', () => {
    const found = issuesOf(jointRecord({ name: '中共某商圈支部委员会' }), 'org.name.jointMismatch');
    expect(found[0]?.message).toContain('不是联合支部');
  });
  it('requires each of items 7–10 for every founding unit', () => {
    const r = checkOrgRecord(jointRecord({ units: [{ name: '甲公司' }, { name: '乙公司', category: '23', partySetup: '14', code: COMPANY_CODE }] }), ctx);
    expect(r.issues.filter((i) => i.rule === 'org.unit.required').map((i) => i.path)).toEqual([
      ['units', 0, 'category'],
      ['units', 0, 'partySetup'],
      ['units', 0, 'code'],
    ]);
  });
  it('requires a unit for a legal entity that has none', () => {
    expect(issuesOf(agencyRecord({ unit: undefined }), 'org.unit.required').map((i) => i.path)).toEqual([['unit']]);
  });
  it('reports surplus units of a legal entity', () => {
    const r = checkOrgRecord(agencyRecord({ unit: undefined, units: [unit({}), unit({ name: '第二单位' })] }), ctx);
    expect(r.issues.filter((i) => i.rule === 'org.unit.unexpected').map((i) => i.path)).toEqual([['units', 1]]);
    expect(r.org.units).toHaveLength(1);
    expect(r.org.extra['units']).toBeDefined();
  });
  it('keeps a unit given to a same-as-parent org in extra, reported', () => {
    const given = { name: '鄞州区下应街道湾底村村民委员会' };
    const r = checkOrgRecord(branchRecord({ unit: given }), ctx);
    expect(r.org.units).toEqual([]);
    expect(r.org.extra['unit']).toBe(given);
    expect(r.issues.map((i) => [i.rule, i.path])).toEqual([['org.unit.unexpected', ['unit']]]);
  });
  it('passes the unit code policy on', () => {
    const zeros = agencyRecord({ unit: unit({ code: '000000000000000000' }) });
    expect(issuesOf(zeros, 'unit.code.placeholder')[0]?.severity).toBe('review');
    const strict = checkOrgRecord(zeros, resolveOptions({ policy: { acceptPlaceholderUnitCode: false } }));
    expect(strict.issues.find((i) => i.path.join('.') === 'unit.code')?.severity).toBe('error');
  });
  it('checks the authority only where the category is clear', () => {
    expect(issuesOf(agencyRecord({ unit: unit({ category: '3', code: INSTITUTION_CODE }) }), 'org.unit.authorityMismatch')).toEqual([]);
    expect(issuesOf(agencyRecord({ unit: unit({ category: '23' }) }), 'org.unit.authorityMismatch')).toHaveLength(1);
    expect(issuesOf(agencyRecord({ unit: unit({ category: '5', code: COMPANY_CODE }) }), 'org.unit.authorityMismatch')).toEqual([]);
  });
  it('org.unit.community: a community with a 55 居民委员会 code is a legal entity in its own right (quiet); without one it is not', () => {
    const community = (code: string) =>
      issuesOf(agencyRecord({ unit: unit({ name: '鄞州区下应街道东城社区居民委员会', category: '12', code }) }), 'org.unit.community');
    expect(community(RESIDENTS_COMMITTEE_CODE)).toEqual([]);
    expect(community('000000000000000000')).toHaveLength(1);
    expect(community(INSTITUTION_CODE)).toHaveLength(1);
  });
  it('org.unit.committeeCode: villages carry 54 or N2, communities a 民政 code (55); other categories are not checked', () => {
    const committee = (category: string, code: string) => issuesOf(agencyRecord({ unit: unit({ category, code }) }), 'org.unit.committeeCode');
    expect(committee('15', VILLAGE_COMMITTEE_CODE)).toEqual([]);
    expect(committee('15', COOPERATIVE_CODE)).toEqual([]);
    expect(committee('15', RESIDENTS_COMMITTEE_CODE)).toHaveLength(1);
    expect(committee('15', AGENCY_CODE)[0]!.message).toContain('54');
    for (const category of ['12', '14']) {
      expect(committee(category, RESIDENTS_COMMITTEE_CODE)).toEqual([]);
      expect(committee(category, COMPANY_CODE)).toHaveLength(1);
      expect(committee(category, COOPERATIVE_CODE)[0]!.message).toContain('民政');
    }
    expect(committee('4', RESIDENTS_COMMITTEE_CODE)).toEqual([]);
    expect(committee('12', '000000000000000000')).toEqual([]);
  });
  it('org.name.numberedNoUnit: only a bare number and a type (guide item 1)', () => {
    for (const name of ['中共第三支部委员会', '中国共产党第12支部', '中共第二党支部']) expect(issuesOf(branchRecord({ name }), 'org.name.numberedNoUnit'), name).toHaveLength(1);
    for (const name of ['中共鄞州区下应街道湾底村第三支部委员会', '中共第三人民医院支部委员会']) expect(issuesOf(branchRecord({ name }), 'org.name.numberedNoUnit'), name).toEqual([]);
  });
  it('org.joint.duplicateUnit: the same name twice also counts; 18 zeros twice with different names do not', () => {
    const twice = jointRecord({ units: [unit({ name: '宁波某甲贸易有限公司', code: COMPANY_CODE }), unit({ name: '宁波某甲贸易有限公司', code: COMPANY_CODE_2 })] });
    expect(issuesOf(twice, 'org.joint.duplicateUnit')[0]?.message).toContain('宁波某甲贸易有限公司');
    const zeros = jointRecord({ units: [unit({ name: '甲个体户', category: '9', code: '000000000000000000' }), unit({ name: '乙个体户', category: '9', code: '000000000000000000' })] });
    expect(issuesOf(zeros, 'org.joint.duplicateUnit')).toEqual([]);
  });
  it('org.unitSituation.chamber: a 商会 or 个体协会 registered with 民政 is a legal entity, which stays quiet', () => {
    expect(issuesOf(agencyRecord({ name: '中共鄞州区个体劳动者协会委员会' }), 'org.unitSituation.chamber')).toEqual([]);
    expect(issuesOf(branchRecord({ name: '中共鄞州区个体劳动者协会支部委员会' }), 'org.unitSituation.chamber')).toHaveLength(1);
  });
  it('does not call a 街道办事处 a branch office, but does call a 分公司 one', () => {
    expect(issuesOf(agencyRecord({ unit: unit({ name: '宁波某某有限公司鄞州分公司' }) }), 'org.unit.branchOffice')[0]?.message).toContain('分公司');
  });
  it('does not fill extra with blank unit cells of a same-as-parent row', () => {
    const r = checkOrgRecord(branchRecord({ unitName: '', unitCategory: null, unitPartySetup: ' ', unitCode: '' }), ctx);
    expect(r.issues).toEqual([]);
    expect(r.org.extra).toEqual({});
  });
  it('points at the filled flat column', () => {
    const r = checkOrgRecord(branchRecord({ unitName: '', unitCode: AGENCY_CODE }), ctx);
    expect(r.issues.map((i) => [i.rule, i.path])).toEqual([['org.unit.unexpected', ['unitCode']]]);
    expect(r.org.extra).toEqual({ unitName: '', unitCode: AGENCY_CODE });
  });
  it('reads flat spreadsheet unit columns', () => {
    const r = checkOrgRecord(
      agencyRecord({ unit: undefined, unitName: ' 宁波市鄞州区民政局 ', unitCategory: '4 机关', unitPartySetup: 11, unitCode: AGENCY_CODE.toLowerCase() }),
      ctx,
    );
    expect(r.issues).toEqual([]);
    expect(r.org.units).toEqual([{ name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: AGENCY_CODE, codeKind: 'creditCode' }]);
    expect(r.changes.map((c) => c.path)).toEqual([['unitSituation'], ['unitName'], ['unitCategory'], ['unitCode']]);
  });
  it('reports trimming the secretary, the contact and a unit id as changes, and nothing for clean cells', () => {
    const r = checkOrgRecord(agencyRecord({ unitSituation: 'legal-entity', secretary: '李四 ', contact: ' 王五', unit: { id: ' u1 ', name: '宁波市鄞州区民政局', category: '4', partySetup: '11', code: AGENCY_CODE } }), ctx);
    expect(r.changes).toEqual([
      { path: ['secretary'], before: '李四 ', after: '李四' },
      { path: ['contact'], before: ' 王五', after: '王五' },
      { path: ['unit', 'id'], before: ' u1 ', after: 'u1' },
    ]);
    expect(checkOrgRecord(agencyRecord({ unitSituation: 'legal-entity' }), ctx).changes).toEqual([]);
  });
  it('reads ids as text: trimmed with a change, too long with an issue and no id', () => {
    const r = checkOrgRecord(branchRecord({ id: ' wd3 ', parentId: 'x'.repeat(201) }), ctx);
    expect(r.org.id).toBe('wd3');
    expect(r.org.parentId).toBeUndefined();
    expect(r.changes).toContainEqual({ path: ['id'], before: ' wd3 ', after: 'wd3' });
    expect(r.issues.map((i) => [i.rule, i.path])).toContainEqual(['org.field.tooLong', ['parentId']]);
  });
  it('masks phone numbers in changes', () => {
    const r = checkOrgRecord(branchRecord({ contactPhone: '138 0574 0000' }), ctx);
    expect(r.changes).toContainEqual({ path: ['contactPhone'], before: '138******0000', after: '138****0000' });
    expect(JSON.stringify(r)).not.toContain('0574 0000');
  });
  it('keeps unknown fields in extra, __proto__ included', () => {
    const input = JSON.parse('{"name":"中共甲支部委员会","__proto__":{"x":1},"备注":"n"}');
    const r = checkOrgRecord(input, ctx);
    expect(Object.keys(r.org.extra)).toEqual(['__proto__', '备注']);
    expect(Object.getPrototypeOf(r.org.extra)).toBe(Object.prototype);
  });
  it('honours replacement code tables', () => {
    const table = defineCodeTable({
      id: 'orgCategory', title: '中共组织类别代码', standard: 'test', complete: true, confidence: 'high', sources: [],
      entries: [
        { code: '6', name: '党的基层组织' },
        { code: '63', name: '支部', parent: '6' },
        { code: '631', name: '党支部', parent: '63', kind: 'branch' },
        { code: '639', name: '党支部（试点）', parent: '63', kind: 'branch' },
      ],
    });
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    const withTable = resolveOptions({ tables: { orgCategory: table.value } });
    expect(checkOrgRecord(branchRecord({ category: '639' }), withTable).issues).toEqual([]);
    expect(checkOrgRecord(branchRecord({ category: '639' }), ctx).issues.map((i) => i.rule)).not.toEqual([]);
    expect(checkOrgRecord(branchRecord({ category: '611' }), withTable).issues.map((i) => i.rule)).toEqual(['code.unknown']);
  });
});
