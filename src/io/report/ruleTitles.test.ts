import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../ruleCatalogue.js';
import { RULE_TITLES, ruleTitle } from './ruleTitles.js';

describe('rule titles for reports', () => {
  it('give every rule of the catalogue a short Chinese title (add one with each new rule)', () => {
    const missing = ruleCatalogue().map((r) => r.id).filter((id) => !Object.hasOwn(RULE_TITLES, id));
    expect(missing).toEqual([]);
    for (const title of Object.values(RULE_TITLES)) {
      expect(title).toMatch(/[\u4e00-\u9fff]/);
      expect(title.length).toBeLessThanOrEqual(16);
    }
  });

  it('name no rule that does not exist', () => {
    const ids = new Set<string>(ruleCatalogue().map((r) => r.id));
    expect(Object.keys(RULE_TITLES).filter((id) => !ids.has(id))).toEqual([]);
    expect(ruleTitle('no.such.rule')).toBe('no.such.rule');
  });
});
