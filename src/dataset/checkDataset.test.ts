import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, TODAY, branch, member, members } from './__fixtures__/records.js';
import { checkMemberRecord } from '../member/checkMemberRecord.js';
import { resolveOptions } from '../options.js';
import { checkDataset } from './checkDataset.js';
import { compareDatasetPaths } from './sortIssues.js';
import { generateSampleDistrict } from './sample/generate.js';
import { sampleOptions } from './sample/tables.js';
import { ageBand } from './summary.js';

const A = '中共某某公司支部委员会';
const B = '中共某某学校支部委员会';
const orgs = [ROOT, branch('a', A), branch('b', B)];

const hostile = new Proxy([], {
  get() {
    throw new Error('boom');
  },
});

describe('checkDataset', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), fc.anything(), (data, options) => {
        const report = checkDataset(data, options as never);
        expect(typeof report.ok).toBe('boolean');
        expect(Array.isArray(report.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.array(fc.anything()), (o, m) => {
        expect(() => checkDataset({ orgs: o, members: m }, { today: TODAY })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on hostile objects: throwing getters, proxies, cycles, __proto__ keys, huge strings', () => {
    const cyclic: Record<string, unknown> = { name: '中共甲支部委员会' };
    cyclic['self'] = cyclic;
    const getter = Object.defineProperty({}, 'branch', { get: () => { throw new Error('no'); }, enumerable: true });
    const proto = JSON.parse('{"__proto__": {"x": 1}, "name": "中共乙支部委员会", "branch": "__proto__"}');
    const inputs: unknown[] = [
      { orgs: hostile, members: hostile },
      { orgs: [hostile, cyclic, proto, getter, Object.create(null)], members: [hostile, cyclic, proto, getter, 'x'.repeat(1 << 20)] },
      new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); }, getOwnPropertyDescriptor: () => { throw new Error('no'); } }),
      { orgs: [{ id: 'a', parentId: 'a', name: 'x'.repeat(1 << 20), category: 631 }], members: [{ branch: 'x'.repeat(1 << 20), idNumber: 1e30 }] },
    ];
    for (const data of inputs) {
      const report = checkDataset(data, { today: TODAY });
      expect(report.ok).toBe(false);
      expect(report.issues.length).toBeGreaterThan(0);
    }
  });

  it('does not change its input', () => {
    const data = { orgs: structuredClone(orgs), members: [...members(3, A), ...members(3, B, 50), member(99, ' 某某 ')] };
    const copy = structuredClone(data);
    checkDataset(data, { today: TODAY });
    expect(data).toEqual(copy);
  });

  it('gives the same report run after run, and a later run leaves an earlier report as it was', () => {
    const data = { orgs, members: [...members(3, A), member(5, B, { gender: '女' }), member(5, '中共无此支部委员会')] };
    const first = checkDataset(data, { today: TODAY });
    const copy = structuredClone(first);
    expect(first.issues.length).toBeGreaterThan(2);
    const second = checkDataset(data, { today: TODAY });
    expect(first).toEqual(copy);
    expect(second).toEqual(copy);
  });

  it('prefixes record issues with the record path and sorts by record, then field', () => {
    const bad = { ...orgs[1]!, contactPhone: '0574-87000000', name: '' };
    const ms = [member(5, B, { gender: '女', mobile: '' }), ...members(3, B, 50), member(6, A)];
    const report = checkDataset({ orgs: [ROOT, bad, orgs[2]], members: ms }, { today: TODAY });
    const paths = report.issues.map((i) => i.path);
    expect(paths.slice().sort(compareDatasetPaths)).toEqual(paths);
    expect(paths[0]).toEqual(['orgs', 1]);
    expect(report.issues.map((i) => i.rule)).toEqual([
      'tree.branch.empty', 'org.name.required', 'org.contactPhone.notMobile',
      'member.gender.idMismatch', 'member.mobile.missing', 'member.branch.unknown',
    ]);
    expect(report.ok).toBe(false);
  });

  it('is ok with warnings and reviews only', () => {
    const report = checkDataset({ orgs, members: [...members(3, A), ...members(3, B, 50, { mobile: '' })] }, { today: TODAY });
    expect(report.issues.every((i) => i.severity !== 'error')).toBe(true);
    expect(report.issues.length).toBe(3);
    expect(report.ok).toBe(true);
  });

  it('writes messages in English on request, never with a full ID number', () => {
    const ms = [...members(3, A), member(1, B), member(1, B)];
    const report = checkDataset({ orgs, members: ms }, { today: TODAY, locale: 'en' });
    const duplicate = report.issues.find((i) => i.rule === 'member.idNumber.duplicate')!;
    expect(duplicate.message).toMatch(/^Citizen ID number 3302/);
    for (const i of report.issues) expect(i.message).not.toContain(String(ms[3]!['idNumber']));
  });

  it('reports an unreadable today option and goes on with the current date', () => {
    const report = checkDataset({ orgs, members: [...members(3, A), ...members(3, B, 50)] }, { today: 'someday' });
    expect(report.issues.map((i) => i.rule)).toEqual(['options.today']);
  });
});

