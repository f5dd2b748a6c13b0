// tableFor, orgCategoryKind, isTemporaryOrgCategory, mapGbt4658ToEducation.
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';
import { defineCodeTable } from './defineCodeTable.js';
import { mapGbt4658ToEducation } from './mapGbt4658ToEducation.js';
import { isTemporaryOrgCategory, orgCategoryKind } from './orgCategoryKind.js';
import { tableFor } from './tableFor.js';

const official = defineCodeTable({
  id: 'ethnicity', title: '民族', standard: 'GB/T 3304', complete: true, confidence: 'high', sources: [],
  entries: [{ code: '01', name: '汉族' }],
});
const officialTable = official.ok ? official.value : codeTables.ethnicity;

describe('tableFor', () => {
  it('gives the bundled table without overrides', () => {
    expect(tableFor('orgCategory')).toBe(codeTables.orgCategory);
    expect(tableFor('educationGbt4658')).toBe(codeTables.educationGbt4658);
    expect(tableFor('ethnicity', {})).toBe(codeTables.ethnicity);
  });
  it('gives the override when one is supplied for that name', () => {
    expect(official.ok).toBe(true);
    expect(tableFor('ethnicity', { ethnicity: officialTable })).toBe(officialTable);
    expect(tableFor('education', { ethnicity: officialTable })).toBe(codeTables.education);
  });
  it('falls back to the bundled table on odd overrides, never throwing', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    for (const overrides of [null, 'x', 1, { ethnicity: null }, { ethnicity: { check: 'no' } }, throwing, Object.create({ ethnicity: officialTable })]) {
      expect(tableFor('ethnicity', overrides)).toBe(codeTables.ethnicity);
    }
  });
  it('gives undefined for a name that is no table (untyped callers only)', () => {
    expect(tableFor('__proto__' as never)).toBeUndefined();
  });
});

describe('orgCategoryKind / isTemporaryOrgCategory', () => {
  it.each([
    ['611', 'committee', false], ['911', 'committee', true],
    ['621', 'general-branch', false], ['921', 'general-branch', true],
    ['631', 'branch', false], ['632', 'branch', false], ['931', 'branch', true], ['932', 'branch', true],
    ['612', 'other', false], ['641', 'other', false], ['6', 'other', false], ['9', 'other', true], ['7', 'other', false],
  ] as const)('%s is %s (temporary: %s)', (code, kind, temporary) => {
    expect(orgCategoryKind(code)).toBe(kind);
    expect(isTemporaryOrgCategory(code)).toBe(temporary);
  });
  it('accepts what check accepts', () => {
    expect(orgCategoryKind(631)).toBe('branch');
    expect(orgCategoryKind('631 党支部')).toBe('branch');
    expect(orgCategoryKind('党总支')).toBe('general-branch');
    expect(isTemporaryOrgCategory('临时党支部')).toBe(true);
    expect(isTemporaryOrgCategory('９３１')).toBe(true);
  });
  it('says other / false for junk', () => {
    for (const junk of [null, undefined, {}, Symbol('x'), 'abc', 1e400, '']) {
      expect(orgCategoryKind(junk)).toBe('other');
      expect(isTemporaryOrgCategory(junk)).toBe(false);
    }
  });
  it('uses a replacement table’s kind column, else the bundled kind of the same code', () => {
    const custom = defineCodeTable({
      id: 'orgCategory', title: 't', standard: '', complete: true, confidence: 'high', sources: [],
      entries: [{ code: '631', name: '党支部' }, { code: '655', name: '功能型党支部', kind: 'branch' }],
    });
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    expect(orgCategoryKind('631', custom.value)).toBe('branch');
    expect(orgCategoryKind('655', custom.value)).toBe('branch');
    expect(orgCategoryKind('621', custom.value)).toBe('other'); // not in that table
  });
});

describe('mapGbt4658ToEducation', () => {
  it('maps 毕业 codes to the party code of the same level', () => {
    const expected: Record<string, string> = { '11': '11', '14': '12', '17': '13', '21': '21', '28': '23', '31': '22', '41': '41', '44': '44', '47': '47', '61': '6', '71': '7', '81': '8', '90': '9' };
    for (const [gb, party] of Object.entries(expected)) {
      const r = mapGbt4658ToEducation(gb);
      expect(r.ok && r.value.code, gb).toBe(party);
      expect(r.issues, gb).toEqual([]);
    }
  });
  it('flags 结业 mappings as doubtful and refuses 肄业 and groups', () => {
    for (const gb of ['12', '15', '18', '22', '32', '42', '45', '48', '62']) {
      const r = mapGbt4658ToEducation(gb);
      expect(r.ok, gb).toBe(true);
      expect(r.issues.map((i) => i.rule), gb).toEqual(['code.unverified']);
    }
    for (const gb of ['13', '16', '19', '23', '33', '43', '46', '49', '63', '73', '83']) {
      expect(mapGbt4658ToEducation(gb).issues.map((i) => i.rule), gb).toEqual(['code.noMapping']);
    }
    expect(mapGbt4658ToEducation('10').issues.map((i) => i.rule)).toEqual(['code.notLeaf']);
  });
  it('accepts numbers, cells and names, and reports where it came from', () => {
    const r = mapGbt4658ToEducation('14 硕士研究生毕业');
    expect(r).toEqual({ ok: true, value: { code: '12', name: '硕士研究生', from: { code: '14', name: '硕士研究生毕业' } }, issues: [] });
    expect(mapGbt4658ToEducation(31).ok && mapGbt4658ToEducation(31)).toMatchObject({ value: { code: '22' } });
    expect(mapGbt4658ToEducation('大学本科毕业')).toMatchObject({ value: { code: '21' } });
  });
  it('rejects junk with code.unknown, in English on request', () => {
    const r = mapGbt4658ToEducation({}, { locale: 'en' });
    expect(r.issues.map((i) => i.rule)).toEqual(['code.unknown']);
    expect(r.issues[0]!.message).toMatch(/^Education \(GB\/T 4658\)/);
    expect(mapGbt4658ToEducation('99').ok).toBe(false);
  });
});
