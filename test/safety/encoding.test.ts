// Issue 14: a UTF-8 file with one invalid byte is read as UTF-8 with a warning naming the line,
// not misread as GB18030 (and then refused with a misleading "header not found").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/io/book/loadBook.js';
import { readMembers } from '../../src/io/book/readBook.js';
import { detectEncoding } from '../../src/io/csv/encoding.js';
import { streamMembers } from '../../src/io/streamMembers.js';
import { BRANCH, cli, membersCsv, orgsCsv, tempDir } from './_cli.js';

/** A UTF-8 member file (no BOM) of `rows` rows, one byte of row `bad` (1-based line) damaged. */
function damagedUtf8(dir: string, rows: number, badLine: number): string {
  const lines = ['姓名,所在党支部,身份证号,民族', ...Array.from({ length: rows }, (_, i) => `张${i},${BRANCH},,汉族`)];
  const bytes = lines.map((l, i) => {
    const b = Buffer.from(`${l}\n`, 'utf8');
    return i + 1 === badLine ? Buffer.concat([b.subarray(0, 3), Buffer.from([0xff]), b.subarray(3)]) : b;
  });
  const file = join(dir, 'members.csv');
  writeFileSync(file, Buffer.concat(bytes));
  return file;
}

describe('a UTF-8 file with one invalid byte', () => {
  it('is read as UTF-8, every member kept, with a warning naming the line', async () => {
    const loaded = await loadBook(damagedUtf8(tempDir(), 30, 3));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok || loaded.value.format !== 'csv') throw new Error('not read');
    expect(loaded.value.encoding).toBe('utf-8');
    const read = readMembers(loaded.value);
    expect(read.records).toHaveLength(30);
    const warning = read.issues.find((i) => i.rule === 'io.encoding.invalid');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('第 3 行');
  });

  it('past the first 64 KiB too, streamed, with the right line', async () => {
    const file = damagedUtf8(tempDir(), 5000, 4321);
    const issues = [];
    let members = 0;
    for await (const chunk of streamMembers(file)) {
      issues.push(...chunk.issues);
      members += chunk.records.length;
    }
    expect(members).toBe(5000);
    expect(issues.filter((i) => i.path[0] === 'file').map((i) => i.message)).toEqual([expect.stringContaining('第 4321 行')]);
  });

  it('partyinfo check reads it (exit 1 for the members\' own errors, not 2)', async () => {
    const dir = tempDir();
    const run = await cli('check', orgsCsv(dir), damagedUtf8(dir, 3, 2), '--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).issues.some((i: { rule: string }) => i.rule === 'io.encoding.invalid')).toBe(true);
  });

  it('GBK is still GBK, and clean UTF-8 gives no warning (quiet cases)', async () => {
    const dir = tempDir();
    const gbk = await loadBook(membersCsv(dir, ['张三', '李四', '王五'], 'gbk.csv', 'gbk'));
    expect(gbk.ok && gbk.value.format === 'csv' && gbk.value.encoding).toBe('gb18030');
    expect(detectEncoding(Buffer.from('姓名,所在党支部\n', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    const clean = await loadBook(membersCsv(dir, ['张三']));
    expect(clean.ok && readMembers(clean.value).issues.filter((i) => i.rule === 'io.encoding.invalid')).toEqual([]);
  });
});
