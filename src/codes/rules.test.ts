// Every rule of src/codes: one case firing, one quiet; the catalogue array is complete.
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';
import { defineCodeTable } from './defineCodeTable.js';
import { mapGbt4658ToEducation } from './mapGbt4658ToEducation.js';
import { codesRules } from './rules.js';
import type { Issue, Result } from '../result.js';

const fired = (r: Result<unknown> | Issue[], rule: string) => (Array.isArray(r) ? r : r.issues).some((i) => i.rule === rule);
const table = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  defineCodeTable({ id: 't', title: 't', standard: '', complete: true, confidence: 'high', sources: [], hierarchicalCodes: true, entries, ...extra });
const fine = table([{ code: '1', name: 'a' }, { code: '11', name: 'b', parent: '1' }]);

const cases: Record<string, { fires: () => Result<unknown>; quiet: () => Result<unknown> }> = {
  'code.unknown': { fires: () => codeTables.ethnicity.check('99'), quiet: () => codeTables.ethnicity.check('01') },
  'code.notLeaf': { fires: () => codeTables.orgCategory.check('6'), quiet: () => codeTables.orgCategory.check('631') },
  'code.unverified': { fires: () => codeTables.orgCategory.check('7'), quiet: () => codeTables.orgCategory.check('621') },
  'code.nameMismatch': { fires: () => codeTables.ethnicity.check('01 回族'), quiet: () => codeTables.ethnicity.check('03 回族') },
  'code.ambiguous': { fires: () => codeTables.workPost.check('0011'), quiet: () => codeTables.workPost.check('011') },
  'code.noMapping': { fires: () => mapGbt4658ToEducation('16'), quiet: () => mapGbt4658ToEducation('14') },
  'codeTable.shape': { fires: () => table([{ code: '', name: 'a' }]), quiet: () => fine },
  'codeTable.duplicateCode': { fires: () => table([{ code: '1', name: 'a' }, { code: '1', name: 'b' }]), quiet: () => fine },
  'codeTable.missingParent': { fires: () => table([{ code: '11', name: 'a', parent: '1' }]), quiet: () => fine },
  'codeTable.cycle': {
    fires: () => table([{ code: '1', name: 'a', parent: '11' }, { code: '11', name: 'b', parent: '1' }, { code: '2', name: 'c' }], { hierarchicalCodes: false }),
    quiet: () => fine,
  },
  'codeTable.parentPrefix': { fires: () => table([{ code: '1', name: 'a' }, { code: '21', name: 'b', parent: '1' }]), quiet: () => fine },
  'codeTable.noLeaves': { fires: () => table([{ code: '1', name: 'a', parent: '1' }], { hierarchicalCodes: false }), quiet: () => fine },
};

describe('codesRules', () => {
  it('lists every rule once, each with a case below', () => {
    const ids = codesRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(codesRules.map((rule) => [rule.id, rule] as const))('%s fires and stays quiet', (id) => {
    const { fires, quiet } = cases[id]!;
    const hit = fires();
    expect(fired(hit, id)).toBe(true);
    const issue = hit.issues.find((i) => i.rule === id)!;
    expect(issue.severity).toBe(codesRules.find((r) => r.id === id)!.severity);
    expect(issue.message).not.toBe('');
    expect(fired(quiet(), id)).toBe(false);
  });

  it('has a summary, a source and both languages for every rule', () => {
    for (const rule of codesRules) {
      expect(rule.summary).not.toBe('');
      expect(rule.source).not.toBe('');
      expect(typeof rule.zh).toBe('function');
      expect(typeof rule.en).toBe('function');
    }
  });

  it('follows the documented severities: unknown and notLeaf are errors, unverified a warning', () => {
    const severity = new Map(codesRules.map((r) => [r.id, r.severity]));
    expect(severity.get('code.unknown')).toBe('error');
    expect(severity.get('code.notLeaf')).toBe('error');
    expect(severity.get('code.unverified')).toBe('warning');
  });
});
