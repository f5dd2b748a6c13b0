import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../options.js';
import type { Path } from '../result.js';
import { AGENCY_CODE, agencyRecord, branchRecord } from '../org/__fixtures__/orgs.js';
import { checkOrgRecord } from '../org/checkOrgRecord.js';
import { buildOrgTree } from './buildOrgTree.js';
import { checkOrgTree } from './checkOrgTree.js';
import { treeRules } from './rules.js';

const ctx = resolveOptions({});
const only = (orgs: unknown[], rule: string) => checkOrgTree(orgs, ctx).filter((i) => i.rule === rule);

const root = { id: 'r', name: '中共某区委员会', category: '611', unitSituation: 'legal-entity', unit: { name: '某区机关', code: AGENCY_CODE } };
const committee = (id: string, parentId: string, patch: Record<string, unknown> = {}) => ({
  id, parentId, name: `中共${id}委员会`, category: '611', unitSituation: 'same-as-parent', ...patch,
});
const branch = (id: string, parentId: string, patch: Record<string, unknown> = {}) => ({
  id, parentId, name: `中共${id}支部委员会`, category: '631', unitSituation: 'same-as-parent', ...patch,
});

interface Case {
  rule: string;
  severity: 'error' | 'warning';
  fires: unknown[];
  path: Path;
  quiet: unknown[];
}

const cases: Case[] = [
  { rule: 'tree.parent.missing', severity: 'error', fires: [root, branch('a', 'nobody')], path: [1, 'parentId'], quiet: [root, branch('a', 'r')] },
  { rule: 'tree.cycle', severity: 'error', fires: [root, branch('a', 'a')], path: [1, 'parentId'], quiet: [root, branch('a', 'r')] },
  { rule: 'tree.root.sameAsParent', severity: 'error', fires: [branch('a', '')], path: [0, 'unitSituation'], quiet: [root] },
  { rule: 'tree.child.ofBranch', severity: 'error', fires: [root, branch('a', 'r'), branch('b', 'a')], path: [2, 'parentId'], quiet: [root, committee('c', 'r'), branch('b', 'c')] },
  { rule: 'tree.name.duplicate', severity: 'error', fires: [root, branch('a', 'r'), branch('b', 'r', { name: '中共 a支部委员会' })], path: [2, 'name'], quiet: [root, branch('a', 'r'), branch('b', 'r')] },
  { rule: 'tree.id.duplicate', severity: 'error', fires: [root, branch('a', 'r'), branch('a', 'r', { name: '中共另一支部委员会' })], path: [2, 'id'], quiet: [root, branch('a', 'r')] },
  {
    rule: 'unit.duplicate',
    severity: 'warning',
    fires: [root, committee('c', 'r', { unitSituation: 'legal-entity', unit: { name: '民政局', code: '12330212002905532D' } }), committee('d', 'r', { unitSituation: 'legal-entity', unit: { name: '宁波市鄞州区民政局', code: '12330212002905532D' } })],
    path: [2, 'unit'],
    quiet: [root, committee('c', 'r', { unitSituation: 'legal-entity', unit: { id: 'U', name: '民政局', code: '12330212002905532D' } }), committee('d', 'r', { unitSituation: 'legal-entity', unit: { id: 'U', name: '民政局', code: '12330212002905532D' } })],
  },
];

describe('tree rules: each fires and stays quiet', () => {
  it('covers every structural rule', () => {
    const operational = new Set(['tree.org.notFound', 'tree.edit.invalid', 'tree.relink.noUnit']);
    expect(cases.map((c) => c.rule).sort()).toEqual(treeRules.map((r) => r.id).filter((id) => !operational.has(id)).sort());
  });
  it.each(cases)('$rule fires', ({ rule, severity, fires, path }) => {
    const found = only(fires, rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, path });
  });
  it.each(cases)('$rule stays quiet', ({ rule, quiet }) => {
    expect(only(quiet, rule)).toEqual([]);
  });
  it('is silent on a clean tree', () => {
    expect(checkOrgTree([root, committee('c', 'r'), branch('b', 'c'), branch('e', 'c')], ctx)).toEqual([]);
  });
});

describe('messages', () => {
  it.each([...treeRules])('$id renders in both languages for any parameters', (rule) => {
    const params = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? 'x' : undefined) }) as never;
    expect(rule.zh(params)).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.en(params)).toMatch(/[A-Za-z]/);
  });
});

