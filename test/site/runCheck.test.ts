// The page's worker code, run in Node: files told apart by their headers (not their order), CSV
// decoded with TextDecoder as the browser does, the same counts as the library's own dataset read,
// and bad files answered with an issue, never an exception.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/index.js';
import { readDataset } from '../../src/io/readDataset.js';
import { csvBook } from '../../src/io/book/csvBook.js';
import { runCheck } from '../../site/src/worker/runCheck.js';
import type { CheckRequest } from '../../site/src/worker/protocol.js';
import { writeSiteFixtures, type SiteFixtures } from './fixtures.js';

const file = (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });

describe('the page worker', () => {
  let dir: string;
  let fixtures: SiteFixtures;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'partyinfo-site-worker-'));
    fixtures = await writeSiteFixtures(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes a GBK CSV with TextDecoder to the same rows as the UTF-8 one', () => {
    const gbk = csvBook('党员.csv', file(fixtures.membersCsvGbk).bytes);
    expect(gbk.format === 'csv' && gbk.encoding).toBe('gb18030');
    const utf8 = csvBook('党员.csv', file(join(dir, '党员.csv')).bytes);
    expect(gbk.format === 'csv' && utf8.format === 'csv' && gbk.rows).toEqual(utf8.format === 'csv' && utf8.rows);
  });

  it('finds the members file and the orgs file whatever their order, with the library\'s counts', async () => {
    const read = await readDataset({ orgs: fixtures.orgsCsvUtf8, members: fixtures.membersCsvGbk });
    const expected = checkDataset({ orgs: read.orgs, members: read.members }, { today: fixtures.today });
    const request: CheckRequest = { type: 'check', id: 1, files: [file(fixtures.membersCsvGbk), file(fixtures.orgsCsvUtf8)], locale: 'zh-CN', today: fixtures.today };
    const phases: string[] = [];
    const { result, writeWorkbook } = await runCheck(request, (p) => phases.push(p.phase));
    expect(result.counts.orgs).toBe(read.orgs.length);
    expect(result.counts.members).toBe(60);
    expect(result.counts.error + result.counts.warning + result.counts.review).toBe(read.issues.length + expected.issues.length);
    expect(result.files.map((f) => f.roles)).toEqual([['members'], ['orgs']]);
    expect(new Set(phases)).toEqual(new Set(['open', 'read', 'check', 'report']));
    expect(result.reportHtml).toContain('id.checksum');
    const workbook = await writeWorkbook!();
    expect([...workbook.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('answers an unreadable file with io.file.unreadable, and finds nothing to mark', async () => {
    const request: CheckRequest = { type: 'check', id: 2, files: [{ name: '党员.xlsx', bytes: new Uint8Array([1, 2, 3]) }, { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11]) }], locale: 'zh-CN' };
    const { result, writeWorkbook } = await runCheck(request, () => undefined);
    expect(result.report.rows.filter((r) => r.rule === 'io.file.unreadable')).toHaveLength(2);
    expect(writeWorkbook).toBeUndefined();
  });

  it('says what is wrong with a code-table file instead of using it', async () => {
    const request: CheckRequest = { type: 'check', id: 3, files: [{ name: '代码表.json', bytes: new TextEncoder().encode('{"id":"nope"}') }], locale: 'zh-CN' };
    const { result } = await runCheck(request, () => undefined);
    expect(result.files[0]!.roles[0]).toMatch(/^error: /);
  });
});
