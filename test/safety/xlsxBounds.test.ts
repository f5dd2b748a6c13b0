// Bounded reading of .xlsx files (issue 14): a sheet past Excel's own limits or a package past the
// reading caps is refused with `io.file.tooLarge` (CLI exit 2) as soon as the bound is crossed —
// shown by bombs whose deflate data is broken after the bound: a reader that went on would call
// them unreadable instead. Files that are not spreadsheets say 不是表格文件, never a library's text.
// The bombs are written with fflate's streaming zip, row batch by row batch: their XML is never
// held whole. (The real 36 MB, 7-million-row bomb is measured by `npm run bench:io`.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { TextOut } from '../../src/cli/env.js';
import { saveCsv, tempDir } from '../../src/io/__fixtures__/workbooks.js';
import { xlsxPackage } from '../../src/io/xlsx/__fixtures__/xlsxPackage.js';
import { loadBook } from '../../src/io/book/loadBook.js';
import { loadBookBytes } from '../../src/io/book/loadBookBytes.js';
import { readDataset } from '../../src/io/readDataset.js';
import type { Inflater } from '../../src/io/xlsx/zipArchive.js';
import { readXlsx } from '../../src/io/xlsx/readXlsx.js';
import { XlsxLimitError } from '../../src/io/xlsx/xlsxLimits.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx whose one sheet holds `rows` rows made by `row(i)`, streamed into the zip in batches. */
function streamedXlsx(rows: number, row: (i: number) => string, after = ''): { bytes: Uint8Array; sheetData: [number, number] } {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const part = (name: string, xml: string) => {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(strToU8(xml), true);
  };
  part('_rels/.rels', `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  part('xl/workbook.xml', `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  part('xl/_rels/workbook.xml.rels', `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const before = chunks.reduce((n, c) => n + c.length, 0);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet xmlns="${NS}"><sheetData>`));
  for (let i = 0; i < rows; ) {
    let batch = '';
    for (const end = Math.min(rows, i + 10_000); i < end; i++) batch += row(i);
    sheet.push(strToU8(batch));
  }
  sheet.push(strToU8(`</sheetData>${after}</worksheet>`), true);
  const sheetEnd = chunks.reduce((n, c) => n + c.length, 0);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, sheetData: [before, sheetEnd] };
}

/** Deterministic digits, so the rows do not deflate to nothing. */
const digits = (i: number) => String((i * 2_654_435_761) % 1_000_000_007);

/** A row bomb: `rows` rows of one number each, without row numbers; its deflate data broken from 3/4 on. */
function brokenTailBomb(rows: number): Uint8Array {
  const { bytes, sheetData } = streamedXlsx(rows, (i) => `<row><c><v>${digits(i)}</v></c></row>`);
  const [from, to] = sheetData;
  bytes.fill(0xff, from + Math.floor(((to - from) * 3) / 4), to - 16);
  return bytes;
}

function streams() {
  const err: string[] = [];
  const out: TextOut = { write: () => true };
  const stderr: TextOut = { write: (t: string) => err.push(t) };
  return { streams: { stdout: out, stderr }, err: () => err.join('') };
}

async function refusal(bytes: Uint8Array, options: Parameters<typeof loadBookBytes>[1] = {}) {
  const loaded = await loadBookBytes({ name: 'bomb.xlsx', bytes }, options);
  expect(loaded.ok).toBe(false);
  return loaded.issues;
}

