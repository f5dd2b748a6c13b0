// Issue 14: a CSV whose quote never closes is refused with a file-level `io.csv.unclosedQuote` error
// naming the line where the field began, instead of reading the rest of the file as one field.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/io/book/loadBook.js';
import { openCsv } from '../../src/io/csv/openCsv.js';
import { streamMembers } from '../../src/io/streamMembers.js';
import { BRANCH, cli, membersCsv, orgsCsv, tempDir } from './_cli.js';

const HEADER = '姓名,所在党支部,身份证号,民族\n';
/** Members, one of them (line 4) with an address-like quoted field that never closes, then many rows. */
function brokenMembers(dir: string, rowsAfter = 2000): string {
  const file = join(dir, 'members.csv');
  const before = `张三,${BRANCH},,汉族\n"李\n四",${BRANCH},,汉族\n`; // a closed quote spanning lines 2–3
  const after = Array.from({ length: rowsAfter }, (_, i) => `王${i},${BRANCH},,汉族\n`).join('');
  writeFileSync(file, `${HEADER}${before}赵六,"${BRANCH},,汉族\n${after}`);
  return file;
}

describe('a quote that never closes', () => {
  it('loadBook: io.csv.unclosedQuote, naming the line where the field began', async () => {
    const loaded = await loadBook(brokenMembers(tempDir()));
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([['io.csv.unclosedQuote', 'error', ['file']]]);
    expect(loaded.issues[0]!.message).toContain('第 5 行');
  });

  it('streamMembers: the stream ends with the error, and reading stops early (bounded)', async () => {
    const file = brokenMembers(tempDir(), 100_000);
    const issues = [];
    for await (const chunk of streamMembers(file, { locale: 'en' })) issues.push(...chunk.issues);
    const fileIssues = issues.filter((i) => i.path[0] === 'file');
    expect(fileIssues.map((i) => i.rule)).toEqual(['io.csv.unclosedQuote']);
    expect(fileIssues[0]!.message).toContain('line 5');
    const source = await openCsv(file);
    for await (const _ of source.batches()); // eslint-free drain
    expect(source.unclosedQuoteLine()).toBe(5);
    expect(source.bytesRead()).toBeLessThan(source.totalBytes! / 4); // it stopped past a cell's 32,767 characters
  });

  it('partyinfo check: exit 2 with the message', async () => {
    const dir = tempDir();
    const run = await cli('check', orgsCsv(dir), brokenMembers(dir));
    expect(run.code).toBe(2);
    expect(run.err).toContain('第 5 行开始的带引号字段没有闭合');
  });

  it('is quiet on well-formed quoting, line breaks inside quotes included', async () => {
    const dir = tempDir();
    const loaded = await loadBook(membersCsv(dir, ['"张\n三"', '"李""四"']));
    expect(loaded.ok).toBe(true);
    expect(loaded.issues).toEqual([]);
  });
});
