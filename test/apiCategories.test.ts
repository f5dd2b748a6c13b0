// Issue 17: the API docs are grouped by `@category` (identifiers, codes, organisations, members, tree,
// dataset, spreadsheets…). Every export of the documented entries carries its folder's category.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { categoryOf, DOCUMENTED_ENTRIES, exportedDeclarations } from './_lib/apiCategories.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const declarations = exportedDeclarations(ROOT);

describe('API docs categories', { timeout: 300_000 }, () => {
  it('typedoc documents the entries this test reads', () => {
    const typedoc = JSON.parse(readFileSync(`${ROOT}/typedoc.json`, 'utf8')) as { entryPoints: string[] };
    expect(typedoc.entryPoints).toEqual(DOCUMENTED_ENTRIES);
  });

  it('finds the exports of every entry', () => {
    for (const entry of DOCUMENTED_ENTRIES) expect(declarations.filter((d) => d.entry === entry).length, entry).toBeGreaterThan(3);
  });

  it('gives every exported declaration exactly the category of its folder', () => {
    const wrong = declarations
      .filter((d) => d.categories.length !== 1 || d.categories[0] !== categoryOf(d.file))
      .map((d) => `${d.name} (${d.file}): ${JSON.stringify(d.categories)}, expected ${categoryOf(d.file)}`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('documents a guarded export (a const wrapping the function) as that function, with its own JSDoc (@function)', () => {
    const guarded = declarations.filter((d) => /= \/\* @__PURE__ \*\/ guard(Sync|Async)\(/.test(d.documented.getText()));
    expect(guarded.length).toBeGreaterThan(20);
    const missing = guarded.filter((d) => !ts.getJSDocTags(d.documented).some((t) => t.tagName.text === 'function')).map((d) => d.name);
    expect(missing).toEqual([]);
  });
});
