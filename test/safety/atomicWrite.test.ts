// Issue 14, atomic writes: every output goes through one helper (temporary file in the same folder,
// flushed, renamed). A write that fails, or a process killed while writing, leaves the previous
// file intact and nothing partial under the final name.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write/atomicWrite.js';
import { tempDir } from './_cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HELPER = fileURLToPath(new URL('../../src/io/write/atomicWrite.ts', import.meta.url));

describe('writeFileAtomic', () => {
  it('writes text, bytes and pieces, and leaves no temporary file (quiet case)', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a.txt'), '中文');
    await writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([1, 2, 3]));
    await writeFileAtomic(join(dir, 'c.bin'), [new Uint8Array([4]), new Uint8Array([5, 6])]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('中文');
    expect([...readFileSync(join(dir, 'c.bin'))]).toEqual([4, 5, 6]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin', 'c.bin']);
  });

  it('a write that fails midway leaves the previous file intact and no partial file', async () => {
    const dir = tempDir();
    const file = join(dir, '问题清单.csv');
    writeFileSync(file, 'the previous report');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(100_000).fill(65);
      throw new Error('disk full');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['问题清单.csv']);
  });

  it('a process killed while writing leaves the previous file intact', async () => {
    const dir = tempDir();
    const file = join(dir, '党员.xlsx');
    writeFileSync(file, 'the member list');
    // The child writes a first piece, says so, then waits forever inside the write; it is killed there.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(HELPER)};
      async function* pieces() {
        yield new Uint8Array(1 << 20).fill(66);
        process.stdout.write('writing\\n');
        await new Promise(() => setInterval(() => undefined, 1000));
      }
      await writeFileAtomic(${JSON.stringify(file)}, pieces());
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => resolve());
      child.on('exit', (code) => reject(new Error(`child ended (${code}) before writing`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(file, 'utf8')).toBe('the member list');
    const left = readdirSync(dir).filter((f) => f !== '党员.xlsx');
    expect(left.every((f) => f.startsWith('.党员.xlsx.') && f.endsWith('.partyinfo-tmp')), left.join()).toBe(true);
  }, 60_000);
});

describe('every writer goes through writeFileAtomic', () => {
  it('no module of partyinfo/io or the CLI writes a file another way', () => {
    const sources = import.meta.glob<string>(['../../src/io/**/*.ts', '../../src/cli/**/*.ts', '!../../src/**/*.test.ts', '!../../src/**/__fixtures__/**'], { query: '?raw', import: 'default', eager: true });
    const direct = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)\s*\(|\.xlsx\.writeFile\b|\.csv\.writeFile\b/;
    const offenders = Object.entries(sources)
      .filter(([path, text]) => !path.endsWith('/atomicWrite.ts') && direct.test(text))
      .map(([path]) => path);
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });
});
