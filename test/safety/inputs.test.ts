// Issue 14, "never overwrite or lose an input": every input (orgs, members, --units, --tables, the
// streamed member CSV too) is refused as --out with exit code 2, however the path is spelt.
import { linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSameFile } from '../../src/io/write/sameFile.js';
import { cli, membersCsv, orgsCsv, tempDir } from './_cli.js';

function snapshot(files: readonly string[]): string[] {
  return files.map((f) => readFileSync(f, 'latin1'));
}

describe('--out naming an input is refused (exit 2), the input untouched', () => {
  it('check --out onto the member CSV it streams', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ['张三', '李四']);
    const before = snapshot([orgs, members]);
    for (const format of ['table', 'csv', 'json', 'html']) {
      const run = await cli('check', orgs, members, '--format', format, '--out', members);
      expect(run.code, format).toBe(2);
      expect(run.err).toContain('不能覆盖输入文件');
    }
    expect(snapshot([orgs, members])).toEqual(before);
  });

  it('whatever the spelling: hard link, symbolic link, ./x, ../dir/x', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ['张三']);
    linkSync(members, join(dir, 'hard.csv'));
    symlinkSync(members, join(dir, 'soft.csv'));
    const spellings = [join(dir, 'hard.csv'), join(dir, 'soft.csv'), `./${relative(process.cwd(), members)}`, join(dir, 'sub', '..', basename(members))];
    const before = snapshot([orgs, members]);
    for (const out of spellings) {
      expect((await cli('check', orgs, members, '--format', 'csv', '--out', out)).code, out).toBe(2);
    }
    expect(snapshot([orgs, members])).toEqual(before);
    expect(await findSameFile(join(dir, 'hard.csv'), [members])).toBe(members);
  });

  it('fix --out FILE.xlsx that is a hard link to the member workbook', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const sample = tempDir();
    expect((await cli('sample', '--out', sample, '--members', '50', '--orgs', '5')).code).toBe(0);
    const members = join(sample, '党员.xlsx');
    const link = join(dir, 'copy.xlsx');
    linkSync(members, link);
    const before = snapshot([members]);
    const run = await cli('fix', orgs, members, '--out', link);
    expect(run.code).toBe(2);
    expect(run.err).toContain('不能覆盖输入文件');
    expect(snapshot([members])).toEqual(before);
  });

  it('--units and --tables files count as inputs', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ['张三']);
    const units = orgsCsv(dir, 'units.csv');
    const tables = join(dir, 'tables.json');
    writeFileSync(tables, readFileSync(new URL('../../codes/ethnicity.json', import.meta.url)));
    const before = snapshot([units, tables]);
    expect((await cli('check', orgs, members, '--units', units, '--format', 'csv', '--out', units)).code).toBe(2);
    expect((await cli('check', orgs, members, '--tables', tables, '--format', 'json', '--out', tables)).code).toBe(2);
    expect((await cli('fix', orgs, members, '--units', units, '--out', dir)).code).toBe(2); // units.csv would be copied onto itself
    expect(snapshot([units, tables])).toEqual(before);
  });

  it('an output that is no input is written (quiet case), even in a linked folder', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ['张三']);
    symlinkSync(dir, join(dir, 'here'));
    const out = join(dir, 'here', 'report.csv');
    expect(await findSameFile(out, [orgs, members])).toBeUndefined();
    expect((await cli('check', orgs, members, '--format', 'csv', '--out', out)).code).toBe(1);
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toContain('序号');
    // Neither exists yet: compared by resolved folder and name.
    expect(await findSameFile(join(dir, 'here', 'new.csv'), [join(dir, 'new.csv')])).toBe(join(dir, 'new.csv'));
  });
});

describe('fix --out DIR with two inputs of the same name', () => {
  it('writes each under its own name: data-党员.csv and data-党组织.csv', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    const orgs = orgsCsv(join(root, 'a'), 'data.csv');
    const members = membersCsv(join(root, 'b'), ['张三'], 'data.csv');
    const out = join(root, 'out');
    const run = await cli('fix', orgs, members, '--out', out);
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['data-党员.csv', 'data-党组织.csv', '修改记录.csv', '问题清单.csv']);
    expect(readFileSync(join(out, 'data-党组织.csv'), 'utf8')).toContain('党组织名称');
    expect(readFileSync(join(out, 'data-党员.csv'), 'utf8')).toContain('张三');
  });
});

describe('sample --out DIR', () => {
  it('refuses files already there unless --force', async () => {
    const dir = tempDir();
    const mine = join(dir, '党员.xlsx');
    writeFileSync(mine, 'my only copy');
    const run = await cli('sample', '--out', dir, '--members', '20', '--orgs', '3');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--force');
    expect(readFileSync(mine, 'utf8')).toBe('my only copy');
    expect(readdirSync(dir)).toEqual(['党员.xlsx']);
    expect((await cli('sample', '--out', dir, '--members', '20', '--orgs', '3', '--force')).code).toBe(0);
    expect(readFileSync(mine).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes into an empty folder without --force (quiet case)', async () => {
    const dir = tempDir();
    expect((await cli('sample', '--out', dir, '--members', '20', '--orgs', '3')).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['代码表.json', '党员.csv', '党员.xlsx', '党组织.csv', '党组织.xlsx']);
  });
});
