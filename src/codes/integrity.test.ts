// Integrity of every bundled table: the same checks defineCodeTable applies to user data, plus the
// facts the sources fix (49 work-post leaves, 58 ethnic groups, the template's 20 education leaves).
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';
import { readTableData } from './validateTableData.js';
import { isCodeShaped, nameKey } from './_lib/nameKey.js';
import type { CodeTable, CodeTableData } from './types.js';

const tables = Object.entries(codeTables) as [string, CodeTable][];

describe.each(tables)('bundled table %s', (key, table) => {
  const data = table.data as CodeTableData;

  it('is keyed by its own id and passes the integrity checks of defineCodeTable', () => {
    expect(data.id).toBe(key);
    expect(readTableData(data).issues).toEqual([]);
  });

  it('has unique codes whose parents exist, no cycles, and a non-empty leaf set', () => {
    const codes = data.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of data.entries) {
      if (entry.parent !== undefined) expect(codes, `${entry.code} → ${entry.parent}`).toContain(entry.parent);
      // Walking up ends at the top within as many steps as there are entries.
      expect(table.ancestors(entry.code).length).toBeLessThan(codes.length);
      expect(new Set(table.ancestors(entry.code)).size).toBe(table.ancestors(entry.code).length);
    }
    expect(table.leaves().length).toBeGreaterThan(0);
  });

  it('has child codes that extend their parent where the table declares hierarchicalCodes', () => {
    if (!data.hierarchicalCodes) return;
    for (const entry of data.entries) {
      if (entry.parent === undefined) continue;
      expect(entry.code.startsWith(entry.parent) && entry.code.length > entry.parent.length, entry.code).toBe(true);
    }
  });

  it('keeps its provenance: title, standard, sources with what they gave, a confidence', () => {
    expect(data.title).not.toBe('');
    expect(data.standard).not.toBe('');
    expect(data.sources.length).toBeGreaterThan(0);
    for (const source of data.sources) {
      expect(source.name).not.toBe('');
      expect(source.what).not.toBe('');
    }
    expect(['high', 'medium', 'low']).toContain(data.confidence);
  });

  it('explains every entry without a name and every low-confidence entry in a note', () => {
    for (const entry of data.entries) {
      const confidence = entry.confidence ?? data.confidence;
      if (entry.name === '' || confidence === 'low') expect(entry.note ?? '', entry.code).not.toBe('');
    }
  });

  it('has leaves with names (a form value must be readable)', () => {
    for (const code of table.leaves()) expect(table.get(code)?.name, code).not.toBe('');
  });

  it('has aliases that never equal a code of the table (they would be shadowed) and no empty alias', () => {
    const codes = new Set(data.entries.map((e) => e.code));
    for (const entry of data.entries) {
      for (const alias of entry.aliases ?? []) {
        expect(alias.trim()).not.toBe('');
        expect(isCodeShaped(alias) && codes.has(alias.toUpperCase()), alias).toBe(false);
      }
    }
  });

  it('resolves every name and alias back to its code unless the name is shared', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of data.entries) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        if (name === '') continue;
        const key = nameKey(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.code));
      }
    }
    for (const entry of data.entries) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        if (name === '') continue;
        const expected = owners.get(nameKey(name))!.size === 1 ? entry.code : undefined;
        expect(table.find(name), name).toBe(expected);
      }
    }
  });
});

