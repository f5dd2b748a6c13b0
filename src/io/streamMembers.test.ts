import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { saveCsv, saveWorkbook, tempDir, templateWorkbook } from './__fixtures__/workbooks.js';
import { streamMembers, type MemberChunk } from './streamMembers.js';
import { openCsv } from './csv/openCsv.js';
import { detectEncoding } from './csv/encoding.js';

async function all(iterable: AsyncIterable<MemberChunk>): Promise<MemberChunk[]> {
  const chunks: MemberChunk[] = [];
  for await (const chunk of iterable) chunks.push(chunk);
  return chunks;
}

const title = '党员基本信息汇总表,,\n基层党委：,,\n';
const header = '序号,姓名,身份证号,是否为\n失联党员\n';

describe('streamMembers', () => {
  it('yields member records in chunks with dataset offsets and sheet rows', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 1},党员${i},,否`).join('\n');
    const dir = tempDir();
    const file = saveCsv(dir, 'm.csv', `${title}"序号","姓名","身份证号","是否为\n失联党员"\n${rows}\n注：此表不可自行制作,,,\n`, 'gbk');
    const chunks = await all(streamMembers(file, { chunkSize: 20 }));
    // The first chunk waits for the header search (31 rows); the footnote row is skipped.
    expect(chunks.map((c) => [c.offset, c.records.length])).toEqual([[0, 28], [28, 20], [48, 12]]);
    expect(chunks[0]!.records[0]).toEqual({ name: '党员0', lostContact: '否' });
    expect(chunks[2]!.records[11]).toEqual({ name: '党员59', lostContact: '否' });
    expect(chunks[0]!.sources[0]).toMatchObject({ sheet: 'm', row: 4 });
    expect(chunks[2]!.sources[11]!.row).toBe(63);
  });

  it('reads a stream of bytes split anywhere, even inside a character', async () => {
    const bytes = iconv.encode(`${header.replace('\n失联', '失联')}1,张三,,否\n2,李四,,是\n`, 'gb18030');
    const pieces = Array.from(bytes).map((b) => Uint8Array.of(b));
    const chunks = await all(streamMembers(Readable.from(pieces), { name: 'upload.csv' }));
    expect(chunks.flatMap((c) => c.records)).toEqual([{ name: '张三', lostContact: '否' }, { name: '李四', lostContact: '是' }]);
  });

  it('puts the cell problems of a row under its dataset index', async () => {
    const dir = tempDir();
    const rows = ['姓名,身份证号', '张三,3.30212E+17', '李四,', '王五,3.30212E+17'].join('\n');
    const chunks = await all(streamMembers(saveCsv(dir, 'm.csv', rows, 'utf-8'), { chunkSize: 2 }));
    expect(chunks.flatMap((c) => c.issues.map((i) => i.path))).toEqual([['members', 0, 'idNumber'], ['members', 2, 'idNumber']]);
  });

  it('reports a file it cannot read or a sheet without headers, without throwing', async () => {
    const dir = tempDir();
    const [missing] = await all(streamMembers(`${dir}/none.csv`));
    expect(missing!.issues[0]!.rule).toBe('io.file.unreadable');
    const [noHeader] = await all(streamMembers(saveCsv(dir, 'x.csv', 'a,b\n1,2\n', 'utf-8')));
    expect(noHeader!.issues[0]!.rule).toBe('io.sheet.notFound');
  });

  it('hands out an xlsx in the same chunks', async () => {
    const dir = tempDir();
    const file = await saveWorkbook(await templateWorkbook([[1, '张三'], [2, '李四'], [3, '王五']]), dir, 'm.xlsx');
    const chunks = await all(streamMembers(file, { chunkSize: 2 }));
    expect(chunks.map((c) => [c.offset, c.records.map((r) => r.name)])).toEqual([[0, ['张三', '李四']], [2, ['王五']]]);
  });
});

describe('openCsv and detectEncoding', () => {
  it('detects BOM, UTF-8, GB18030, UTF-16 and the delimiter', async () => {
    expect(detectEncoding(new Uint8Array([0xe4, 0xb8]), false)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(new Uint8Array([0xe4, 0xb8]), true)).toEqual({ encoding: 'gb18030', bomLength: 0 });
    const tsv = await openCsv(new Uint8Array(iconv.encode('姓名\t性别\n张三\t男\n', 'utf-16le', { addBOM: true })));
    expect([tsv.encoding, tsv.delimiter, tsv.bom]).toEqual(['utf-16le', '\t', true]);
    const rows: string[][] = [];
    for await (const row of tsv.rows()) rows.push(row);
    expect(rows).toEqual([['姓名', '性别'], ['张三', '男']]);
    const semicolon = await openCsv(new TextEncoder().encode('a;b;"c;d"\n'));
    expect(semicolon.delimiter).toBe(';');
  });

  it('stops cleanly when the reader stops early', async () => {
    const big = new TextEncoder().encode('姓名,性别\n' + '张三,男\n'.repeat(100_000));
    const source = await openCsv(big);
    let n = 0;
    for await (const _row of source.rows()) if (++n === 3) break;
    expect(n).toBe(3);
  });
});
