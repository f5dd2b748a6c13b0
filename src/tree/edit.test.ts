import { describe, expect, it } from 'vitest';
import { buildOrgTree } from './buildOrgTree.js';
import { mergeOrgs } from './mergeOrgs.js';
import { relinkUnit } from './relinkUnit.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const CODE = '11330212002905523X';

const orgs = deepFreeze([
  { id: 'p', name: '中共某局委员会', unitSituation: 'legal-entity', unit: { name: '某局', code: CODE } },
  { id: 'a', parentId: 'p', name: '中共某局机关第一支部委员会', unitSituation: 'same-as-parent' },
  { id: 'b', parentId: 'p', name: '中共某局离退休总支部委员会', unitSituation: 'legal-entity', unit: { name: '某局', code: CODE }, note: 'kept' },
  { id: 'b1', parentId: 'b', name: '中共某局离退休第一支部委员会', unitSituation: 'same-as-parent' },
  { id: 'b2', parentId: 'b', name: '中共某局离退休第二支部委员会', unitSituation: 'same-as-parent' },
]);
const members = deepFreeze([
  { name: '张三', branch: '中共某局离退休第二支部委员会' },
  { name: '李四', branch: '中共某局机关第一支部委员会' },
  { name: '王五', branch: ' 中共某局离退休第二支部委员会 ' },
]);

describe('mergeOrgs', () => {
  it('moves members, drops the merged org, never mutates', () => {
    const r = mergeOrgs(orgs, 'b2', 'b1', { members });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.orgs.map((o) => (o as { id: string }).id)).toEqual(['p', 'a', 'b', 'b1']);
    expect(r.value.orgs[0]).toBe(orgs[0]);
    expect(r.value.members?.map((m) => (m as { branch: string }).branch)).toEqual([
      '中共某局离退休第一支部委员会',
      '中共某局机关第一支部委员会',
      '中共某局离退休第一支部委员会',
    ]);
    expect(r.value.members?.[1]).toBe(members[1]);
    expect(r.value.changes).toEqual([
      { path: ['orgs', 4], before: '“中共某局离退休第二支部委员会”', after: '“中共某局离退休第一支部委员会”' },
      { path: ['members', 0, 'branch'], before: '中共某局离退休第二支部委员会', after: '中共某局离退休第一支部委员会' },
      { path: ['members', 2, 'branch'], before: ' 中共某局离退休第二支部委员会 ', after: '中共某局离退休第一支部委员会' },
    ]);
  });
  it('re-parents children and keeps one unit record', () => {
    const r = mergeOrgs(buildOrgTree(orgs), 'b', 'p');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.members).toBeUndefined();
    const byId = new Map(r.value.orgs.map((o) => [(o as { id: string }).id, o as Record<string, unknown>]));
    expect(byId.has('b')).toBe(false);
    expect(byId.get('b1')?.parentId).toBe('p');
    expect(byId.get('b2')?.parentId).toBe('p');
    expect(r.value.changes).toContainEqual({ path: ['orgs', 2, 'unit'], before: `某局 ${CODE}`, after: '' });
    expect(r.value.changes).toContainEqual({ path: ['orgs', 3, 'parentId'], before: 'b', after: 'p' });
    expect(orgs[3]!.parentId).toBe('b');
  });
  it('refuses unknown ids, the same org, and merging into a descendant', () => {
    expect(mergeOrgs(orgs, 'x', 'p').issues.map((i) => i.rule)).toEqual(['tree.org.notFound']);
    expect(mergeOrgs(orgs, 'p', 'p').issues.map((i) => i.rule)).toEqual(['tree.edit.invalid']);
    const down = mergeOrgs(orgs, 'b', 'b1', { locale: 'en' });
    expect(down.ok).toBe(false);
    expect(down.issues[0]?.message).toContain('descendants');
    expect(mergeOrgs(orgs, 'b2', 'x2').ok).toBe(false);
  });
  it('refuses to move members to an org without a name', () => {
    const unnamed = [{ id: 'x', name: '中共甲支部委员会' }, { id: 'y' }];
    const r = mergeOrgs(unnamed, 'x', 'y', { members: [{ branch: '中共甲支部委员会' }] });
    expect(r.issues.map((i) => i.rule)).toEqual(['tree.edit.invalid']);
  });
  it('survives garbage', () => {
    expect(mergeOrgs(null as unknown as unknown[], Symbol('s'), {}).ok).toBe(false);
  });
});

