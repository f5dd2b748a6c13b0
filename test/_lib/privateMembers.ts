/**
 * Members declared `private` or `protected` in the source of an exported class: they exist at run
 * time on the prototype but are no public API, so the fuzzer leaves them alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}

/** Names of the private and protected members of `export class <className>` in src/, or an empty set. */
export function privateMembers(className: string): Set<string> {
  const out = new Set<string>();
  const declaration = new RegExp(`export (?:abstract )?class ${className}\\b`);
  for (const path of sourceFiles(SRC)) {
    const text = readFileSync(path, 'utf8');
    if (!declaration.test(text)) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
    file.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || node.name?.text !== className) return;
      for (const member of node.members) {
        const hidden = ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
        if ((hidden || (member.name && ts.isPrivateIdentifier(member.name))) && member.name) out.add(member.name.getText(file));
      }
    });
  }
  return out;
}
