import { describe, expect, it } from 'vitest';
import { buildOrgTree, isOrgTree } from './buildOrgTree.js';
import { findCycles } from './cycles.js';

type Rec = { id?: unknown; parentId?: unknown; name?: string; unitSituation?: string; unit?: unknown; units?: unknown };

/** A chain r ← 1 ← 2 … ← n-1, all same-as-parent below a legal-entity root. */
function chain(n: number): Rec[] {
  const out: Rec[] = [{ id: 'n0', name: '中共根委员会', unitSituation: 'legal-entity', unit: { name: '根单位', code: '11330212002905523X' } }];
  for (let i = 1; i < n; i++) out.push({ id: `n${i}`, parentId: `n${i - 1}`, unitSituation: '与上级党组织相同' });
  return out;
}

describe('buildOrgTree basics', () => {
  const orgs: Rec[] = [
    { id: 'a', name: '中共甲委员会', unitSituation: 'legal-entity', unit: { name: '甲单位' } },
    { id: 'b', parentId: 'a', name: '中共甲一支部委员会', unitSituation: 'same-as-parent' },
    { id: 'c', parentId: 'a', name: '中共甲二支部委员会', unitSituation: 'legal-entity', unit: { name: '乙单位' } },
    { id: 'd', parentId: 'b', name: '中共甲一小组', unitSituation: 'same-as-parent' },
  ];
  const tree = buildOrgTree(orgs);
  it('navigates by id', () => {
    expect(tree.get('c')).toBe(orgs[2]);
    expect(tree.indexOf('d')).toBe(3);
    expect(tree.indexOf('zz')).toBe(-1);
    expect(tree.parent('b')).toBe(orgs[0]);
    expect(tree.parent('a')).toBeUndefined();
    expect(tree.children('a')).toEqual([orgs[1], orgs[2]]);
    expect(tree.roots()).toEqual([orgs[0]]);
    expect(tree.ancestors('d')).toEqual([orgs[1], orgs[0]]);
    expect(tree.descendants('a')).toEqual([orgs[1], orgs[3], orgs[2]]);
  });
  it('walks depth-first in input order and can skip subtrees', () => {
    const seen: [string, number][] = [];
    tree.walk((org, depth) => {
      seen.push([(org as Rec).id as string, depth]);
      return (org as Rec).id !== 'b';
    });
    expect(seen).toEqual([['a', 0], ['b', 1], ['c', 1]]);
  });
  it('finds the effective unit through same-as-parent', () => {
    expect(tree.effectiveUnit('d')?.org).toBe(orgs[0]);
    expect(tree.effectiveUnit('d')?.units).toEqual([{ name: '甲单位' }]);
    expect(tree.effectiveUnit('c')?.org).toBe(orgs[2]);
    expect(tree.effectiveUnit('zz')).toBeUndefined();
  });
  it('treats prototype names as ordinary ids', () => {
    const t = buildOrgTree([{ id: '__proto__' }, { id: 'constructor', parentId: '__proto__' }, { id: 'toString', parentId: 'hasOwnProperty' }]);
    expect(t.children('__proto__')).toHaveLength(1);
    expect(t.get('toString')).toBeDefined();
    expect(t.parent('toString')).toBeUndefined();
    expect(t.get('valueOf')).toBeUndefined();
  });
  it('reads numeric ids as text and tolerates garbage', () => {
    const t = buildOrgTree([{ id: 1 }, { id: ' 2 ', parentId: 1 }, null, 42, 'x'] as unknown[]);
    expect(t.children('1')).toHaveLength(1);
    expect(t.orgs).toHaveLength(5);
    expect(buildOrgTree(null as unknown as unknown[]).orgs).toEqual([]);
    expect(isOrgTree(t)).toBe(true);
    expect(isOrgTree({ views: [], parentIndex: new Int32Array() })).toBe(false);
  });
  it('does not change its input', () => {
    const frozen = Object.freeze(orgs.map((o) => Object.freeze({ ...o })));
    expect(() => buildOrgTree(frozen).effectiveUnit('d')).not.toThrow();
  });
});

describe('buildOrgTree at scale', () => {
  it('handles a chain 10,000 deep without recursion', () => {
    const orgs = chain(10_000);
    const tree = buildOrgTree(orgs);
    expect(tree.ancestors('n9999')).toHaveLength(9_999);
    expect(tree.descendants('n0')).toHaveLength(9_999);
    expect(tree.effectiveUnit('n9999')?.index).toBe(0);
    let deepest = 0;
    tree.walk((_o, depth) => {
      deepest = Math.max(deepest, depth);
    });
    expect(deepest).toBe(9_999);
  });
  it('resolves every effective unit of a deep chain (memoised)', () => {
    const tree = buildOrgTree(chain(10_000));
    let resolved = 0;
    for (let i = 9_999; i >= 0; i--) if (tree.effectiveIndex(i) === 0) resolved++;
    expect(resolved).toBe(10_000);
  });
  it('handles a wide tree of 100,000 orgs', () => {
    const orgs: Rec[] = [{ id: 'root', unitSituation: 'legal-entity' }];
    for (let i = 1; i < 100_000; i++) orgs.push({ id: `w${i}`, parentId: 'root', unitSituation: 'same-as-parent' });
    const tree = buildOrgTree(orgs);
    expect(tree.children('root')).toHaveLength(99_999);
    expect(tree.effectiveUnit('w77777')?.index).toBe(0);
    let visited = 0;
    tree.walk(() => {
      visited++;
    });
    expect(visited).toBe(100_000);
  });
});

describe('cycles', () => {
  it('finds cycles by colouring, each once, starting at the lowest index', () => {
    expect(findCycles(Int32Array.from([1, 2, 0, -1, 3, 5]))).toEqual([[0, 1, 2], [5]]);
    expect(findCycles(Int32Array.from([-1, 0, 1, 2]))).toEqual([]);
  });
  it('keeps navigation finite on cyclic input', () => {
    const tree = buildOrgTree<Rec>([
      { id: 'a', parentId: 'c', unitSituation: 'same-as-parent' },
      { id: 'b', parentId: 'a', unitSituation: 'same-as-parent' },
      { id: 'c', parentId: 'b', unitSituation: 'same-as-parent' },
      { id: 'd', parentId: 'c' },
      { id: 'self', parentId: 'self' },
    ]);
    expect(tree.cycles).toEqual([[0, 2, 1], [4]]);
    expect(tree.ancestors('d').map((o) => o.id)).toEqual(['c', 'b', 'a']);
    expect(tree.descendants('a').map((o) => o.id)).toEqual(['b', 'c', 'd']);
    expect(tree.effectiveUnit('a')).toBeUndefined();
    let visited = 0;
    tree.walk(() => {
      visited++;
    });
    expect(visited).toBe(0);
  });
  it('handles a 10,000-long cycle', () => {
    const orgs: Rec[] = [];
    for (let i = 0; i < 10_000; i++) orgs.push({ id: `c${i}`, parentId: `c${(i + 1) % 10_000}` });
    const tree = buildOrgTree(orgs);
    expect(tree.cycles).toHaveLength(1);
    expect(tree.cycles[0]).toHaveLength(10_000);
    expect(tree.ancestors('c0')).toHaveLength(9_999);
  });
});
