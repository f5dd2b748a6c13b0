// `partyinfo --help` and `--version` start about as fast as Node itself because they load no
// spreadsheet, date or code module: proven by the modules Node resolves, not by timing (the figures
// are in bench/cli-start.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

/** The modules Node resolves while running the built CLI with `args`. */
function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'partyinfo-start-'));
  const hook = join(dir, 'hook.mjs');
  writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('MODULE ' + r.url + '\\n'); return r; }\n");
  const run = spawnSync(process.execPath, ['--no-warnings', '--experimental-loader', pathToFileURL(hook).href, CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return run.stderr.split('\n').filter((l) => l.startsWith('MODULE ')).map((l) => l.slice(7));
}

describe('partyinfo starts light', () => {
  it.each([['--help'], ['--version'], ['check', '--help'], ['-v']])('%s loads only the command-line modules', (...args) => {
    const loaded = modulesLoaded(args);
    expect(loaded.some((m) => m.endsWith('/dist/cli/run.js'))).toBe(true);
    const heavy = loaded.filter((m) => /node_modules|\/dist\/(io|dataset|codes|member|org|identifiers|dates)\//.test(m));
    expect(heavy).toEqual([]);
  });

  it('loads the spreadsheet code once a command reads a spreadsheet', () => {
    const loaded = modulesLoaded(['check', join(tmpdir(), 'partyinfo-no-such-file.xlsx')]);
    expect(loaded.some((m) => m.includes('/dist/io/'))).toBe(true);
  });
});
