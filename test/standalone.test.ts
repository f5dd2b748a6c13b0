// The repository stands on its own: code, docs and rule sources cite the guide's item, a GB clause or a
// page in docs/, never the design notes that live outside the repository and the package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../src/ruleCatalogue.js';

const ROOTS = ['src', 'docs', 'test', 'scripts', 'bench', 'README.md', 'CONTRIBUTING.md'];
const OUTSIDE = /SPEC\.md|\.\.\/shared\//;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'api' || name === 'node_modules' ? [] : filesUnder(join(path, name))));
}

describe('the repository stands on its own', () => {
  it('no file cites a document outside the repository', () => {
    const self = join('test', 'standalone.test.ts');
    const citing = ROOTS.flatMap(filesUnder)
      .filter((file) => file !== self && /\.(ts|md|json)$/.test(file))
      .filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')));
    expect(citing).toEqual([]);
  });

  it('no rule names such a document as its source', () => {
    expect(ruleCatalogue().filter((rule) => OUTSIDE.test(rule.source)).map((rule) => rule.id)).toEqual([]);
  });
});
