// Issue 8, documentation: every ```ts block of the guides runs as written, in order, against the
// source (imports of 'partyinfo' resolve to src/index.ts, of 'partyinfo/sample' to src/sample.ts). A line `expr // literal` must give that
// literal; other lines just run. Names are shared down a page, as a reader assumes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sampleApi from '../src/sample.js';
import { compileExample } from './_lib/examples.js';

const GUIDES = ['docs/getting-started.md', 'docs/cookbook.md'];
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
const modules: Readonly<Record<string, Record<string, unknown>>> = {
  partyinfo: api as unknown as Record<string, unknown>,
  'partyinfo/sample': sampleApi as unknown as Record<string, unknown>,
};

interface Block {
  line: number;
  code: string[];
  imports: { names: string[]; from: string }[];
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const imports: Block['imports'] = [];
    const code = m[1]!
      .replace(/^import \{([^}]*)\} from '([^']+)';\n/gm, (_all, list: string, from: string) => {
        imports.push({ names: list.split(',').map((n) => n.trim()).filter(Boolean), from });
        return '';
      })
      .split('\n');
    blocks.push({ line: text.slice(0, m.index).split('\n').length, code, imports });
  }
  return blocks;
}

describe.each(GUIDES)('%s', (guide) => {
  const text = readFileSync(new URL(`../${guide}`, import.meta.url), 'utf8');
  const blocks = blocksOf(text);

  it('has code to run, and imports only public names of partyinfo', () => {
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) for (const { names, from } of b.imports) {
      expect(Object.keys(modules), `${guide}:${b.line}`).toContain(from);
      for (const n of names) expect(modules[from]![n], `${guide}:${b.line} imports ${n}`).toBeDefined();
    }
  });

  it('every block runs and every `// value` holds', async () => {
    // One body for the page: blocks in order, each after a marker naming its line.
    const code = blocks.flatMap((b) => [`/* ${guide}:${b.line} */`, ...b.code]);
    const { body, checks } = compileExample({ file: guide, line: 1, code });
    let seen = 0;
    const check = (actual: unknown, expected: unknown, line: string) => {
      seen++;
      expect(actual, `${guide}: ${line}`).toEqual(expected);
    };
    const scope = Object.assign({}, ...Object.values(modules)) as Record<string, unknown>;
    const names = Object.keys(scope);
    await new AsyncFunction(...names, '__check', body)(...names.map((n) => scope[n]), check);
    expect(checks).toBeGreaterThan(10);
    expect(seen).toBe(checks);
  }, 300_000);
});