describe('bounded xlsx reading', () => {
  it('refuses a sheet past row 1,048,576 (Excel\'s limit), and the CLI exits 2 saying so', async () => {
    const bytes = xlsxPackage([{ name: '党员', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>' }]);
    const issues = await refusal(bytes);
    expect(issues.map((i) => [i.rule, i.severity, i.path])).toEqual([['io.file.tooLarge', 'error', ['file']]]);
    expect(issues[0]!.message).toBe('文件 bomb.xlsx 超出读取范围：工作表“党员”超过 1,048,576 行（Excel 的上限），未读取');
    const dir = tempDir();
    const file = join(dir, 'members.xlsx');
    writeFileSync(file, bytes);
    const cli = streams();
    expect(await runCli(['check', saveCsv(dir, 'orgs.csv', '党组织名称,组织类别\n中共甲支部委员会,631\n', 'utf-8'), file], cli.streams)).toBe(2);
    expect(cli.err()).toContain('超过 1,048,576 行（Excel 的上限）');
  });

  it('refuses a cell past column XFD (16,384), in English too', async () => {
    const bytes = xlsxPackage([{ name: 'S', rows: '<row r="1"><c r="XFD1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>' }]);
    const issues = await refusal(bytes, { locale: 'en' });
    expect(issues[0]!.message).toBe('bomb.xlsx is not read: sheet "S" has more than 16,384 columns (Excel\'s limit)');
  });

  it('is quiet on a sheet at the limits: row 1,048,576 and column XFD read', async () => {
    const bytes = xlsxPackage([{ name: 'S', rows: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }]);
    const book = await readXlsx(bytes);
    expect(book.sheets[0]!.rowCount).toBe(1_048_576);
    expect(book.sheets[0]!.rows[1_048_575]!.values.length).toBe(16_384);
  });

  for (const inflater of ['native', 'fflate'] as Inflater[]) {
    it(`stops a row bomb as soon as it crosses the row cap, before the rest is inflated (${inflater} inflate)`, { timeout: 120_000 }, async () => {
      const bomb = brokenTailBomb(200_000);
      // Read to the end, the broken tail makes it unreadable: so a refusal for rows proves the early stop.
      await expect(readXlsx(bomb, { inflater })).rejects.toThrow(/deflate/);
      const error = await readXlsx(bomb, { inflater, limits: { maxRows: 5_000 } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxLimitError);
      expect(error).toMatchObject({ kind: 'rows', limit: 5_000, sheet: '党员' });
    });
  }

  it('stops at the unzipped-size cap, and at the cell cap', { timeout: 60_000 }, async () => {
    const bomb = brokenTailBomb(200_000);
    expect((await refusal(bomb, { limits: { maxUnzippedBytes: 200_000 } }))[0]!.message).toBe('文件 bomb.xlsx 超出读取范围：解压后超过 200,000 字节（读取上限），未读取');
    expect((await refusal(bomb, { limits: { maxCells: 3_000 } }))[0]!.message).toContain('使单元格总数超过 3,000 个（读取上限）');
  });

  it('refuses a merged area the size of a whole sheet without making its cells', async () => {
    const bytes = xlsxPackage([{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }]);
    expect((await refusal(bytes))[0]!.message).toContain('使单元格总数超过 40,000,000 个（读取上限）');
  });
});

describe('files that are not spreadsheets', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
  const valid = xlsxPackage([{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
  const cases: [string, Uint8Array][] = [
    ['text named .xlsx', strToU8('姓名,性别\n张三,男\n')],
    ['a picture renamed .xlsx', PNG],
    ['a truncated zip', valid.subarray(0, Math.floor(valid.length / 2))],
    ['a zip whose parts are broken', (() => {
      const broken = valid.slice();
      broken.fill(0xff, 40, Math.floor(valid.length / 2));
      return broken;
    })()],
    ['an empty file', new Uint8Array(0)],
  ];
  for (const [what, bytes] of cases) {
    it(`${what}: io.file.unreadable saying 不是表格文件 (not a spreadsheet file), no library text`, async () => {
      const dir = tempDir();
      const file = join(dir, 'members.xlsx');
      writeFileSync(file, bytes);
      const zh = await loadBook(file);
      const en = await loadBook(file, { locale: 'en' });
      expect(zh.issues.map((i) => i.rule)).toEqual(['io.file.unreadable']);
      expect(zh.issues[0]!.message).toBe(`无法读取文件 ${file}：不是表格文件（不是有效的 .xlsx 文件，或文件不完整）`);
      expect(en.issues[0]!.message).toBe(`Cannot read ${file}: not a spreadsheet file (not a valid .xlsx, or incomplete)`);
      const read = await readDataset({ orgs: file, members: file });
      expect(read.issues.map((i) => i.rule)).toEqual(['io.file.unreadable']);
      expect(read.issues[0]!.message).not.toMatch(/header|zip|deflate|invalid/i);
    });
  }
});
