/// <reference types="vite/client" />
// `partyinfo/codes` is its own entry: src/codes may import only itself and the shared core
// (result, rules/define, text), never another domain, and never a Node built-in outside tests.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const ALLOWED = /^(\.\/|\.\.\/result\.js$|\.\.\/rules\/define\.js$|\.\.\/text\/[A-Za-z]+\.js$|\.\.\/\.\.\/text\/[A-Za-z]+\.js$|\.\.\/types\.js$|\.\.\/rules\.js$|\.\.\/\.\.\/result\.js$)/;

describe('src/codes boundaries', () => {
  it.each(Object.keys(sources))('%s imports only src/codes and the shared core', (file) => {
    const imports = [...sources[file]!.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).toMatch(ALLOWED);
      expect(spec.endsWith('.js'), spec).toBe(true);
    }
  });
  it('never looks up a table with `in` on a plain object', () => {
    // Data and message modules hold prose ("in the table"); the logic modules must not use `in`.
    const logic = Object.entries(sources).filter(([file]) => !/generated\/|rules\.ts$|tableRules\.ts$/.test(file));
    expect(logic.length).toBeGreaterThan(5);
    for (const [file, text] of logic) {
      const code = text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
      expect(/[\w'\])]\s+in\s+[\w(]/.test(code), file).toBe(false);
    }
  });
});
