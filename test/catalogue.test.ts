import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleById, ruleCatalogue, rules } from '../src/ruleCatalogue.js';
import type { Issue } from '../src/result.js';
import type { RuleId } from '../src/rules/ruleIds.js';
import { placeholders, renderRuleDocs, renderRuleIds } from '../scripts/rule-docs.js';
import specIds from './spec-rule-ids.json';

describe('rule catalogue', () => {
  const rows = ruleCatalogue();
  it('has every rule id promised to users (test/spec-rule-ids.json)', () => {
    const ids = new Set(rows.map((r) => r.id));
    const missing = (specIds as string[]).filter((id) => !ids.has(id as RuleId));
    expect(missing).toEqual([]);
  });
  it('has unique ids with valid severities, summaries and sources', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      expect(seen.has(r.id), `duplicate ${r.id}`).toBe(false);
      seen.add(r.id);
      expect(['error', 'warning', 'review']).toContain(r.severity);
      expect(r.summary.length, r.id).toBeGreaterThan(5);
      expect(r.source.length, r.id).toBeGreaterThan(1);
    }
  });
  it('renders a Chinese and an English message for every rule', () => {
    for (const r of rows) {
      const def = ruleById(r.id)!;
      const params = placeholders as never;
      expect(def.zh(params), r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(def.en(params), r.id).toMatch(/[A-Za-z]/);
    }
  });
  it('docs/rules.md is up to date (npm run rules:docs)', () => {
    const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRuleDocs());
  });
  it('src/rules/ruleIds.ts (the RuleId type) is up to date (npm run rules:docs)', () => {
    const onDisk = readFileSync(new URL('../src/rules/ruleIds.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRuleIds());
  });
  it('rules[id] reaches every rule of the catalogue, and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const r of rows) expect(rules[r.id as RuleId].severity).toBe(r.severity);
    expect(Object.isFrozen(rules)).toBe(true);
  });
  it('Issue.rule is the union of rule ids: a misspelt id is a type error', () => {
    const issue: Issue = { rule: 'id.checksum', severity: 'error', path: [], message: '' };
    // @ts-expect-error 'id.chekcsum' is not a rule id
    const misspelt: Issue['rule'] = 'id.chekcsum';
    expect([issue.rule, misspelt]).toEqual(['id.checksum', 'id.chekcsum']);
  });
});