describe('rule details', () => {
  it('lets a 总支 have 支部 below it, nothing else', () => {
    const zz = { id: 'z', parentId: 'r', name: '中共z总支部委员会', category: '621', unitSituation: 'same-as-parent' };
    expect(only([root, zz, branch('b', 'z')], 'tree.child.ofBranch')).toEqual([]);
    const wrong = only([root, zz, committee('c', 'z')], 'tree.child.ofBranch');
    expect(wrong[0]?.message).toContain('党总支');
  });
  it('names every record of a cycle, on each of them', () => {
    const found = only([branch('a', 'c'), branch('b', 'a'), branch('c', 'b')], 'tree.cycle');
    expect(found.map((i) => i.path)).toEqual([[0, 'parentId'], [1, 'parentId'], [2, 'parentId']]);
    expect(found[0]?.message).toContain('“中共a支部委员会” → “中共c支部委员会” → “中共b支部委员会” → “中共a支部委员会”');
  });
  it('suggests same-as-parent when a unit repeats the parent\'s', () => {
    const child = committee('c', 'r', { unitSituation: 'legal-entity', unit: { name: '某区机关', code: AGENCY_CODE } });
    const grandchild = branch('g', 'c');
    const found = only([root, child, grandchild], 'unit.duplicate');
    expect(found.map((i) => i.path)).toEqual([[1, 'unit']]);
    expect(found[0]?.message).toContain('与上级党组织相同');
  });
  it('reports units repeated across joint branches by path; one branch listing a unit twice is its record\'s issue (org.joint.duplicateUnit)', () => {
    const joint = { id: 'j', parentId: 'r', name: '中共某联合支部委员会', category: '632', unitSituation: 'joint', units: [{ name: '甲公司' }, { name: '甲公司' }] };
    expect(only([root, joint], 'unit.duplicate')).toEqual([]);
    const other = { ...joint, id: 'k', name: '中共某第二联合支部委员会', units: [{ name: '乙公司' }, { name: '甲公司' }] };
    expect(only([root, { ...joint, units: [{ name: '甲公司' }, { name: '丙公司' }] }, other], 'unit.duplicate').map((i) => i.path)).toEqual([[2, 'units', 1]]);
  });
  it('notes a unit\'s name even when its code already repeats another unit\'s', () => {
    // b repeats a's code (reported by code); c repeats b's name only: found because b's name was noted.
    const a = committee('a', 'r', { unitSituation: 'legal-entity', unit: { name: '甲公司', code: '91330212405726483C' } });
    const b = committee('b', 'r', { unitSituation: 'legal-entity', unit: { name: '乙公司', code: '91330212405726483C' } });
    const c = committee('c', 'r', { unitSituation: 'legal-entity', unit: { name: '乙公司' } });
    expect(only([root, a, b, c], 'unit.duplicate').map((i) => i.path)).toEqual([[2, 'unit'], [3, 'unit']]);
  });
  it('treats units with one unit id as one unit, wherever they are listed', () => {
    const a = committee('a', 'r', { unitSituation: 'legal-entity', unit: { id: 'u1', name: '甲公司' } });
    const b = committee('b', 'r', { unitSituation: 'legal-entity', unit: { id: 'u1', name: '甲公司' } });
    expect(only([root, a, b], 'unit.duplicate')).toEqual([]);
  });
  it('does not compare the 18-zero placeholder', () => {
    const a = committee('a', 'r', { unitSituation: 'legal-entity', unit: { name: '甲', code: '000000000000000000' } });
    const b = committee('b', 'r', { unitSituation: 'legal-entity', unit: { name: '乙', code: '000000000000000000' } });
    expect(only([root, a, b], 'unit.duplicate')).toEqual([]);
  });
  it('works on drafts from checkOrgRecord and on a built tree', () => {
    const drafts = [agencyRecord(), branchRecord({ parentId: 'mz', id: 'b1' }), branchRecord({ parentId: 'mz', id: 'b2' })].map((r) => checkOrgRecord(r, ctx).org);
    const issues = checkOrgTree(buildOrgTree(drafts), ctx);
    expect(issues.map((i) => [i.rule, i.path])).toEqual([['tree.name.duplicate', [2, 'name']]]);
  });
  it('speaks English when asked', () => {
    const [issue] = checkOrgTree([branch('a', '')], resolveOptions({ locale: 'en' }));
    expect(issue?.message).toContain('has no parent');
  });
});

describe('at scale', () => {
  it('checks a 10,000-deep chain of committees', () => {
    const orgs: unknown[] = [root];
    for (let i = 0; i < 10_000; i++) orgs.push(committee(`c${i}`, i === 0 ? 'r' : `c${i - 1}`));
    expect(checkOrgTree(orgs, ctx)).toEqual([]);
  });
  it('checks 100,000 orgs with one cycle of 50,000', () => {
    const orgs: unknown[] = [root];
    for (let i = 0; i < 50_000; i++) orgs.push(committee(`k${i}`, 'r'));
    for (let i = 0; i < 50_000; i++) orgs.push(committee(`y${i}`, `y${(i + 1) % 50_000}`));
    const issues = checkOrgTree(orgs, ctx);
    expect(issues).toHaveLength(50_000);
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(['tree.cycle']));
    expect(issues[0]?.message).toContain('(50000)');
  });
});
