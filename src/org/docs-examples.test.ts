// Runs every code block of docs/unit-situations.md exactly as written and checks each
// `console.log(x); // → <JSON>` against the value logged, so the page cannot drift from the code.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as org from './index.js';
import * as tree from '../tree/index.js';

const page = readFileSync(new URL('../../docs/unit-situations.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const library: Record<string, unknown> = { ...org, ...tree };

/** The names a block imports from 'partyinfo', and the block without its import lines. */
function splitImports(code: string): { names: string[]; body: string } {
  const names: string[] = [];
  const body = code.replace(/^import \{([^}]*)\} from 'partyinfo';\n/gm, (_line, list: string) => {
    names.push(...list.split(',').map((n) => n.trim()).filter(Boolean));
    return '';
  });
  return { names, body };
}

/** The JSON after `// →` on each console.log line, in order. */
function expectations(code: string): unknown[] {
  return code
    .split('\n')
    .filter((line) => line.includes('console.log('))
    .map((line) => {
      const arrow = line.indexOf('// → ');
      if (arrow < 0) throw new Error(`console.log without an expected value: ${line}`);
      return JSON.parse(line.slice(arrow + 5));
    });
}

describe('docs/unit-situations.md', () => {
  it('has the four examples', () => {
    expect(blocks).toHaveLength(4);
  });
  it.each(blocks.map((code, i) => [i + 1, code] as const))('example %i runs and prints what the page says', (_n, code) => {
    const { names, body } = splitImports(code);
    for (const name of names) expect(library[name], `partyinfo exports ${name}`).toBeDefined();
    const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const logged: unknown[] = [];
    const fakeConsole = { log: (value: unknown) => logged.push(value) };
    new Function(...names, 'console', js)(...names.map((n) => library[n]), fakeConsole);
    const expected = expectations(code);
    expect(logged).toHaveLength(expected.length);
    logged.forEach((value, k) => expect(JSON.parse(JSON.stringify(value ?? null)), `console.log #${k + 1}`).toEqual(expected[k]));
  });
});
