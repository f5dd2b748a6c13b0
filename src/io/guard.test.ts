// The guard at the edge of partyinfo/io and partyinfo/sheets: bad arguments give io.argument.invalid
// in the shape each export returns; the writers refuse with that issue; good arguments are untouched.
// (test/safety/neverThrows.test.ts calls every export with hostile values; this file pins the shapes.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as io from './index.js';

const csv = (text: string) => new TextEncoder().encode(text);
const ID = '11010519491231002X';

describe('io.argument.invalid', () => {
  it('fires for arguments an export cannot use: Chinese message naming the export and the types, at path ["arguments"]', () => {
    const read = io.readMembers(undefined as never);
    expect(read.records).toEqual([]);
    expect(read.issues).toEqual([
      { rule: 'io.argument.invalid', severity: 'error', path: ['arguments'], message: 'readMembers 无法使用所给的参数（undefined），未执行；请按文档传入参数' },
    ]);
  });

  it('is quiet for arguments as documented', async () => {
    const read = await io.readDatasetBytes({ members: { name: '党员.csv', bytes: csv('姓名,性别\n张三,男\n') } });
    expect(read.ok).toBe(true);
    expect(read.members).toEqual([{ name: '张三', gender: '男' }]);
    expect(read.issues).toEqual([]);
    const report = io.buildReport({ issues: [], members: read.members });
    expect(io.formatReportText(report)).not.toContain('io.argument.invalid');
  });

  it('names types, never values (no ID number in the message), in English when asked', () => {
    const issue = io.bookErrorIssue(new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } }), ID, 'en');
    expect(issue.rule).toBe('io.argument.invalid');
    expect(issue.message).toBe('bookErrorIssue cannot use the arguments given (object, string, string) and did nothing; pass them as documented');
    expect(issue.message).not.toContain(ID);
  });
});

describe('the guarded exports', () => {
  it('give the report of the issue where a report is asked for', () => {
    const text = io.formatReportText(null as never);
    expect(text).toContain('io.argument.invalid');
    expect(text).toContain('formatReportText 无法使用所给的参数（null）');
    expect(JSON.parse(io.formatReportJson(undefined as never)).issues[0].rule).toBe('io.argument.invalid');
    expect(io.formatReportHtml(42 as never)).toContain('io.argument.invalid');
  });

  it('resolve to a failed result (never reject) for async readers', async () => {
    const source = await io.openCsv(42 as never);
    expect(source.failure).toMatchObject({ rule: 'io.argument.invalid', message: 'openCsv 无法使用所给的参数（number），未执行；请按文档传入参数' });
    expect(await io.loadBookBytes(new Proxy({}, { get: () => { throw new Error('trap'); } }) as never)).toMatchObject({ ok: false, issues: [{ severity: 'error', path: ['file'] }] });
    const read = await io.readDataset(null as never);
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => i.rule)).toEqual(['io.file.unreadable']);
  });

  it('openCsv: a file that cannot be opened is a source without rows whose failure says why', async () => {
    const source = await io.openCsv(join(tmpdir(), 'partyinfo-no-such-dir', 'a.csv'));
    expect(source.failure).toMatchObject({ rule: 'io.file.unreadable', message: expect.stringContaining('文件不存在') });
    const rows: string[][] = [];
    for await (const row of source.rows()) rows.push(row);
    expect(rows).toEqual([]);
    expect((await io.openCsv(csv('姓名\n张三\n'))).failure).toBeUndefined();
  });

  it('streamMembers: ends with one chunk that carries the issue', async () => {
    const chunks: io.MemberChunk[] = [];
    for await (const chunk of io.streamMembers(csv('姓名\n张三\n'), null as never)) chunks.push(chunk);
    expect(chunks).toEqual([{ records: [], sources: [], issues: [expect.objectContaining({ rule: 'io.argument.invalid', message: expect.stringContaining('streamMembers') })], offset: 0 }]);
  });
});

describe('the guarded writers', () => {
  it('refuse arguments they cannot use with the issue, not a TypeError, and write nothing', async () => {
    const error = await io.writeFixedCopies(undefined as never, {}, undefined as never, undefined as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ code: io.ARGUMENT_REFUSED, issue: { rule: 'io.argument.invalid', path: ['arguments'] } });
    expect((error as Error).message).toMatch(/^writeFixedCopies 无法使用所给的参数/);
  });

  it('let a failure of the write itself through as it is (an input file named as the output)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partyinfo-guard-'));
    const file = join(dir, '党员.csv');
    writeFileSync(file, '姓名\n张三\n');
    const loaded = await io.loadBook(file);
    if (!loaded.ok) throw new Error('fixture not loaded');
    const report = io.buildReport({ issues: [] });
    const error = await io.writeMarkedWorkbook(file, { members: loaded.value }, report).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PARTYINFO_INPUT_FILE', message: expect.stringContaining('refusing to overwrite') });
  });
});