describe('checkDataset summary', () => {
  const ms = [
    ...members(3, A),
    member(10, A, { memberType: '预备党员', joinDate: '2017-01-05', fullDate: undefined, floating: true, floatingDestination: '上海市 上海市 浦东新区' }),
    ...members(3, B, 50, { ethnicity: '回族', workPost: '502', birthDate: undefined }),
    member(60, B, { lostContact: true, lostContactDate: '2017-03' }),
    member(61, '中共不存在支部委员会'),
  ];
  const { summary } = checkDataset({ orgs, members: ms }, { today: TODAY });

  it('counts orgs by category, kind and unit situation', () => {
    expect(summary.orgs).toEqual({
      total: 3, byCategory: { 611: 1, 631: 2 }, byKind: { committee: 1, 'general-branch': 0, branch: 2, other: 0 },
      byUnitSituation: { 'same-as-parent': 2, 'legal-entity': 1 }, branches: 2, emptyBranches: 0, temporary: 0,
    });
  });

  it('counts members by type, gender, ethnicity, education, work post, age band; 失联, 流动, unlinked', () => {
    const m = summary.members;
    expect(m.total).toBe(9);
    expect(m.byType).toEqual({ 正式党员: 8, 预备党员: 1 });
    expect(m.byGender).toEqual({ 男: 3, 女: 6 });
    expect(m.byEthnicity).toEqual({ 汉族: 6, 回族: 3 });
    expect(m.byEducation).toEqual({ 21: 9 });
    expect(m.byWorkPost).toEqual({ '0215': 6, 502: 3 });
    expect(m.byAgeBand).toEqual({ '36-40': 9 });
    expect([m.lostContact, m.floating, m.unlinked, m.remoteConfirmations]).toEqual([1, 1, 1, 0]);
  });

  it('counts issues by rule and severity', () => {
    const report = checkDataset({ orgs, members: ms }, { today: TODAY });
    expect(summary.issues.total).toBe(report.issues.length);
    expect(summary.issues.byRule['member.branch.unknown']).toBe(1);
    expect(summary.issues.bySeverity.error + summary.issues.bySeverity.warning + summary.issues.bySeverity.review).toBe(summary.issues.total);
  });

  it('works out the staffing: one worker per 1,000 members per top-level unit, one per branch', () => {
    expect(summary.staffing).toEqual({
      membersPerWorker: 1000, coordinators: 2, branchWorkers: 2, required: 4,
      byUnit: [
        { org: 1, name: A, members: 4, branches: 1, coordinators: 1 },
        { org: 2, name: B, members: 4, branches: 1, coordinators: 1 },
      ],
    });
    const big = checkDataset({ orgs: [ROOT, { ...branch('t', '中共某某街道工作委员会', { category: '611' }) }, branch('a', A, { parentId: 't' })], members: members(1001, A) }, { today: TODAY, policy: { maxMembersPerBranch: 2000 } });
    expect(big.summary.staffing.byUnit).toEqual([{ org: 1, name: '中共某某街道工作委员会', members: 1001, branches: 1, coordinators: 2 }]);
  });

  it('finds the 镇（街道）and 区直 departments by what they are, not by depth (四、1)', () => {
    const street = { ...ROOT, id: 's', name: '中共某某街道工作委员会', unit: { ...ROOT.unit, name: '某某街道办事处', category: '11' } };
    const names = ['中共某某街道甲社区支部委员会', '中共某某街道乙社区支部委员会', '中共某某街道丙社区支部委员会'];
    const rooted = checkDataset(
      { orgs: [street, ...names.map((n, k) => branch(`b${k}`, n, { parentId: 's' }))], members: names.flatMap((n, k) => members(10, n, k * 10)) },
      { today: TODAY },
    );
    // One street with 30 members: one coordinator, not one per branch.
    expect(rooted.summary.staffing).toMatchObject({ coordinators: 1, branchWorkers: 3, required: 4 });
    expect(rooted.summary.staffing.byUnit).toEqual([{ org: 0, name: '中共某某街道工作委员会', members: 30, branches: 3, coordinators: 1 }]);
    // A district whose street sits below a 工委 in between: the street is still the unit.
    const district = checkDataset(
      {
        orgs: [ROOT, branch('w', '中共某某区两新工作委员会', { category: '611' }), { ...branch('t', '中共某某镇委员会', { category: '611' }), parentId: 'w' },
          branch('a', A, { parentId: 't' }), branch('b', B, { parentId: 't' })],
        members: [...members(600, A), ...members(600, B, 600)],
      },
      { today: TODAY, policy: { maxMembersPerBranch: 2000 } },
    );
    expect(district.summary.staffing.byUnit).toEqual([{ org: 2, name: '中共某某镇委员会', members: 1200, branches: 2, coordinators: 2 }]);
  });

  it('treats names like __proto__ and constructor as plain names (own look-ups only)', () => {
    const report = checkDataset({ orgs, members: [...members(3, A), ...members(3, B, 50), member(90, '__proto__'), member(91, 'constructor')] }, { today: TODAY });
    expect(report.issues.map((i) => i.rule)).toEqual(['member.branch.unknown', 'member.branch.unknown']);
    expect(report.summary.members.unlinked).toBe(2);
    expect(Object.getPrototypeOf(report.summary.members.byType)).toBe(Object.prototype);
  });
});

