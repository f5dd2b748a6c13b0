// Issue 14: output closed early (`partyinfo check … | head`) ends quietly: no stack trace, and the
// run still ends with its own exit code.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRANCH, orgsCsv, tempDir } from './_cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Runs the command; the reader closes the pipe after the first bytes (as `head -1` does). */
function runClosedEarly(argv: string[]): Promise<{ code: number | null; stderr: string; got: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let got = 0;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', (d: Buffer) => {
    got = d.length;
    child.stdout.destroy();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, got })));
}

describe('stdout closed early', () => {
  it('check with a report far longer than a pipe holds: quiet, exit code 1 (errors found)', async () => {
    const dir = tempDir();
    const members = join(dir, 'members.csv');
    // 2,000 members missing nearly everything: a report of several hundred KiB, written at once.
    writeFileSync(members, `姓名,所在党支部,身份证号\n${Array.from({ length: 2000 }, (_, i) => `张${i},${BRANCH},`).join('\n')}\n`);
    const run = await runClosedEarly(['check', orgsCsv(dir), members, '--format', 'json']);
    expect(run.got).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(run.code).toBe(1);
  }, 120_000);
});
