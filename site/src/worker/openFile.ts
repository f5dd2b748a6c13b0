/**
 * One dropped file, opened from its bytes: a CSV (UTF-8, GB18030/GBK or UTF-16, decoded with the
 * browser's TextDecoder), an .xlsx workbook, or a JSON file of code tables. Never throws: a file
 * that cannot be read becomes an `io.file.unreadable` issue, as in the CLI.
 * @module
 */
import { loadBookBytes, type SpreadsheetBook } from '../../../src/io/book/loadBookBytes.js';
import { CsvParser } from '../../../src/io/csv/csvParser.js';
import { detectDelimiter } from '../../../src/io/csv/detectDelimiter.js';
import { detectEncoding } from '../../../src/io/csv/detectEncoding.js';
import { ioFileUnreadableRule } from '../../../src/io/rules.js';
import type { Issue } from '../../../src/result.js';
import { createIssue } from '../../../src/rules/define.js';
import type { InputFile, Locale } from './protocol.js';

/** What a file turned out to be. */
export type OpenedFile =
  | { kind: 'book'; book: SpreadsheetBook }
  | { kind: 'tables'; name: string; data: unknown }
  | { kind: 'unreadable'; issue: Issue };

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * A CSV file's rows, its encoding decided from its bytes the way the CLI decides it.
 * @example
 * csvBook('党员.csv', new TextEncoder().encode('姓名\n张三\n')).rows // [['姓名'], ['张三']]
 */
export function csvBook(name: string, bytes: Uint8Array): SpreadsheetBook {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 64 * 1024), bytes.length <= 64 * 1024);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  const delimiter = detectDelimiter(text.slice(0, 8192));
  const parser = new CsvParser(delimiter);
  const rows = parser.push(text, []);
  parser.end(rows);
  const ext = extension(name);
  const sheet = ext ? name.slice(0, name.length - ext.length) : name;
  return { format: 'csv', file: name, sheet, rows, encoding, bom: bomLength > 0, delimiter, invalidBytes: text.includes('\ufffd') };
}

/** Opens a file by its name and first bytes (a workbook is a zip: `PK`). */
export async function openFile(file: InputFile, locale: Locale): Promise<OpenedFile> {
  const en = locale === 'en';
  const fail = (reason: string): OpenedFile => ({ kind: 'unreadable', issue: createIssue(ioFileUnreadableRule, ['file'], { file: file.name, reason }, { locale }) });
  const ext = extension(file.name);
  const { bytes } = file;
  try {
    if (ext === '.json') return { kind: 'tables', name: file.name, data: JSON.parse(new TextDecoder().decode(bytes)) };
    if (ext === '.xls' || ext === '.et' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
      return fail(en ? 'old .xls format: save it as .xlsx in Excel or WPS first' : '旧版 .xls 格式，请先在 Excel 或 WPS 中另存为 .xlsx');
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      const loaded = await loadBookBytes({ name: file.name, bytes }, { locale });
      return loaded.ok ? { kind: 'book', book: loaded.value } : { kind: 'unreadable', issue: loaded.issues[0]! };
    }
    if (ext === '.xlsx' || ext === '.xlsm') return fail(en ? 'not a spreadsheet file' : '不是表格文件');
    return { kind: 'book', book: csvBook(file.name, bytes) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (ext === '.json') return fail(en ? 'not a JSON file' : '不是 JSON 文件');
    return fail((en ? 'not a readable workbook: ' : '不是可读取的表格文件：') + message.slice(0, 200));
  }
}