describe('relinkUnit', () => {
  it('makes an org sharing its parent unit same-as-parent', () => {
    const r = relinkUnit(orgs, 'b', 'p');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.orgs[2]).toEqual({ id: 'b', parentId: 'p', name: '中共某局离退休总支部委员会', unitSituation: 'same-as-parent', note: 'kept' });
    expect(r.value.changes).toEqual([
      { path: ['orgs', 2, 'unitSituation'], before: 'legal-entity', after: 'same-as-parent' },
      { path: ['orgs', 2, 'unit'], before: `某局 ${CODE}`, after: '' },
    ]);
  });
  it('shares one unit record (by id) between two orgs that are not parent and child', () => {
    const list = deepFreeze([
      { id: 'r', name: '中共区委', unitSituation: '法人单位', unit: { name: '区委', code: '113302120000000001' } },
      { id: 'x', parentId: 'r', name: '中共民政局机关支部委员会', unitSituation: '法人单位', unit: { name: '宁波市鄞州区民政局', code: CODE } },
      { id: 'y', parentId: 'r', name: '中共民政局离退休支部委员会', unitSituation: '法人单位', unitName: '宁波市鄞州区民政局', unitCode: CODE },
    ]);
    const r = relinkUnit(list, 'y', 'x');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value.orgs[1] as { unit: unknown }).unit).toEqual({ name: '宁波市鄞州区民政局', code: CODE, id: CODE });
    expect(r.value.orgs[2]).toMatchObject({ unitSituation: '法人单位', unitId: CODE, unitName: '宁波市鄞州区民政局', unitCode: CODE });
    expect(r.value.changes.map((c) => c.path)).toEqual([
      ['orgs', 1, 'unit', 'id'],
      ['orgs', 2, 'unit'],
    ]);
  });
  it('replaces the matching founding unit of a joint branch', () => {
    const list = [
      { id: 'x', name: '中共甲公司支部委员会', unitSituation: 'legal-entity', units: [{ id: 'U1', name: '甲公司', code: '914403001922038216' }] },
      { id: 'j', name: '中共某商圈联合支部委员会', unitSituation: 'joint', units: [{ name: '乙公司' }, { name: '甲公司' }] },
    ];
    const r = relinkUnit(list, 'j', 'x');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value.orgs[1] as { units: unknown[] }).units).toEqual([{ name: '乙公司' }, { id: 'U1', name: '甲公司', code: '914403001922038216' }]);
    expect(r.value.orgs[0]).toBe(list[0]);
  });
  it('refuses targets without one unit, and joint branches without the unit', () => {
    expect(relinkUnit(orgs, 'b1', 'a').issues.map((i) => i.rule)).toEqual(['tree.relink.noUnit']);
    const list = [
      { id: 'x', unitSituation: 'legal-entity', unit: { name: '甲公司' } },
      { id: 'j', unitSituation: 'joint', units: [{ name: '乙公司' }, { name: '丙公司' }] },
    ];
    expect(relinkUnit(list, 'j', 'x').issues.map((i) => i.rule)).toEqual(['tree.edit.invalid']);
    expect(relinkUnit(list, 'j', 'j').issues.map((i) => i.rule)).toEqual(['tree.edit.invalid']);
    expect(relinkUnit(list, 'q', 'j').issues.map((i) => i.rule)).toEqual(['tree.org.notFound']);
  });
});
