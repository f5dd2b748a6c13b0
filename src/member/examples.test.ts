// Runs every @example of src/member as written: each line `expression // expected` must evaluate to the
// expected value (deep equality); other lines are statements the example needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as barrel from '../index.js';

const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./testing/**'], { eager: true });
const scope: Record<string, unknown> = { ...barrel };
for (const mod of Object.values(modules)) Object.assign(scope, mod);

interface Example {
  file: string;
  lines: string[];
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const out: Example[] = [];
  for (const comment of text.split('/**').slice(1).map((c) => c.split('*/')[0]!)) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith('@')) {
        if (current) out.push({ file, lines: current });
        current = line.startsWith('@example') ? [] : undefined;
      } else if (current && line.trim() !== '') current.push(line);
    }
    if (current) out.push({ file, lines: current });
  }
  return out;
}

function run(example: Example): void {
  const body = example.lines
    .map((line) => {
      const at = line.lastIndexOf(' // ');
      return at < 0 ? line : `__check(${line.slice(0, at)}, ${line.slice(at + 4)}, ${JSON.stringify(line)});`;
    })
    .join('\n');
  const names = Object.keys(scope);
  const check = (actual: unknown, expected: unknown, line: string) => expect(actual, line).toEqual(expected);
  new Function(...names, '__check', body)(...names.map((n) => scope[n]), check);
}

const files = Object.keys(modules);

describe('every @example in src/member is true', () => {
  it('finds the examples', () => {
    expect(files.flatMap(examplesOf).length).toBeGreaterThan(60);
  });
  for (const file of files) {
    const examples = examplesOf(file);
    if (examples.length === 0) continue;
    it(file, () => {
      for (const example of examples) run(example);
    });
  }
});