describe('unknown member fields', () => {
  it('are not read by the dataset check (it keeps no draft), while checkMemberRecord keeps them', () => {
    let reads = 0;
    const record = Object.defineProperty({ name: '张三' } as Record<string, unknown>, '备注', {
      enumerable: true,
      get: () => ++reads,
    });
    checkDataset({ orgs: [], members: [record] }, { today: '2017-07-24' });
    expect(reads).toBe(0);
    expect(checkMemberRecord(record, resolveOptions({ today: '2017-07-24' })).member.extra).toEqual({ 备注: 1 });
    expect(reads).toBe(1);
  });
});

describe('the summary on the sample district', () => {
  it('puts every member in the age band of its birth date (from the field, else the ID number)', () => {
    const district = generateSampleDistrict();
    const options = sampleOptions();
    const ctx = resolveOptions(options);
    const expected: Record<string, number> = {};
    for (const record of district.members) {
      const { member } = checkMemberRecord(record, ctx);
      const band = ageBand(member.birthDate, ctx.today);
      expected[band] = (expected[band] ?? 0) + 1;
    }
    const { summary } = checkDataset(district, options);
    expect(Object.keys(summary.members.byAgeBand).length).toBeGreaterThan(5);
    expect(summary.members.byAgeBand).toEqual(expected);
  });
});
