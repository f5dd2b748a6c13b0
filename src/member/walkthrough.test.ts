// Runs the code of docs/member-walkthrough.md exactly as written and checks that it prints the output shown
// there, for the Chinese and the English half.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as partyinfo from '../index.js';

const doc = readFileSync(new URL('../../docs/member-walkthrough.md', import.meta.url), 'utf8');

function blocks(text: string, lang: string): string[] {
  const out: string[] = [];
  const fence = '```';
  let at = text.indexOf(`${fence}${lang}\n`);
  while (at >= 0) {
    const start = at + fence.length + lang.length + 1;
    const end = text.indexOf(`\n${fence}`, start);
    out.push(text.slice(start, end));
    at = text.indexOf(`${fence}${lang}\n`, end + fence.length + 1);
  }
  return out;
}

/** The half's code blocks as one script, `import … from 'partyinfo'` bound to the source barrel; its console lines. */
function run(half: string): string[] {
  const code = blocks(half, 'ts')
    .join('\n')
    .split('\n')
    .map((line) => {
      const m = /^import \{ ([\w, ]+) \} from 'partyinfo';$/.exec(line);
      return m ? `const { ${m[1]} } = lib;` : line;
    })
    .join('\n');
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const lines: string[] = [];
  const console = { log: (...args: unknown[]) => lines.push(args.map(String).join(' ')) };
  new Function('lib', 'console', js)(partyinfo, console);
  return lines;
}

const [zh, en] = doc.split('\n## English\n');

describe('docs/member-walkthrough.md', () => {
  it('has a Chinese and an English half, each with code and output', () => {
    expect(en).toBeDefined();
    for (const half of [zh!, en!]) {
      expect(blocks(half, 'ts').length).toBe(4);
      expect(blocks(half, 'text').length).toBe(4);
    }
  });
  for (const [name, half] of [['中文', zh!], ['English', en!]] as const) {
    it(`${name}: the code prints exactly the output shown`, () => {
      const expected = blocks(half, 'text').join('\n').split('\n');
      expect(run(half)).toEqual(expected);
    });
  }
  it('shows the three problems with their rule ids', () => {
    for (const rule of ['member.fullDate.tooEarly', 'member.workPost.reportList', 'member.address.noHouseNumber', 'change.sensitive']) {
      expect(zh).toContain(rule);
      expect(en).toContain(rule);
    }
  });
});
