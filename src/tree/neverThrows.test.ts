import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../options.js';
import { deepFreeze } from '../org/__fixtures__/orgs.js';
import { buildOrgTree } from './buildOrgTree.js';
import { checkOrgTree } from './checkOrgTree.js';
import { mergeOrgs } from './mergeOrgs.js';
import { relinkUnit } from './relinkUnit.js';

const ctx = resolveOptions({});
const id = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 1, '');
const org = fc.oneof(
  fc.anything(),
  fc.record(
    {
      id, parentId: id, name: fc.oneof(fc.string(), fc.constantFrom('中共甲支部委员会', '中共乙委员会')),
      category: fc.constantFrom('611', '621', '631', '632', 6, null), unitSituation: fc.constantFrom('same-as-parent', '法人单位', 'joint', 3, undefined),
      unit: fc.oneof(fc.anything(), fc.record({ id: fc.anything(), name: fc.string(), code: fc.string() })),
      units: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
);

describe('tree functions never throw', () => {
  it('on lists of anything', () => {
    fc.assert(
      fc.property(fc.array(org, { maxLength: 8 }), id, id, (orgs, from, into) => {
        const frozen = deepFreeze(orgs);
        const tree = buildOrgTree(frozen);
        for (const v of tree.views) if (v.id !== undefined) {
          tree.ancestors(v.id);
          tree.descendants(v.id);
          tree.effectiveUnit(v.id);
        }
        tree.walk(() => undefined);
        const issues = checkOrgTree(frozen, ctx);
        expect(issues.every((i) => typeof i.path[0] === 'number')).toBe(true);
        const merged = mergeOrgs(frozen, from, into, { members: [{ branch: '中共甲支部委员会' }] });
        expect(typeof merged.ok).toBe('boolean');
        expect(typeof relinkUnit(frozen, from, into).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
  it('on non-lists', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(checkOrgTree(value as unknown[], ctx))).toBe(true);
        expect(mergeOrgs(value as unknown[], 'a', 'b').ok).toBe(false);
      }),
    );
  });
});
