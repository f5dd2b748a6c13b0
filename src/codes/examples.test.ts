/// <reference types="vite/client" />
// Runs the @example lines of src/codes as tests: a line `expr // result` must evaluate to `result`
// (deep equality); other lines run as statements. Generated modules (type-only examples) are skipped.
import { describe, expect, it } from 'vitest';
import * as barrel from './index.js';
import * as nameKeys from './_lib/nameKey.js';
import * as display from './_lib/display.js';
import * as rules from './rules.js';
import * as tableRules from './tableRules.js';
import { createCodeTable } from './createCodeTable.js';
import { orgCategoryData } from './generated/orgCategory.js';

const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts', '!./generated/*.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const scope: Record<string, unknown> = { ...barrel, ...nameKeys, ...display, ...rules, ...tableRules, createCodeTable, orgCategoryData };

function examples(text: string): string[][] {
  const blocks: string[][] = [];
  for (const doc of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = doc.split('\n').map((l) => l.replace(/^\s*\*\/?\s?/, '').replace(/^\/\*\*\s?/, ''));
    let block: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith('@example')) blocks.push((block = []));
      else if (line.startsWith('@')) block = undefined;
      else if (block && line.trim() !== '') block.push(line);
    }
  }
  return blocks;
}

const cases = Object.entries(sources).flatMap(([file, text]) => examples(text).map((block, i) => [`${file} #${i + 1}`, block] as const));

describe('JSDoc examples of src/codes', () => {
  it('finds examples to run', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases)('%s', (_, block) => {
    const checks: [string, string][] = [];
    const body = block
      .map((line) => {
        const m = /^(.*?)\s+\/\/ (.+)$/.exec(line);
        if (!m) return line;
        checks.push([m[1]!, m[2]!]);
        return `__checks.push([${JSON.stringify(m[1])}, () => (${m[1]}), () => (${m[2]})]);`;
      })
      .join('\n');
    const found: [string, () => unknown, () => unknown][] = [];
    new Function('__checks', ...Object.keys(scope), body)(found, ...Object.values(scope));
    expect(found.length).toBe(checks.length);
    for (const [source, actual, expected] of found) expect(actual(), source).toEqual(expected());
  });
});
