// Issue 14: `--tables` given an empty list of tables is refused (exit 2), not silently ignored
// (which would check with the bundled tables a district meant to replace).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, membersCsv, orgsCsv, tempDir } from './_cli.js';

describe('--tables', () => {
  it('refuses a file holding [] (exit 2, saying why)', async () => {
    const dir = tempDir();
    const empty = join(dir, 'tables.json');
    writeFileSync(empty, '[]\n');
    const run = await cli('check', orgsCsv(dir), membersCsv(dir, ['张三']), '--tables', empty);
    expect(run.code).toBe(2);
    expect(run.err).toContain('没有任何代码表');
    const en = await cli('check', orgsCsv(dir), membersCsv(dir, ['张三']), '--tables', empty, '--locale', 'en');
    expect(en.err).toContain('holds no code table');
  });

  it('takes a list with a table (quiet case)', async () => {
    const dir = tempDir();
    const tables = join(dir, 'tables.json');
    writeFileSync(tables, `[${readFileSync(new URL('../../codes/ethnicity.json', import.meta.url), 'utf8')}]`);
    expect((await cli('check', orgsCsv(dir), membersCsv(dir, ['张三']), '--tables', tables)).code).toBe(1);
  });
});