describe('facts fixed by the sources', () => {
  it('marks the reconstructed tables incomplete and the template-based ones complete', () => {
    expect(codeTables.orgCategory.data.complete).toBe(false);
    expect(codeTables.unitCategory.data.complete).toBe(false);
    expect(codeTables.unitPartySetup.data.complete).toBe(false);
    expect(codeTables.education.data.complete).toBe(true);
    expect(codeTables.workPost.data.complete).toBe(true);
    expect(codeTables.ethnicity.data.complete).toBe(true);
  });

  it('work post: exactly the template’s 49 leaves', () => {
    expect(codeTables.workPost.leaves()).toHaveLength(49);
    expect(codeTables.workPost.isLeaf('2')).toBe(true); // 解放军、武警 is a top-level leaf
    expect(codeTables.workPost.has('4')).toBe(false); // the template has no 4: 离退休 is 5
    expect(codeTables.workPost.get('612')?.name).toBe('其他从业人员');
    expect(codeTables.workPost.get('613')?.name).toBe('其他无业人员');
  });

  it('ethnicity: 58 entries, 01–56 with romanisation and letter code, then 91 and 92', () => {
    const codes = codeTables.ethnicity.entries().map((e) => e.code);
    const expected = Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')).concat(['91', '92']);
    expect(codes).toEqual(expected);
    for (const entry of codeTables.ethnicity.entries()) {
      if (entry.code > '56') continue;
      expect(entry.roman, entry.code).toMatch(/^[A-Z][a-z]+$/);
      expect(entry.letter, entry.code).toMatch(/^[A-Z]{2}$/);
    }
    expect(codeTables.ethnicity.get('91')?.name).toBe('其他族');
    expect(codeTables.ethnicity.get('92')?.name).toBe('外国血统');
  });

  it('education: the leaves are the 20 of the 2017 template’s dropdown, in its order', () => {
    // reference/member-summary-template.md, hidden sheet 学历.
    expect(codeTables.education.leaves()).toEqual(
      ['11', '12', '13', '1A', '1B', '21', '22', '23', '24', '2A', '2B', '2C', '2D', '41', '44', '47', '6', '7', '8', '9'],
    );
  });

  it('org category: the agreed leaves exist with high confidence and their kinds', () => {
    const kinds: Record<string, string> = {
      '611': 'committee', '911': 'committee', '621': 'general-branch', '921': 'general-branch',
      '631': 'branch', '632': 'branch', '931': 'branch', '932': 'branch',
    };
    for (const [code, kind] of Object.entries(kinds)) {
      const entry = codeTables.orgCategory.get(code);
      expect(entry?.confidence, code).toBe('high');
      expect(entry?.kind, code).toBe(kind);
      expect(codeTables.orgCategory.isLeaf(code)).toBe(true);
    }
    expect(codeTables.orgCategory.get('612')?.confidence).toBe('low');
    expect(codeTables.orgCategory.get('641')?.confidence).toBe('low');
    const withKind = codeTables.orgCategory.entries().filter((e) => e.kind !== undefined).map((e) => e.code);
    expect(withKind.sort()).toEqual(Object.keys(kinds).sort());
  });

  it('keeps group codes without a known name as name "" rather than inventing one', () => {
    for (const code of ['61', '62', '63', '9', '91', '92', '93']) expect(codeTables.orgCategory.get(code)?.name).toBe('');
    expect(codeTables.unitCategory.get('1')?.name).toBe('');
    expect(codeTables.unitPartySetup.get('1')?.name).toBe('');
  });

  it('GB/T 4658: every mapsTo names a leaf of the party education table, with a mapping confidence', () => {
    let mapped = 0;
    for (const entry of codeTables.educationGbt4658.entries()) {
      if (entry.mapsTo === undefined) {
        expect(entry.mapsToConfidence).toBeUndefined();
        continue;
      }
      mapped++;
      expect(codeTables.educationGbt4658.isLeaf(entry.code), entry.code).toBe(true);
      expect(codeTables.education.isLeaf(String(entry.mapsTo)), entry.code).toBe(true);
      expect(['high', 'medium', 'low']).toContain(entry.mapsToConfidence);
      if (entry.mapsToConfidence !== 'high') expect(entry.note ?? '', entry.code).not.toBe('');
    }
    expect(mapped).toBeGreaterThan(0);
    // 肄业 (left without a diploma) never maps.
    for (const entry of codeTables.educationGbt4658.entries()) if (entry.name.endsWith('肄业')) expect(entry.mapsTo).toBeUndefined();
  });
});
