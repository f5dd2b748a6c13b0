/// <reference types="vite/client" />
// The generated modules and docs must match the data files: re-render in memory and compare with
// what is on disk (read through Vite's raw imports, so this test needs no Node built-ins).
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../scripts/codes/render.js';

const raw = (files: Record<string, unknown>, prefix: string, to: string) =>
  new Map(Object.entries(files).map(([path, text]) => [to + path.slice(prefix.length), text as string]));
const dataFiles = import.meta.glob('../../codes/*.json', { query: '?raw', import: 'default', eager: true });
const onDisk = new Map([
  ...raw(import.meta.glob('./generated/*.ts', { query: '?raw', import: 'default', eager: true }), './generated/', 'src/codes/generated/'),
  ...raw(import.meta.glob('../../docs/codes/*.md', { query: '?raw', import: 'default', eager: true }), '../../docs/codes/', 'docs/codes/'),
]);

describe('generated code tables', () => {
  const rendered = renderAll(
    Object.entries(dataFiles).map(([path, text]) => ({ file: path.slice('../../codes/'.length), text: text as string })),
  );

  it('has one generated module and one page per data file, and nothing else', () => {
    expect([...onDisk.keys()].sort()).toEqual([...rendered.keys()].sort());
  });

  it.each([...rendered.keys()])('%s is up to date (run `npm run codes:gen`)', (path) => {
    expect(onDisk.get(path)).toBe(rendered.get(path));
  });
});
